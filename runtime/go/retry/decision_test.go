package retry

import (
	"math"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"
)

// A synthetic policy: invented statuses, codes and headers, so that these tests hold for any catalog.
const (
	windowStatus  = 418 // waits for the rate-limit window
	flakyStatus   = 599 // backs off
	deniedStatus  = 451 // fails at once
	tunnelStatus  = 521 // reconnect-tunnel: fails at once too
	unlistedCode  = "SYNTHETIC_UNHEARD"
	waitHeader    = "X-Test-Wait"
	resetHeader   = "X-Test-Reset"
	stopReason    = "the synthetic stop never resolves"
	maxWaitMillis = 60000
)

func syntheticPolicy() *Policy {
	return &Policy{
		InitialDelayMs:        100,
		Multiplier:            3,
		JitterMinMs:           10,
		JitterMaxMs:           50,
		MaxRetries:            3,
		MaxDelayMs:            920,
		RetryAfterHeader:      waitHeader,
		ResetHeader:           resetHeader,
		MaxWaitMs:             maxWaitMillis,
		ResetMillisecondsFrom: 1e11,
		MostCautious:          true,
		FailingStrategies:     map[Strategy]bool{StrategyNoRetry: true, StrategyNotApplicable: true, StrategyReconnectTunnel: true},
		Statuses: map[int]Strategy{
			windowStatus: StrategyWaitForWindow,
			flakyStatus:  StrategyBackoff,
			deniedStatus: StrategyNoRetry,
			tunnelStatus: StrategyReconnectTunnel,
		},
		Codes: map[string]CodeAdvice{
			"SYNTHETIC_LIMIT":   {StrategyWaitForWindow, windowStatus, "wait for the synthetic window"},
			"SYNTHETIC_STOP":    {StrategyNoRetry, flakyStatus, stopReason},
			"SYNTHETIC_TOKEN":   {StrategyRefreshCredentials, deniedStatus, "refresh the synthetic token"},
			"SYNTHETIC_FLAKY":   {StrategyBackoff, flakyStatus, "the synthetic backend flickers"},
			"SYNTHETIC_NOWHERE": {StrategyNoRetry, 0, ""},
		},
	}
}

var now = time.Date(2030, time.March, 4, 5, 6, 7, 0, time.UTC)

func pinned(x float64) Options {
	return Options{Now: now, Random: func() float64 { return x }}
}

func failure(code string) []byte {
	return []byte(`{"success":false,"error":{"code":"` + code + `","message":"m"}}`)
}

func header(pairs ...string) http.Header {
	h := http.Header{}
	for i := 0; i+1 < len(pairs); i += 2 {
		h.Add(pairs[i], pairs[i+1])
	}
	return h
}

func expectRetry(t *testing.T, d Decision, ms int64, basis Basis) {
	t.Helper()
	if d.Action != ActionRetry || d.Delay != time.Duration(ms)*time.Millisecond || d.Basis != basis {
		t.Errorf("got %+v, want retry after %d ms (%s)", d, ms, basis)
	}
}

func expectFail(t *testing.T, d Decision, reason Reason, detail string) {
	t.Helper()
	if d.Action != ActionFail || d.Reason != reason || !strings.Contains(d.Detail, detail) {
		t.Errorf("got %+v, want fail %s with %q in the detail", d, reason, detail)
	}
}

func TestAnAttemptBelowOneFailsBeforeAnythingElse(t *testing.T) {
	p := syntheticPolicy()
	for _, attempt := range []int{0, -1, math.MinInt} {
		expectFail(t, p.Advise(flakyStatus, nil, nil, attempt, pinned(0)), ReasonInvalidAttempt, "whole number from 1")
		expectFail(t, p.Advise(200, nil, nil, attempt, pinned(0)), ReasonInvalidAttempt, "")
		expectFail(t, p.Advise(deniedStatus, nil, failure("SYNTHETIC_TOKEN"), attempt, pinned(0)), ReasonInvalidAttempt, "")
	}
}

