import codes = require("vpn-error-codes");
import operational = require("vpn-error-codes/operational-error");

const entry: codes.CodeEntry | undefined = operational.operationalErrorByValue(codes.OperationalError.TrafficLeak);
console.log(`${entry?.name} ${entry?.value} ${entry?.retryable}`);
console.log(`${codes.HttpStatus.TooManyRequests} ${codes.restErrorCodesForStatus(401).sort().join(",")}`);
console.log(codes.describe("__proto__").length);
