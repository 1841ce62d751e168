// Package retry answers "should I retry, and when?" for a failed API response: retry after a delay,
// refresh the token, or fail with a reason. Every answer follows a Policy, which is a value: the
// published package renders the catalog's as DefaultPolicy, and its Advise and DelayMs use that one.
//
// Nothing a server sends makes it panic: a body that is not the envelope, a malformed header or a
// broken random source each read as "nothing usable", and the decision falls back to the status's rule
// (runtime/SPEC.md §11).
package retry

import (
	"fmt"
	"math"
	"math/rand"
	"net/http"
	"time"

	"github.com/vpn-error-codes/vpn-error-codes/generated/go/api"
	"github.com/vpn-error-codes/vpn-error-codes/generated/go/internal/jitter"
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

const (
	BasisBackoff        Basis = "backoff"
	BasisRetryAfter     Basis = "retry-after"
	BasisRateLimitReset Basis = "rate-limit-reset"
)

// Reason says why a decision is to fail.
type Reason string

const (
	ReasonNotAnError          Reason = "not-an-error"
	ReasonNotRetryable        Reason = "not-retryable"
	ReasonAttemptsExhausted   Reason = "attempts-exhausted"
	ReasonRefreshAlreadyTried Reason = "refresh-already-tried"
	ReasonWaitTooLong         Reason = "wait-too-long"
	ReasonInvalidAttempt      Reason = "invalid-attempt"
)

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
	// TokenRefreshed is true once the token has been refreshed for this request: a second answer
	// that asks for a refresh then fails.
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

// Advise says what to do about the response to the attempt-th send of a request (1-based): its
// status, headers and body (nil: none). A code's own advice wins over its status's rule; a known code
// under another status gets the more cautious of the two when the policy says so. On a status whose
// strategy is to wait for the rate-limit window, the policy's headers set the wait, up to MaxWaitMs.
// A nil policy is the zero Policy.
func (p *Policy) Advise(status int, header http.Header, body []byte, attempt int, options Options) Decision {
	if p == nil {
		p = &Policy{}
	}
	// The attempt first, so that no path (a refresh, a success) lets a nonsense attempt through (§6).
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

	// Only the envelope's core counts, so that details of the wrong shape do not hide the code (§8).
	code, isFailure := api.ErrorCodeOf(body)
	known, isKnown := p.Codes[code]
	isKnown = isKnown && isFailure
	strategy, listed := p.Statuses[status]
	var subject, reason string
	switch {
	case isKnown && known.HTTPStatus == status:
		strategy, listed, subject, reason = known.Strategy, true, fmt.Sprintf("%s (%d)", code, status), known.Reason
	case isKnown:
		// The server contradicts itself (a code that fails under a status that retries).
		subject = fmt.Sprintf("%s (%d, documented %s)", code, status, documented(known.HTTPStatus))
		if p.MostCautious && p.FailingStrategies[known.Strategy] {
			if reason = known.Reason; reason == "" {
				reason = "the code is not retryable"
			}
			strategy, listed, reason = known.Strategy, true, reason+" (code and status disagree; the more cautious wins)"
		}
	case isFailure:
		subject = fmt.Sprintf("unknown code %s (%d)", code, status)
	default:
		subject = fmt.Sprintf("status %d", status)
	}

	if !listed {
		return fail(ReasonNotRetryable, fmt.Sprintf("%s: the retry policy does not list status %d", subject, status))
	}
	if p.FailingStrategies[strategy] {
		if reason == "" {
			reason = "the policy says it will not resolve with retries"
		}
		return fail(ReasonNotRetryable, subject+": "+reason)
	}
	if strategy == StrategyRefreshCredentials {
		if options.TokenRefreshed {
			return fail(ReasonRefreshAlreadyTried, subject+" again after a token refresh: re-authenticate")
		}
		return Decision{Action: ActionRefreshToken}
	}

	backoff, ok := p.DelayMs(attempt, random)
	if !ok {
		return fail(ReasonAttemptsExhausted, fmt.Sprintf("%s: %d retries already made", subject, p.MaxRetries))
	}
	if strategy == StrategyWaitForWindow {
		if w, ok := p.rateLimitWait(header, float64(now.UnixMilli())); ok {
			if w.ms > p.MaxWaitMs {
				return fail(ReasonWaitTooLong, fmt.Sprintf("%s: the server asks for %.0f s, over the %g s a client waits", subject, math.Ceil(w.ms/1000), p.MaxWaitMs/1000))
			}
			return retryAfter(math.Ceil(w.ms+jitter.Unit(random)*p.JitterMaxMs), w.basis)
		}
	}
	// Any other strategy that does not fail backs off (§7).
	return retryAfter(float64(backoff), BasisBackoff)
}

func documented(status int) string {
	if status == 0 {
		return "without a status"
	}
	return fmt.Sprint(status)
}

// AdviseResponse is Advise for a net/http response: its StatusCode and Header, with body as read from
// its Body (nil: none). A nil response has no status, so the decision fails.
func (p *Policy) AdviseResponse(response *http.Response, body []byte, attempt int, options Options) Decision {
	if response == nil {
		return p.Advise(0, nil, body, attempt, options)
	}
	return p.Advise(response.StatusCode, response.Header, body, attempt, options)
}