func TestASuccessIsNotAnError(t *testing.T) {
	p := syntheticPolicy()
	for _, status := range []int{200, 299} {
		expectFail(t, p.Advise(status, nil, failure("SYNTHETIC_LIMIT"), 1, pinned(0)), ReasonNotAnError, "is a success")
	}
}

func TestAStatusThePolicyDoesNotListFails(t *testing.T) {
	expectFail(t, syntheticPolicy().Advise(300, nil, nil, 1, pinned(0)), ReasonNotRetryable, "does not list status 300")
	expectFail(t, syntheticPolicy().Advise(0, nil, nil, 1, pinned(0)), ReasonNotRetryable, "does not list status 0")
}

func TestAFailingStrategyFailsAtOnce(t *testing.T) {
	p := syntheticPolicy()
	expectFail(t, p.Advise(deniedStatus, nil, nil, 1, pinned(0)), ReasonNotRetryable, "will not resolve with retries")
	expectFail(t, p.Advise(tunnelStatus, nil, nil, 1, pinned(0)), ReasonNotRetryable, "status 521")
}

func TestBackoffFollowsThePolicysSchedule(t *testing.T) {
	p := syntheticPolicy()
	// 100·3^(n−1) plus 10 + 0.5·(50 − 10), the third capped at MaxDelayMs.
	for attempt, want := range map[int]int64{1: 130, 2: 330, 3: 920} {
		expectRetry(t, p.Advise(flakyStatus, nil, nil, attempt, pinned(0.5)), want, BasisBackoff)
	}
	expectFail(t, p.Advise(flakyStatus, nil, nil, 4, pinned(0.5)), ReasonAttemptsExhausted, "3 retries already made")
}

func TestACodesOwnAdviceWinsOverItsStatus(t *testing.T) {
	p := syntheticPolicy()
	expectFail(t, p.Advise(flakyStatus, nil, failure("SYNTHETIC_STOP"), 1, pinned(0)), ReasonNotRetryable, "SYNTHETIC_STOP (599): "+stopReason)
	expectRetry(t, p.Advise(flakyStatus, nil, failure("SYNTHETIC_FLAKY"), 1, pinned(0)), 110, BasisBackoff)
}

func TestTheMoreCautiousWinsWhenCodeAndStatusDisagree(t *testing.T) {
	p := syntheticPolicy()
	d := p.Advise(windowStatus, header(waitHeader, "7"), failure("SYNTHETIC_STOP"), 1, pinned(0))
	expectFail(t, d, ReasonNotRetryable, "SYNTHETIC_STOP (418, documented 599): "+stopReason+" (code and status disagree")
	// A code that would retry under a status that fails: the status's rule.
	expectFail(t, p.Advise(deniedStatus, nil, failure("SYNTHETIC_FLAKY"), 1, pinned(0)), ReasonNotRetryable, "documented 599")
	// A failing code without a documented status or reason still says why.
	expectFail(t, p.Advise(flakyStatus, nil, failure("SYNTHETIC_NOWHERE"), 1, pinned(0)), ReasonNotRetryable, "documented without a status): the code is not retryable")

	p.MostCautious = false
	expectRetry(t, p.Advise(windowStatus, header(waitHeader, "7"), failure("SYNTHETIC_STOP"), 1, pinned(0)), 7000, BasisRetryAfter)
}

func TestACodeThePolicyDoesNotKnowFollowsItsStatus(t *testing.T) {
	p := syntheticPolicy()
	expectRetry(t, p.Advise(flakyStatus, nil, failure(unlistedCode), 1, pinned(0)), 110, BasisBackoff)
	expectFail(t, p.Advise(deniedStatus, nil, failure(unlistedCode), 1, pinned(0)), ReasonNotRetryable, "unknown code "+unlistedCode+" (451)")
}

