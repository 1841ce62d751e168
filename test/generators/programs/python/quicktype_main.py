"""Decodes envelopes and an OperationalError with quicktype's Python output (module `quicktype_out`)."""

import json
import sys
from pathlib import Path

from quicktype_out import RESTErrorCode, api_response_from_dict, operational_error_from_dict


def describe(path: str) -> str:
    envelope = api_response_from_dict(json.loads(Path(path).read_text(encoding="utf-8")))
    if envelope.error is not None and not envelope.success:
        error = envelope.error
        details = ",".join(sorted(error.details)) if error.details is not None else "-"
        token_expired = error.code == RESTErrorCode.TOKEN_EXPIRED.value
        return f"failure {error.code} token-expired={str(token_expired).lower()} details={details}"
    return "success"


def main(args: list[str]) -> None:
    *envelopes, operational = args
    for path in envelopes:
        print(describe(path))
    # quicktype types an integer enum as int: there is no member name to print.
    value = operational_error_from_dict(json.loads(Path(operational).read_text(encoding="utf-8")))
    print(f"operational {value} -")


if __name__ == "__main__":
    main(sys.argv[1:])
