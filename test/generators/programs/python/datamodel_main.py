"""Decodes envelopes and an OperationalError with datamodel-code-generator's pydantic models (package `models`)."""

import sys
from pathlib import Path

from models.api_response_codegen_schema import ApiFailure, ApiResponse, RestErrorCode
from models.operational_error_schema import OperationalError
from pydantic import TypeAdapter


def describe(path: str) -> str:
    envelope = ApiResponse.model_validate_json(Path(path).read_bytes()).root
    if isinstance(envelope, ApiFailure):
        error = envelope.error
        code = error.code.root
        details = ",".join(sorted(error.details)) if error.details is not None else "-"
        return f"failure {code} token-expired={str(code == RestErrorCode.TOKEN_EXPIRED).lower()} details={details}"
    return "success"


def main(args: list[str]) -> None:
    *envelopes, operational = args
    for path in envelopes:
        print(describe(path))
    member = TypeAdapter(OperationalError).validate_json(Path(operational).read_bytes())
    print(f"operational {member.value} {member.name}")


if __name__ == "__main__":
    main(sys.argv[1:])
