// Decodes envelopes and an OperationalError with json-schema-to-typescript's types (./api-response.js,
// ./operational-error.js). JSON.parse checks nothing: the types say what the schema promises.
import { readFileSync } from "node:fs";
import { type ApiResponse, RestErrorCode } from "./api-response.js";
import { OperationalError } from "./operational-error.js";

function describe(path: string): string {
  const envelope = JSON.parse(readFileSync(path, "utf8")) as ApiResponse;
  if (envelope.success === false) {
    const { code, details } = envelope.error;
    const keys = details === undefined ? "-" : Object.keys(details).sort().join(",");
    return `failure ${code} token-expired=${code === RestErrorCode.TOKEN_EXPIRED} details=${keys}`;
  }
  return "success";
}

const args = process.argv.slice(2);
for (const path of args.slice(0, -1)) console.log(describe(path));
const value = JSON.parse(readFileSync(args[args.length - 1]!, "utf8")) as OperationalError;
console.log(`operational ${value} ${OperationalError[value]}`);
