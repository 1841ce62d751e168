// generated/python/README.md: a client's first hour, from install to an unknown code. Its example codes are the
// model's examples, not names written in here; test/languages/python.test.ts runs every python block.
import type { Model, ResolvedCode } from "../../../catalog/model.js";
import { reconnectFacts } from "../../../catalog/reconnect-classes.js";
import { file } from "../shared/common.js";
import { decisionNotes, readmeExamples, readmeTitle, retryExample } from "../shared/readme.js";
import { pyIdent } from "./enum.js";
import { moduleName, pyLiteral, python } from "./profile.js";

/** The REST code a README shows a rate-limit wait with: the first documented under 429 that follows 429's rule, if any. */
export function rateLimitedCode(model: Model): ResolvedCode | undefined {
  return model.restFamily.codes.find((c) => c.httpStatus === 429 && c.retry.strategy === model.statusStrategy.get(429));
}

/** The SDK code the README's reconnect example shows: the first the policy reconnects at once, else the model's SDK event. */
export function reconnectExample(model: Model): { family: string; value: string | number; name: string } {
  const facts = reconnectFacts(model);
  const now = facts?.families.flatMap((f) => f.codes.filter((c) => c.class === "reconnect-now").map((c) => ({ family: f.family, value: c.value, name: c.name })))[0];
  const { family, code } = model.examples.sdkEvent;
  return now ?? { family: family.name, value: code.value, name: code.name };
}

/** Seconds the README's rate-limit example asks for in its Retry-After header. */
export const README_WAIT_SECONDS = 7;

