// generated/python/README.md. Its example codes are the model's examples, not names written in here.
import type { Model } from "../../../catalog/model.js";
import { escapedMembers, file, identIn, quote } from "../shared/common.js";
import { decisionNotes, readmeExamples, readmeTitle, retryExample } from "../shared/readme.js";
import { moduleName, python } from "./profile.js";

/** `code` padded so that its comment starts at `column` (or one space after a longer line). */
const commented = (code: string, comment: string, column: number) => `${code.padEnd(Math.max(column, code.length + 2))}# ${comment}`;

/** A Python string literal, single-quoted when that needs no escapes (JSON text reads better so). */
const pyString = (text: string) => (/['\\\n]/.test(text) ? quote(text) : `'${text}'`);

function escapeNotes(model: Model): string[] {
  const escaped = escapedMembers(model.families, python).map((m) => `\`${m}\``);
  const lines = ["- Identifiers are verbatim, misspellings included, except where a name is reserved in Python: such a"];
  if (escaped.length === 0) return [...lines, "  member would get a trailing underscore (none does today)."];
  return [...lines, `  member gets a trailing underscore: ${escaped.join(", ")}.`, "  `identifier` and `parse` keep the verbatim name."];
}

export function readme(model: Model): string {
  const { rest, events, event, refresh, refreshIdent } = readmeExamples(model, identIn(python));
  const importName = moduleName(model);
  const example = retryExample(model);
  const imports = [...new Set([events.name, rest, "EnvelopeError", "Fail", "RefreshToken", "Retry", "advise_retry", "parse_response"])].sort();
  return file([
    ...readmeTitle("scripts/emit/languages/python/readme.ts", python),
    "Typed enums of every code family, with each code's meaning and retry advice, dataclasses for the",
    "OrbVPN REST envelope and for `catalog.json`, and `advise_retry`: should this failed response be",
    "retried, and when? Python 3.9 or later; no dependencies; `py.typed` included.",
    "",
    "```sh",
    `pip install ${model.package.languages.python.distribution}    # once it is on PyPI; until then a wheel built here with python -m build`,
    "```",
    "",
    "```python",
    `from ${importName} import (`,
    ...imports.map((name) => `    ${name},`),
    ")",
    "",
    commented(`error = ${events.name}.from_code(${event.value})`, "None for a code the catalog does not know", 46),
    "if error is not None and error.retryable:",
    commented("    print(error.identifier)", event.name, 49),
    "",
    "# A failed response; with requests: r.status_code, r.headers, r.text.",
    `status, headers = ${example.status}, {"X-Request-ID": "req-1"}`,
    `body = ${pyString(example.body)}`,
    "",
    "try:",
    commented("    response = parse_response(body)", "EnvelopeError for HTML, text or a wrong shape", 49),
    "    if not response.success and response.error is not None:",
    commented("        code = response.error.code", `a ${rest}, or the string of an unknown code`, 49),
    `        if code is ${refresh.name}.${refreshIdent}:`,
    '            print("the access token has expired")',
    "except EnvelopeError as e:",
    '    print(f"not the API\'s envelope: {e}")',
    "",
    "decision = advise_retry(status, headers, body, attempt=1)",
    "if isinstance(decision, Retry):",
    commented('    print(f"retry in {decision.delay_ms} ms")', "time.sleep(decision.delay_ms / 1000), then send again", 49),
    "elif isinstance(decision, RefreshToken):",
    commented('    print("refresh the token, then send once more")', "pass token_refreshed=True on that send", 49),
    "elif isinstance(decision, Fail):",
    commented('    print(f"give up: {decision.reason}")', "decision.detail says why, for logs", 49),
    "```",
    "",
    ...decisionNotes(model, "advise_retry(status, headers, body, attempt, token_refreshed=, now_ms=, random=)"),
    "- `headers` is a mapping (a dict, requests' `CaseInsensitiveDict`) or name/value pairs; names match in",
    "  any case and repeated pairs are joined with \", \" (RFC 9110 §5.3). Each value is",
    "  trimmed of spaces and tabs (RFC 9110's optional whitespace) and of nothing else.",
    "- The catalog's policy is one value, `RETRY_POLICY` (a frozen `RetryPolicy`); `advise_retry` and",
    "  `retry_delay_ms` decide by it. `RetryAdvisor(dataclasses.replace(RETRY_POLICY, max_retries=2)).advise(...)`",
    "  decides by another.",
    "- `parse_response(body)` and `api_response_from_dict(document)` raise `EnvelopeError` (a `ValueError`;",
    "  `InvalidResponse` is its earlier name, still importable)",
    "  for anything the JSON Schema rejects: no `AssertionError`, and `python -O` behaves the same.",
    "  `parse_response` also rejects a known code's `details` of the wrong shape and an unknown code not",
    "  shaped like one; `error_code_of(body)` reads a failure's code from `success`, `error.code` and",
    "  `error.message` alone, as `advise_retry` does.",
    "- Integer families are `IntEnum`s; name families are `str` enums whose value is the identifier.",
    "- `from_code(value)` looks a value up; `parse(name)` looks a name up and also accepts the catalog's",
    "  aliases and older wire names. Both return `None` for an unknown code instead of raising.",
    "- `retryable` is true when a retry, after the step the catalog's advice names (backoff, token",
    "  refresh, reconnect), can succeed. Each member's docstring gives the advice itself.",
    ...escapeNotes(model),
    `- The error's \`code\` is typed \`ErrorCode = Union[${rest}, str]\`: a code this catalog does not know yet`,
    "  still decodes, as its string. Timestamps in the details types are RFC 3339 strings.",
  ]);
}
