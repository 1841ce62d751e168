import { OperationalError, RestErrorCode, describe, isOperationalError, isRetryable, type CodeEntry } from "vpn-error-codes";
import { operationalErrorByValue } from "vpn-error-codes/operational-error";

const input: unknown = 8199;
if (isOperationalError(input)) {
  const code: OperationalError = input;
  const entry: CodeEntry | undefined = operationalErrorByValue(code);
  console.log(`${OperationalError[code]} ${entry?.retry.strategy}`);
}
console.log(`${RestErrorCode.TOKEN_EXPIRED} retryable=${isRetryable(RestErrorCode.TOKEN_EXPIRED)}`);
console.log(
  describe("ConnectionTimeout")
    .map((m) => m.family)
    .sort()
    .join(","),
);
