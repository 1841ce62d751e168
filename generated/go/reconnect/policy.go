// Copied from runtime/go/reconnect/policy.go by npm run build: edit that file, not this copy.

// Package reconnect decides what a VPN client does after its SDK reports an error (runtime/SPEC.md
// §12): reconnect the tunnel now or after a backoff, wait for the network, or stop and tell the user.
// The decision is pure: the history, the clock and the random source are the caller's, and the policy
// is a value (DefaultPolicy holds the catalog's).
package reconnect

import (
	"time"

	"github.com/vpn-error-codes/vpn-error-codes/generated/go/codeinfo"
)

// Class is what the decision does with a code. New classes may be added: switch with a default.
type Class string

const (
	// ClassReconnect: reconnect after the policy's backoff.
	ClassReconnect Class = "reconnect"
	// ClassReconnectNow: reconnect at once, unless a reconnect started within the flapping interval.
	ClassReconnectNow Class = "reconnect-now"
	// ClassWaitForNetwork: the device has no network; reconnect once it is back.
	ClassWaitForNetwork Class = "wait-for-network"
	// ClassStop: a new tunnel would fail the same way.
	ClassStop Class = "stop"
	// ClassNotAnError: a success code.
	ClassNotAnError Class = "not-an-error"
)

// CodeClass is one code's class and, for a stop, why a new tunnel would not help.
type CodeClass struct {
	Class  Class
	Reason string
}

// Family is what the decision knows of one SDK family: how to find a code by any key (a family
// package's Find) and each code's class by its wire value ("1234", "EXAMPLE_EXPIRED").
type Family struct {
	Find    func(key string) (codeinfo.Match, bool)
	Classes map[string]CodeClass
}

// Policy is everything the reconnect decision reads. Backoff numbers are float64 milliseconds, as the
// arithmetic of runtime/SPEC.md §2 is binary64. The zero Policy knows no family, so that every
// decision under it stops with ReasonUnknownCode.
type Policy struct {
	// The backoff before a reconnect, with n the reconnects started within Window:
	// min(InitialDelayMs·Multiplier^n, MaxDelayMs), less up to JitterRatio of it at random.
	InitialDelayMs float64
	Multiplier     float64
	MaxDelayMs     float64
	JitterRatio    float64

	// At most MaxReconnects reconnects start within any Window; then the user is asked.
	Window        time.Duration
	MaxReconnects int

	// The same error within FlappingWithin after each of the last FlappingTimes times the tunnel came
	// up means a new tunnel does not clear it. A FlappingTimes of 0 or less never stops for flapping.
	FlappingWithin time.Duration
	FlappingTimes  int

	// The SDK families, by the catalog's name ("OperationalError").
	Families map[string]Family
}
