// Copied from runtime/go/retry/ratelimit.go by npm run build: edit that file, not this copy.

package retry

import (
	"math"
	"net/http"
	"regexp"
	"strconv"
	"strings"
)

var (
	delaySeconds = regexp.MustCompile(`^([0-9]+)[ \t]*(?:,|$)`)
	listEnd      = regexp.MustCompile(`^[ \t]*(?:,|$)`)
	resetValue   = regexp.MustCompile(`^[0-9]+(?:\.[0-9]+)?$`)
)

// parseNumber reads a decimal numeral to the nearest float64; one too large for float64 is +Inf
// (runtime/SPEC.md §2).
func parseNumber(text string) float64 {
	n, _ := strconv.ParseFloat(text, 64)
	return n
}

// retryAfterMs reads the retry-after header (RFC 9110 §10.2.3) as delay-seconds or an HTTP-date, in ms
// from now; of a comma-joined repeat, the first element (runtime/SPEC.md §4).
func retryAfterMs(value string, nowMs float64) (float64, bool) {
	if m := delaySeconds.FindStringSubmatch(value); m != nil {
		return parseNumber(m[1]) * 1000, true
	}
	// IMF-fixdate has a comma after the day name, so the first element is found by parsing, not splitting.
	ms, length, ok := httpDatePrefix(value, nowMs)
	if !ok || !listEnd.MatchString(value[length:]) {
		return 0, false
	}
	return ms - nowMs, true
}

// resetAtMs reads the reset header as a Unix time in ms: seconds, or milliseconds from the policy's
// threshold up (runtime/SPEC.md §5).
func (p *Policy) resetAtMs(value string) (float64, bool) {
	if !resetValue.MatchString(value) {
		return 0, false
	}
	n := parseNumber(value)
	if p.ResetMillisecondsFrom > 0 && n >= p.ResetMillisecondsFrom {
		return n, true
	}
	return n * 1000, true
}

type wait struct {
	ms    float64
	basis Basis
}

// usable is a wait that says something: finite and in the future.
func usable(ms float64) bool {
	return !math.IsInf(ms, 0) && !math.IsNaN(ms) && ms > 0
}

// rateLimitWait is how long the policy's headers ask a client to wait; false when they say nothing
// usable (runtime/SPEC.md §4, §5).
func (p *Policy) rateLimitWait(header http.Header, nowMs float64) (wait, bool) {
	var waits []wait
	if value := trimOWS(headerValue(header, p.RetryAfterHeader)); value != "" {
		if ms, ok := retryAfterMs(value, nowMs); ok && usable(ms) {
			waits = append(waits, wait{ms, BasisRetryAfter})
		}
	}
	// A repeated reset header: its first value.
	if value := trimOWS(strings.SplitN(headerValue(header, p.ResetHeader), ",", 2)[0]); value != "" {
		if at, ok := p.resetAtMs(value); ok && usable(at-nowMs) {
			waits = append(waits, wait{at - nowMs, BasisRateLimitReset})
		}
	}
	// A reset in the past says nothing; of two usable answers the later one is the safe one (a tie: the
	// retry-after header's).
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
