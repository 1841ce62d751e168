// Package retry: "should I retry?" in Go. policy.go holds the catalog's policy as constants; retry.go is
// Advise, the same decision as the TypeScript adviseRetry (src/retry.ts), so that the shared vectors in
// test/vectors/decisions.json give byte-identical answers.
import type { Model } from "../../../catalog/model.js";
import { file, pascalName, quote } from "../shared/common.js";
import { ADVICE_FAIL_REASONS, RETRY_BASES } from "../../../../src/decision-words.js";
import { FAILING_STRATEGIES, decisionPolicy } from "../../../catalog/decision-policy.js";
import { goModule, sourceHeader } from "./profile.js";

const header = sourceHeader("scripts/emit/languages/go/retry.ts");

/** A float64 constant as Go spells it: 1e+12 would be valid too, but digits read better. */
const float = (n: number) => (Number.isInteger(n) ? `${n}` : String(n));

/** Consecutive typed constants, aligned as gofmt aligns them. */
function constBlock(rows: Array<[name: string, type: string, value: string]>): string[] {
  const name = Math.max(...rows.map((r) => r[0].length));
  const type = Math.max(...rows.map((r) => r[1].length));
  return rows.map(([n, t, v]) => `\t${n.padEnd(name)} ${t.padEnd(type)} = ${v}`);
}

export function policyFile(model: Model): string {
  const p = decisionPolicy(model);
  const width = Math.max(...p.statuses.map((s) => String(s.status).length)) + 1;
  const codeWidth = Math.max(...p.codes.map((c) => quote(c.wire).length)) + 1;
  return file([
    header,
    "",
    "package retry",
    "",
    `// The ${model.restFamily.name} retry policy, from the catalog. Times are float64 milliseconds, as`,
    "// JavaScript computes them, so that every rounding matches adviseRetry's.",
    "const (",
    ...constBlock([
      ["initialDelayMs", "float64", float(p.initialDelayMs)],
      ["multiplier", "float64", float(p.multiplier)],
      ["jitterMinMs", "float64", float(p.jitterMinMs)],
      ["jitterMaxMs", "float64", float(p.jitterMaxMs)],
      ["maxRetries", "int", String(p.maxRetries)],
      ["maxDelayMs", "float64", float(p.maxDelayMs)],
    ]),
    "",
    ...constBlock([
      ["retryAfterHeader", "string", quote(p.retryAfterHeader)],
      ["resetHeader", "string", quote(p.resetHeader)],
    ]),
    "",
    "\t// The longest wait a client honours; a server asking for more is told no.",
    `\tmaxWaitMs float64 = ${float(p.maxWaitMs)}`,
    "",
    "\t// A known code under another status takes the more cautious of the two answers.",
    `\tmostCautious = ${p.mostCautious}`,
    "",
    "\t// A reset value from resetMillisecondsFrom up is Unix milliseconds, not seconds.",
    ...constBlock([
      ["resetInMilliseconds", "bool", String(p.resetMillisecondsFrom !== undefined)],
      ["resetMillisecondsFrom", "float64", float(p.resetMillisecondsFrom ?? 0)],
    ]),
    ")",
    "",
    "// Strategies under which nothing a client does at the HTTP level helps.",
    "var failingStrategies = map[string]bool{",
    ...FAILING_STRATEGIES.map((s) => `\t${`${quote(s)}:`.padEnd(Math.max(...FAILING_STRATEGIES.map((f) => quote(f).length)) + 1)} true,`),
    "}",
    "",
    "// Each status's strategy, from its entry in the http-status family.",
    "var statusStrategy = map[int]string{",
    ...p.statuses.map((s) => `\t${`${s.status}:`.padEnd(width)} ${quote(s.strategy)},`),
    "}",
    "",
    "type codeAdvice struct {",
    "\tstrategy string",
    "\t// 0 when the catalog documents no status for the code.",
    "\thttpStatus int",
    "\treason     string",
    "}",
    "",
    "// Each REST code's own advice and documented status.",
    "var codeAdvices = map[string]codeAdvice{",
    ...p.codes.map((c) => `\t${`${quote(c.wire)}:`.padEnd(codeWidth)} {${quote(c.strategy)}, ${c.httpStatus ?? 0}, ${quote(c.reason)}},`),
    "}",
  ]);
}

