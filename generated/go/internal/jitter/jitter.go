// Copied from runtime/go/internal/jitter/jitter.go by npm run build: edit that file, not this copy.

// Package jitter holds the two rules of runtime/SPEC.md §2 that both decisions (retry and reconnect)
// apply: how a random source's number is read, and how a delay is rounded.
package jitter

import "math"

// Unit is the random source's number clamped to [0, 1]; a panic, zero, a negative number or NaN reads
// as 0 (runtime/SPEC.md §2, §11).
func Unit(random func() float64) (x float64) {
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

// RoundHalfUp rounds to the nearest whole number, a half towards +∞, not to even (runtime/SPEC.md §2).
// Subtracting the floor is exact in binary64, where floor(x + 0.5) is not.
func RoundHalfUp(x float64) float64 {
	f := math.Floor(x)
	if x-f >= 0.5 {
		return f + 1
	}
	return f
}