func TestABodyThatIsNotTheEnvelopeFollowsTheStatus(t *testing.T) {
	p := syntheticPolicy()
	for _, body := range []string{"<html>Bad Gateway</html>", "", "null", `{"success":false}`, `{"success":false,"error":{"code":"SYNTHETIC_STOP"}}`} {
		expectRetry(t, p.Advise(flakyStatus, nil, []byte(body), 1, pinned(0)), 110, BasisBackoff)
	}
	// Details of the wrong shape do not hide the code: only the envelope's core counts.
	body := `{"success":false,"error":{"code":"SYNTHETIC_STOP","message":"m","details":[1]}}`
	expectFail(t, p.Advise(flakyStatus, nil, []byte(body), 1, pinned(0)), ReasonNotRetryable, stopReason)
}

func TestARefreshIsAskedOnceThenFails(t *testing.T) {
	p := syntheticPolicy()
	if d := p.Advise(deniedStatus, nil, failure("SYNTHETIC_TOKEN"), 1, pinned(0)); d.Action != ActionRefreshToken {
		t.Errorf("got %+v, want a token refresh", d)
	}
	// Past the last retry too: a refresh is no retry of the backoff's.
	if d := p.Advise(deniedStatus, nil, failure("SYNTHETIC_TOKEN"), 9, pinned(0)); d.Action != ActionRefreshToken {
		t.Errorf("got %+v, want a token refresh", d)
	}
	refreshed := pinned(0)
	refreshed.TokenRefreshed = true
	expectFail(t, p.Advise(deniedStatus, nil, failure("SYNTHETIC_TOKEN"), 2, refreshed), ReasonRefreshAlreadyTried, "re-authenticate")
}

func TestTheRateLimitHeadersSetTheWait(t *testing.T) {
	p := syntheticPolicy()
	nowSeconds := now.Unix()
	seconds := func(s int64) string { return time.Unix(s, 0).UTC().Format(http.TimeFormat) }

	// Delay-seconds, with the jitter up to JitterMaxMs added and rounded up.
	expectRetry(t, p.Advise(windowStatus, header(waitHeader, "7"), nil, 1, pinned(0.5)), 7025, BasisRetryAfter)
	// An HTTP-date.
	expectRetry(t, p.Advise(windowStatus, header(waitHeader, seconds(nowSeconds+12)), nil, 1, pinned(0)), 12000, BasisRetryAfter)
	// A reset in Unix seconds, and one in Unix milliseconds from the policy's threshold up.
	expectRetry(t, p.Advise(windowStatus, header(resetHeader, itoa(nowSeconds+20)), nil, 1, pinned(0)), 20000, BasisRateLimitReset)
	expectRetry(t, p.Advise(windowStatus, header(resetHeader, itoa(now.UnixMilli()+1500)), nil, 1, pinned(0)), 1500, BasisRateLimitReset)
	expectRetry(t, p.Advise(windowStatus, header(resetHeader, itoa(nowSeconds+3)+".5"), nil, 1, pinned(0)), 3500, BasisRateLimitReset)
	// Of both, the later; a tie goes to the retry-after header.
	expectRetry(t, p.Advise(windowStatus, header(waitHeader, "5", resetHeader, itoa(nowSeconds+11)), nil, 1, pinned(0)), 11000, BasisRateLimitReset)
	expectRetry(t, p.Advise(windowStatus, header(waitHeader, "11", resetHeader, itoa(nowSeconds+11)), nil, 1, pinned(0)), 11000, BasisRetryAfter)
	// A reset in the past, a zero wait or a date gone by says nothing: the backoff.
	expectRetry(t, p.Advise(windowStatus, header(resetHeader, itoa(nowSeconds-1)), nil, 1, pinned(0)), 110, BasisBackoff)
	expectRetry(t, p.Advise(windowStatus, header(waitHeader, "0"), nil, 1, pinned(0)), 110, BasisBackoff)
	expectRetry(t, p.Advise(windowStatus, header(waitHeader, seconds(nowSeconds-60)), nil, 1, pinned(0)), 110, BasisBackoff)
	// Over MaxWaitMs: no.
	expectFail(t, p.Advise(windowStatus, header(waitHeader, "61"), nil, 1, pinned(0)), ReasonWaitTooLong, "asks for 61 s, over the 60 s")
	// The headers matter only under the wait-for-window strategy, and only within the attempts.
	expectRetry(t, p.Advise(flakyStatus, header(waitHeader, "7"), nil, 1, pinned(0)), 110, BasisBackoff)
	expectFail(t, p.Advise(windowStatus, header(waitHeader, "7"), nil, 4, pinned(0)), ReasonAttemptsExhausted, "")
}

