// Decodes envelopes and an OperationalError with quicktype's TypeScript output (./quicktype-out.js),
// whose Convert functions check the JSON against the types as they decode.
import { readFileSync } from "node:fs";
import { Convert, type RESTErrorCode } from "./quicktype-out.js";

// quicktype types a string enum as a union of literals (no member names to refer to).
const TOKEN_EXPIRED: RESTErrorCode = "TOKEN_EXPIRED";

function describe(path: string): string {
  const envelope = Convert.toAPIResponse(readFileSync(path, "utf8"));
  if (!envelope.success && envelope.error !== undefined) {
    const { code, details } = envelope.error;
    const keys = details === undefined ? "-" : Object.keys(details).sort().join(",");
    return `failure ${code} token-expired=${code === TOKEN_EXPIRED} details=${keys}`;
  }
  return "success";
}

const args = process.argv.slice(2);
for (const path of args.slice(0, -1)) console.log(describe(path));
// quicktype types an integer enum as number: there is no member name to print.
console.log(`operational ${Convert.toOperationalError(readFileSync(args[args.length - 1]!, "utf8"))} -`);
