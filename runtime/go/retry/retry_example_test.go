package retry_test

import (
	"fmt"
	"time"

	"github.com/vpn-error-codes/vpn-error-codes/generated/go/retry"
)

// A wait may be given as an HTTP-date in any of RFC 9110's three forms; anything else is no date.
func ExampleParseHTTPDate() {
	now := time.Date(1994, time.November, 6, 8, 0, 0, 0, time.UTC)
	for _, value := range []string{
		"Sun, 06 Nov 1994 08:49:37 GMT",
		"Sunday, 06-Nov-94 08:49:37 GMT",
		"Sun Nov  6 08:49:37 1994",
		"garbage 2030",
	} {
		at, ok := retry.ParseHTTPDate(value, now)
		fmt.Println(at.Format(time.RFC3339), ok)
	}
	// Output:
	// 1994-11-06T08:49:37Z true
	// 1994-11-06T08:49:37Z true
	// 1994-11-06T08:49:37Z true
	// 0001-01-01T00:00:00Z false
}

// The backoff before each retry: exponential, plus a jitter from the random source (here always its
// midpoint), capped, and none past the last retry.
func ExamplePolicy_DelayMs() {
	policy := &retry.Policy{InitialDelayMs: 1000, Multiplier: 2, JitterMaxMs: 500, MaxRetries: 3, MaxDelayMs: 3000}
	midpoint := func() float64 { return 0.5 }
	for attempt := 1; attempt <= 4; attempt++ {
		ms, ok := policy.DelayMs(attempt, midpoint)
		fmt.Println(attempt, ms, ok)
	}
	// Output:
	// 1 1250 true
	// 2 2250 true
	// 3 3000 true
	// 4 0 false
}