func TestRepeatedAndMalformedRateLimitHeaders(t *testing.T) {
	p := syntheticPolicy()
	nowSeconds := now.Unix()
	// A comma-joined repeat: the first element, an HTTP-date's own comma notwithstanding.
	date := time.Unix(nowSeconds+30, 0).UTC().Format(http.TimeFormat)
	expectRetry(t, p.Advise(windowStatus, header(waitHeader, "4, 8"), nil, 1, pinned(0)), 4000, BasisRetryAfter)
	expectRetry(t, p.Advise(windowStatus, header(waitHeader, date+", 8"), nil, 1, pinned(0)), 30000, BasisRetryAfter)
	expectRetry(t, p.Advise(windowStatus, header(waitHeader, "4", waitHeader, "8"), nil, 1, pinned(0)), 4000, BasisRetryAfter)
	expectRetry(t, p.Advise(windowStatus, header(resetHeader, itoa(nowSeconds+6)+", "+itoa(nowSeconds+60)), nil, 1, pinned(0)), 6000, BasisRateLimitReset)
	// Names in any case, as a raw map may hold them.
	expectRetry(t, p.Advise(windowStatus, http.Header{strings.ToLower(waitHeader): {"3"}}, nil, 1, pinned(0)), 3000, BasisRetryAfter)
	// Not a number, not a date: the backoff.
	for _, value := range []string{"soon", "-5", "5s", "1e3", "0x10", "Mon, 32 Jan 2030 00:00:00 GMT", date + " extra"} {
		expectRetry(t, p.Advise(windowStatus, header(waitHeader, value), nil, 1, pinned(0)), 110, BasisBackoff)
		expectRetry(t, p.Advise(windowStatus, header(resetHeader, value), nil, 1, pinned(0)), 110, BasisBackoff)
	}
	// Digits past float64's range are +Inf: no usable wait, so the backoff; large but finite: too long.
	expectRetry(t, p.Advise(windowStatus, header(waitHeader, strings.Repeat("9", 400)), nil, 1, pinned(0)), 110, BasisBackoff)
	expectRetry(t, p.Advise(windowStatus, header(resetHeader, strings.Repeat("9", 400)), nil, 1, pinned(0)), 110, BasisBackoff)
	expectFail(t, p.Advise(windowStatus, header(waitHeader, strings.Repeat("9", 30)), nil, 1, pinned(0)), ReasonWaitTooLong, "")
}

func TestAResetThresholdOfZeroReadsEveryResetAsSeconds(t *testing.T) {
	p := syntheticPolicy()
	p.ResetMillisecondsFrom = 0
	at := now.UnixMilli() + 1500
	// Read as seconds, this lies far beyond MaxWaitMs.
	expectFail(t, p.Advise(windowStatus, header(resetHeader, itoa(at)), nil, 1, pinned(0)), ReasonWaitTooLong, "")
}

func TestABrokenRandomSourceReadsAsZero(t *testing.T) {
	p := syntheticPolicy()
	for name, random := range map[string]func() float64{
		"panics":   func() float64 { panic("broken") },
		"NaN":      math.NaN,
		"negative": func() float64 { return -3 },
		"-Inf":     func() float64 { return math.Inf(-1) },
	} {
		d := p.Advise(flakyStatus, nil, nil, 1, Options{Now: now, Random: random})
		if d.Action != ActionRetry || d.Delay != 110*time.Millisecond {
			t.Errorf("a random source that %s: got %+v", name, d)
		}
	}
	// Above 1 is clamped to 1.
	expectRetry(t, p.Advise(flakyStatus, nil, nil, 1, Options{Now: now, Random: func() float64 { return 7 }}), 150, BasisBackoff)
	expectRetry(t, p.Advise(windowStatus, header(waitHeader, "2"), nil, 1, Options{Now: now, Random: func() float64 { return math.Inf(1) }}), 2050, BasisRetryAfter)
}