export function readme(model: Model): string {
  const { events, event, refresh, refreshCode, refreshIdent } = readmeExamples(model, pyIdent);
  const m = moduleName(model);
  const eventIdent = pyIdent(events, event);
  const limited = rateLimitedCode(model);
  const reconnecting = reconnectExample(model);
  const refreshBody = JSON.stringify({
    success: false,
    error: { code: String(refreshCode.value), message: "Token expired", details: { expiredAt: "2026-02-08T11:30:00Z", tokenType: "access" } },
  });
  // A catalog without a rate-limited code shows the token refresh's response instead.
  const fallback = retryExample(model);
  const limitedBody = limited ? JSON.stringify({ success: false, error: { code: String(limited.value), message: "Slow down" } }) : fallback.body;
  const { retryAfterHeader } = model.retryPolicy.rateLimit;
  const waitHeaders = limited ? `{${pyLiteral(retryAfterHeader)}: "${README_WAIT_SECONDS}"}` : "{}";
  return file([
    ...readmeTitle("scripts/emit/languages/python/readme.ts", python),
    "Every error code a VPN client meets, with its meaning and retry advice at run time, the OrbVPN REST",
    "envelope with typed details, and `advise_retry`: should this failed response be retried, and when?",
    "Python 3.9 or later; no dependencies; `py.typed` included. Importing the package or an enum loads only",
    "the enums; the decoder and the decision load when first used.",
    "",
    "```sh",
    `pip install ${model.package.languages.python.distribution}    # until it is on PyPI: pip install the wheel that python -m build makes`,
    "```",
    "",
    "## What does a code mean?",
    "",
    "Members are PEP 8 constants whose value is the vendor's wire value, as `http.HTTPStatus`'s are; each",
    "answers the catalog's facts as properties. `get` finds a member by its value, the value's digits, the",
    "vendor's identifier, an alias or an older wire name, and gives `None` for anything else.",
    "",
    "```python",
    `from ${m} import ${events.name}`,
    "",
    `error = ${events.name}.get(${event.value})  # or "${event.value}", or "${event.name}"`,
    "assert error is not None",
    `print(error.name, error.identifier)  # ${eventIdent} ${event.name}`,
    "print(error.description)",
    "advice = error.retry_advice",
    "print(advice.strategy, advice.basis, error.retryable)",
    'print(error.action.text if error.action else "no action")',
    "",
    `print(${events.name}.get("NoSuchCode"))  # None: unknown input is absent, never an exception`,
    "```",
    "",
    "## Should I retry, and when?",
    "",
    "```python",
    `from ${m} import Fail, RefreshToken, RetryLater, advise_retry`,
    "",
    "# A failed response; with requests: r.status_code, r.headers, r.content (bytes or text both do).",
    `status, headers = ${limited ? limited.httpStatus : fallback.status}, ${waitHeaders}`,
    `body = b${pyLiteral(limitedBody)}`,
    "",
    "decision = advise_retry(status, headers, body, attempt=1)",
    "if isinstance(decision, RetryLater):",
    '    print(f"retry in {int(decision.delay.total_seconds())} s, set by {decision.basis}")',
    "    # time.sleep(decision.delay.total_seconds()), then send again",
    "elif isinstance(decision, RefreshToken):",
    '    print("refresh the token, then send once more")',
    "elif isinstance(decision, Fail):",
    '    print(f"give up: {decision.reason} ({decision.detail})")',
    "```",
    "",
    "`RetryAdvisor(policy, clock=time.time, random=random.random)` decides by another policy, clock or random",
    "source: `RetryAdvisor(RETRY_POLICY.replace(max_retries=2)).advise(...)`. Policies, decisions and advisors are",
    "immutable values compared by their fields; `replace` gives a changed copy, as `copy.replace` does from Python",
    "3.13. They are not dataclasses (`dataclasses.replace` does not take them), so that a decision loads this",
    "package alone: on CPython it reads the body with the scanner `json.loads` uses, without importing `json`.",
    "",
    "## Reconnect after an SDK error?",
    "",
    "```python",
    `from ${m} import ${reconnecting.family}, Reconnect, ReconnectHistory, WaitForNetwork, advise_reconnect`,
    "",
    "# What the client recorded, in clock ms: when reconnects started, when the tunnel came up, earlier errors.",
    "history = ReconnectHistory(reconnects=[], connected=[], errors=[])",
    `advice = advise_reconnect(${reconnecting.family}, ${pyLiteral(reconnecting.value)}, history)  # or ${pyLiteral(reconnecting.name)}`,
    "if isinstance(advice, Reconnect):",
    '    print(f"reconnect in {advice.delay.total_seconds():g} s ({advice.basis})")',
    "elif isinstance(advice, WaitForNetwork):",
    '    print("reconnect once the network is back")',
    "else:",
    '    print(f"stop and tell the user: {advice.reason} ({advice.detail})")',
    "```",
    "",
    "The family is its enum or its name; the code any key `get` takes. `errors` holds `ReconnectError(at, family,",
    "code)`s (or mappings with those keys), and the history may be a mapping too; entries that are no finite time at",
    "or before now are ignored, and an unknown family or code stops with `unknown-code`: the call never raises.",
    "`ReconnectAdvisor(policy, clock=time.time, random=random.random)` decides by another policy, clock or random",
    "source: `ReconnectAdvisor(RECONNECT_POLICY.replace(max_reconnects=3)).advise(...)`.",
    "",
    "## Typed details, in one step",
    "",
    "```python",
    `from ${m} import EnvelopeError, ${refresh.name}, parse_response`,
    `from ${m}.api_response import TokenExpiredDetails`,
    "",
    `body = ${pyLiteral(refreshBody)}`,
    "try:",
    "    response = parse_response(body)",
    "except EnvelopeError as e:  # HTML from a proxy, plain text, a wrong shape",
    '    print(f"not the API\'s envelope: {e}")',
    "else:",
    "    error = response.error",
    `    if error is not None and error.code is ${refresh.name}.${refreshIdent}:`,
    "        details = error.typed_details  # decoded with the envelope; error.details keeps the raw JSON object",
    "        if isinstance(details, TokenExpiredDetails):",
    "            print(details.token_type, details.expired_at.isoformat())",
    "```",
    "",
    "JSON another library decoded (orjson, httpx's `response.json()`) goes to `APIResponse.from_json_value(doc)`,",
    "and a details object to `TokenExpiredDetails.from_json_value(obj)`: the same checks as `parse_response`. The",
    "same types are pydantic (v2) fields as they are: a model with `details: TokenExpiredDetails` or",
    "`response: APIResponse` validates them through those checks (a refusal is pydantic's `ValidationError`) and",
    "dumps them in their JSON form. The package itself never imports pydantic.",
    "",
    "## Notes",
    "",
    ...decisionNotes(model, "advise_retry(status, headers, body, attempt, token_refreshed=, now_ms=, random=)"),
    "- `headers` is a mapping (a dict, requests' `CaseInsensitiveDict`, `http.client.HTTPMessage`) or name/value",
    '  pairs; names match in any case and repeated pairs are joined with ", " (RFC 9110 §5.3). Each value is',
    "  trimmed of spaces and tabs (RFC 9110's optional whitespace) and of nothing else. `body` is bytes or str.",
    "- `RetryLater` has `delay` (a `timedelta`) and `delay_ms`. It was `Retry` before 1.0, a name that",
    "  collided with urllib3's; `from vpn_error_codes import Retry` still works, with a `DeprecationWarning`.",
    "- `parse_response(body)` raises `EnvelopeError` (a `ValueError`) for anything the JSON Schema rejects, also",
    "  under `python -O`. `error.code` is a `" + model.restFamily.name + "`, or the string of a code this catalog does not know",
    "  yet. Date-times in details are aware `datetime`s (a leap second, `23:59:60`, is the next instant).",
    "- Every member has `identifier`, `phrase`, `label`, `description`, `group`, `group_title`, `http_status`",
    "  (the status family's member), `retryable`, `retry_advice` (`strategy`, `basis`, `note`, `override`),",
    "  `action`, `stability` and `deprecation`; `Family.lookup(key)` also says how the key matched (`value`,",
    "  `name`, `alias`, `legacyName`). `str(member)` is the wire value on every Python version.",
  ]);
}