/** String constants, one per word of the decision: BasisRetryAfter Basis = "retry-after". */
function wordConstants(type: string, words: readonly string[]): string {
  return ["const (", ...constBlock(words.map((w): [string, string, string] => [type + pascalName(w), type, quote(w)])), ")"].join("\n");
}

export function retryFile(model: Model): string {
  return file([header, "", RETRY_SOURCE.replaceAll("MODULE", goModule(model))]);
}

const RETRY_SOURCE = `// Package retry answers "should I retry, and when?" for a failed OrbVPN API response, as the
// TypeScript adviseRetry does: retry after a delay, refresh the token, or fail with a reason.
//
// Advise never panics: a body that is not the envelope, a malformed header or a broken random source
// each read as "nothing usable", and the decision falls back to the status's rule.
package retry

import (
	"fmt"
	"math"
	"math/rand"
	"net/http"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"MODULE/api"
)

// Action is what to do about a response.
type Action string

const (
	// ActionRetry: send the request again after Delay.
	ActionRetry Action = "retry"
	// ActionRefreshToken: refresh the access token, then send the original request once more.
	ActionRefreshToken Action = "refresh-token"
	// ActionFail: stop; Reason says why and Detail explains it for logs.
	ActionFail Action = "fail"
)

// Basis says what set a retry's delay.
type Basis string

${wordConstants("Basis", RETRY_BASES)}

// Reason says why a decision is to fail.
type Reason string

${wordConstants("Reason", ADVICE_FAIL_REASONS)}

// Decision is Advise's answer. Delay and Basis are set for ActionRetry, Reason and Detail for ActionFail.
type Decision struct {
	Action Action
	Delay  time.Duration
	Basis  Basis
	Reason Reason
	Detail string
}

// Options are Advise's optional inputs.
type Options struct {
	// TokenRefreshed is true once the token has been refreshed for this request: a second
	// TOKEN_EXPIRED then fails.
	TokenRefreshed bool
	// Now is the current time; the zero value means time.Now().
	Now time.Time
	// Random returns a number in [0, 1) for the jitter; nil means math/rand. Tests pin it.
	Random func() float64
}

func fail(reason Reason, detail string) Decision {
	return Decision{Action: ActionFail, Reason: reason, Detail: detail}
}

func retryAfter(ms float64, basis Basis) Decision {
	return Decision{Action: ActionRetry, Delay: time.Duration(ms) * time.Millisecond, Basis: basis}
}

// unit is the random source's number clamped to [0, 1]; a panic or a non-number reads as 0.
func unit(random func() float64) (x float64) {
	defer func() {
		if recover() != nil {
			x = 0
		}
	}()
	x = random()
	if !(x > 0) {
		return 0
	}
	return math.Min(x, 1)
}

// roundHalfUp is JavaScript's Math.round: halves go up, not to even.
func roundHalfUp(x float64) float64 {
	f := math.Floor(x)
	if x-f >= 0.5 {
		return f + 1
	}
	return f
}

// DelayMs is the backoff before retry attempt (1-based), jitter included; false past the last retry.
func DelayMs(attempt int, random func() float64) (int, bool) {
	if attempt < 1 || attempt > maxRetries {
		return 0, false
	}
	if random == nil {
		random = rand.Float64
	}
	base := initialDelayMs * math.Pow(multiplier, float64(attempt-1))
	jitter := jitterMinMs + unit(random)*(jitterMaxMs-jitterMinMs)
	return int(math.Min(roundHalfUp(base+jitter), maxDelayMs)), true
}

var (
	months     = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
	month      = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
	imfFixdate = regexp.MustCompile(\`^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), ([0-9]{2}) \` + month + \` ([0-9]{4}) ([0-9]{2}):([0-9]{2}):([0-9]{2}) GMT\`)
	rfc850     = regexp.MustCompile(\`^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), ([0-9]{2})-\` + month + \`-([0-9]{2}) ([0-9]{2}):([0-9]{2}):([0-9]{2}) GMT\`)
	asctime    = regexp.MustCompile(\`^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \` + month + \` ( [0-9]|[0-9]{2}) ([0-9]{2}):([0-9]{2}):([0-9]{2}) ([0-9]{4})\`)
	listEnd    = regexp.MustCompile(\`^[ \\t]*(?:,|$)\`)
	seconds    = regexp.MustCompile(\`^([0-9]+)[ \\t]*(?:,|$)\`)
	resetValue = regexp.MustCompile(\`^[0-9]+(?:\\.[0-9]+)?$\`)
)

func monthOf(name string) int {
	for i, m := range months {
		if m == name {
			return i + 1
		}
	}
	return 0
}

func atoi(s string) int {
	n, _ := strconv.Atoi(strings.TrimSpace(s))
	return n
}

// daysFromCivil is Howard Hinnant's algorithm: days since 1970-01-01 for any proleptic Gregorian date.
func daysFromCivil(year, month, day int) int {
	y := year
	if month <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	m := month + 9
	if month > 2 {
		m = month - 3
	}
	doy := (153*m+2)/5 + day - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

func epochMs(year, month, day, hour, minute, second int) (float64, bool) {
	days := []int{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[month-1]
	if month == 2 && year%4 == 0 && (year%100 != 0 || year%400 == 0) {
		days = 29
	}
	// RFC 9110 allows second 60 for a leap second.
	if day < 1 || day > days || hour > 23 || minute > 59 || second > 60 {
		return 0, false
	}
	return float64(((daysFromCivil(year, month, day)*24+hour)*60+minute)*60000 + second*1000), true
}

// httpDatePrefix reads an HTTP-date (RFC 9110 §5.6.7, strictly) at the start of text: its time in ms
// and its length, so that a caller can take the first element of a comma-joined list.
func httpDatePrefix(text string, nowMs float64) (float64, int, bool) {
	if m := imfFixdate.FindStringSubmatch(text); m != nil {
		ms, ok := epochMs(atoi(m[4]), monthOf(m[3]), atoi(m[2]), atoi(m[5]), atoi(m[6]), atoi(m[7]))
		return ms, len(m[0]), ok
	}
	if m := rfc850.FindStringSubmatch(text); m != nil {
		// A two-digit year more than 50 years ahead is the most recent past year with those digits.
		current := time.UnixMilli(int64(nowMs)).UTC().Year()
		year := current/100*100 + atoi(m[4])
		if year > current+50 {
			year -= 100
		}
		ms, ok := epochMs(year, monthOf(m[3]), atoi(m[2]), atoi(m[5]), atoi(m[6]), atoi(m[7]))
		return ms, len(m[0]), ok
	}
	if m := asctime.FindStringSubmatch(text); m != nil {
		ms, ok := epochMs(atoi(m[7]), monthOf(m[2]), atoi(m[3]), atoi(m[4]), atoi(m[5]), atoi(m[6]))
		return ms, len(m[0]), ok
	}
	return 0, 0, false
}

// ParseHTTPDate reads an HTTP-date in any of its three forms, and nothing else.
func ParseHTTPDate(text string, now time.Time) (time.Time, bool) {
	trimmed := strings.TrimSpace(text)
	ms, length, ok := httpDatePrefix(trimmed, float64(now.UnixMilli()))
	if !ok || length != len(trimmed) {
		return time.Time{}, false
	}
	return time.UnixMilli(int64(ms)).UTC(), true
}

// headerValue is a header's value in any case of its name, repeats joined with ", " as a fetch
// Headers object joins them.
func headerValue(header http.Header, name string) string {
	keys := make([]string, 0, 1)
	for key := range header {
		if strings.EqualFold(key, name) {
			keys = append(keys, key)
		}
	}
	sort.Strings(keys)
	var values []string
	for _, key := range keys {
		for _, v := range header[key] {
			values = append(values, strings.Trim(v, " \\t\\r\\n"))
		}
	}
	return strings.Join(values, ", ")
}

// parseNumber reads digits as JavaScript's Number does: a value too large for float64 is +Inf.
func parseNumber(text string) float64 {
	n, _ := strconv.ParseFloat(text, 64)
	return n
}

// retryAfterMs reads Retry-After (RFC 9110 §10.2.3) as delay-seconds or an HTTP-date; of a
// comma-joined repeat, the first.
func retryAfterMs(value string, nowMs float64) (float64, bool) {
	if m := seconds.FindStringSubmatch(value); m != nil {
		return parseNumber(m[1]) * 1000, true
	}
	// IMF-fixdate has a comma after the day name, so the first element is found by parsing, not splitting.
	ms, length, ok := httpDatePrefix(value, nowMs)
	if !ok || !listEnd.MatchString(value[length:]) {
		return 0, false
	}
	return ms - nowMs, true
}

func resetAtMs(value string) (float64, bool) {
	if !resetValue.MatchString(value) {
		return 0, false
	}
	n := parseNumber(value)
	if resetInMilliseconds && n >= resetMillisecondsFrom {
		return n, true
	}
	return n * 1000, true
}

type wait struct {
	ms    float64
	basis Basis
}

func rateLimitWait(header http.Header, nowMs float64) (wait, bool) {
	var waits []wait
	if value := strings.TrimSpace(headerValue(header, retryAfterHeader)); value != "" {
		if ms, ok := retryAfterMs(value, nowMs); ok && !math.IsInf(ms, 0) && !math.IsNaN(ms) && ms > 0 {
			waits = append(waits, wait{ms, BasisRetryAfter})
		}
	}
	if value := strings.TrimSpace(strings.SplitN(headerValue(header, resetHeader), ",", 2)[0]); value != "" {
		if at, ok := resetAtMs(value); ok {
			if ms := at - nowMs; !math.IsInf(ms, 0) && !math.IsNaN(ms) && ms > 0 {
				waits = append(waits, wait{ms, BasisRateLimitReset})
			}
		}
	}
	// A reset in the past says nothing; of two usable answers the later one is the safe one (ties: Retry-After).
	if len(waits) == 0 {
		return wait{}, false
	}
	best := waits[0]
	for _, w := range waits[1:] {
		if w.ms > best.ms {
			best = w
		}
	}
	return best, true
}

// codeOf is the envelope's error code, or "" when the body is not a failure envelope.
func codeOf(body []byte) string {
	code, _ := api.ErrorCodeOf(body)
	return code
}

// Advise says what to do about the response to the attempt-th send of a request (1-based): its
// status, headers and body (nil: none). A code's own advice in the catalog wins over its status's
// rule; a known code under another status gets the more cautious of the two. On a rate-limit status,
// Retry-After or X-RateLimit-Reset sets the wait, up to the policy's ceiling.
func Advise(status int, header http.Header, body []byte, attempt int, options Options) Decision {
	if attempt < 1 {
		return fail(ReasonInvalidAttempt, fmt.Sprintf("attempt must be a whole number from 1, not %d", attempt))
	}
	if status >= 200 && status < 300 {
		return fail(ReasonNotAnError, fmt.Sprintf("status %d is a success", status))
	}
	now := options.Now
	if now.IsZero() {
		now = time.Now()
	}
	random := options.Random
	if random == nil {
		random = rand.Float64
	}

	code := codeOf(body)
	known, isKnown := codeAdvices[code]
	// "" when the catalog does not list the status.
	strategy := statusStrategy[status]
	var subject, reason string
	switch {
	case isKnown && known.httpStatus == status:
		strategy, subject, reason = known.strategy, fmt.Sprintf("%s (%d)", code, status), known.reason
	case isKnown:
		// The server contradicts itself (a no-retry code on a retryable status): the more cautious wins.
		subject = fmt.Sprintf("%s (%d, documented %d)", code, status, known.httpStatus)
		if mostCautious && failingStrategies[known.strategy] {
			strategy, reason = known.strategy, known.reason+" (code and status disagree; the more cautious wins)"
		}
	case code != "":
		subject = fmt.Sprintf("unknown code %s (%d)", code, status)
	default:
		subject = fmt.Sprintf("status %d", status)
	}

	if strategy == "" {
		return fail(ReasonNotRetryable, fmt.Sprintf("%s: the retry policy does not list status %d", subject, status))
	}
	if failingStrategies[strategy] {
		if reason == "" {
			reason = "the policy says it will not resolve with retries"
		}
		return fail(ReasonNotRetryable, subject+": "+reason)
	}
	if strategy == "refresh-credentials" {
		if options.TokenRefreshed {
			return fail(ReasonRefreshAlreadyTried, subject+" again after a token refresh: re-authenticate")
		}
		return Decision{Action: ActionRefreshToken}
	}

	backoff, ok := DelayMs(attempt, random)
	if !ok {
		return fail(ReasonAttemptsExhausted, fmt.Sprintf("%s: %d retries already made", subject, maxRetries))
	}
	if strategy == "wait-for-window" {
		if w, ok := rateLimitWait(header, float64(now.UnixMilli())); ok {
			if w.ms > maxWaitMs {
				return fail(ReasonWaitTooLong, fmt.Sprintf("%s: the server asks for %.0f s, over the %g s a client waits", subject, math.Ceil(w.ms/1000), maxWaitMs/1000))
			}
			return retryAfter(math.Ceil(w.ms+unit(random)*jitterMaxMs), w.basis)
		}
	}
	return retryAfter(float64(backoff), BasisBackoff)
}
`;