func TestDefaultsForNowAndRandom(t *testing.T) {
	p := syntheticPolicy()
	d := p.Advise(flakyStatus, nil, nil, 1, Options{})
	if d.Action != ActionRetry || d.Delay < 110*time.Millisecond || d.Delay > 150*time.Millisecond {
		t.Errorf("got %+v, want a backoff within the jitter's bounds", d)
	}
	// The zero Now is the current time: a reset 30 s from now is a wait of about 30 s.
	reset := itoa(time.Now().Unix() + 30)
	if d := p.Advise(windowStatus, header(resetHeader, reset), nil, 1, Options{Random: func() float64 { return 0 }}); d.Basis != BasisRateLimitReset || d.Delay > 31*time.Second {
		t.Errorf("got %+v, want a wait of about 30 s", d)
	}
}

func TestANilOrZeroPolicyFailsAndNeverPanics(t *testing.T) {
	var nilPolicy *Policy
	expectFail(t, nilPolicy.Advise(flakyStatus, nil, failure("SYNTHETIC_STOP"), 1, Options{}), ReasonNotRetryable, "does not list status 599")
	expectFail(t, (&Policy{}).Advise(windowStatus, header(waitHeader, "1"), nil, 1, Options{}), ReasonNotRetryable, "")
	if _, ok := nilPolicy.DelayMs(1, nil); ok {
		t.Error("a nil policy gave a delay")
	}
}

func itoa(n int64) string {
	return strconv.FormatInt(n, 10)
}

func FuzzAdviseNeverPanics(f *testing.F) {
	f.Add(windowStatus, "7", "", `{"success":false,"error":{"code":"SYNTHETIC_LIMIT","message":"m"}}`, 1, 0.5)
	f.Add(flakyStatus, "Thu, 06 Nov 2031 08:49:37 GMT, 3", "1e999", "<html>", 2, -1.0)
	f.Add(deniedStatus, "", strings.Repeat("9", 400)+".5", `{"success":false,"error":{"code":"SYNTHETIC_TOKEN","message":"m"}}`, 0, 2.0)
	f.Fuzz(func(t *testing.T, status int, wait, reset, body string, attempt int, random float64) {
		d := syntheticPolicy().Advise(status, header(waitHeader, wait, resetHeader, reset), []byte(body), attempt, Options{Now: now, Random: func() float64 { return random }})
		switch d.Action {
		case ActionRetry:
			if d.Delay < 0 || d.Delay > time.Duration(maxWaitMillis+50)*time.Millisecond {
				t.Errorf("a delay outside the policy's bounds: %+v", d)
			}
		case ActionRefreshToken:
		case ActionFail:
			if d.Reason == "" || d.Detail == "" {
				t.Errorf("a failure without its reason: %+v", d)
			}
		default:
			t.Errorf("no action: %+v", d)
		}
	})
}

func TestAResponseIsAdvisedByItsStatusAndHeaders(t *testing.T) {
	p := syntheticPolicy()
	now := time.Date(2031, 1, 1, 0, 0, 0, 0, time.UTC)
	response := &http.Response{StatusCode: windowStatus, Header: http.Header{waitHeader: {"7"}}}
	options := pinned(0)
	options.Now = now
	if got, want := p.AdviseResponse(response, nil, 1, options), p.Advise(windowStatus, response.Header, nil, 1, options); got != want || got.Delay != 7*time.Second {
		t.Errorf("AdviseResponse gave %+v, Advise %+v", got, want)
	}
	expectFail(t, p.AdviseResponse(nil, nil, 1, pinned(0)), ReasonNotRetryable, "does not list status 0")
}
