package retry

import (
	"math"
	"math/rand"
)

// unit is the random source's number clamped to [0, 1]; a panic or a non-number reads as 0 (runtime/SPEC.md §11).
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

// roundHalfUp rounds to the nearest whole number, a half towards +∞, not to even (runtime/SPEC.md §2).
func roundHalfUp(x float64) float64 {
	f := math.Floor(x)
	if x-f >= 0.5 {
		return f + 1
	}
	return f
}

// DelayMs is the backoff in milliseconds before retry attempt (1-based), jitter from random included
// (nil: math/rand); false for an attempt the policy does not retry (runtime/SPEC.md §6). A nil policy is
// the zero Policy, which retries nothing.
func (p *Policy) DelayMs(attempt int, random func() float64) (int, bool) {
	if p == nil || attempt < 1 || attempt > p.MaxRetries {
		return 0, false
	}
	if random == nil {
		random = rand.Float64
	}
	base := p.InitialDelayMs * math.Pow(p.Multiplier, float64(attempt-1))
	jitter := p.JitterMinMs + unit(random)*(p.JitterMaxMs-p.JitterMinMs)
	return int(math.Min(roundHalfUp(base+jitter), p.MaxDelayMs)), true
}
