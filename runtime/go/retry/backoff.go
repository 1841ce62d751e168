package retry

import (
	"math"
	"math/rand"

	"github.com/vpn-error-codes/vpn-error-codes/generated/go/internal/jitter"
)

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
	spread := p.JitterMinMs + jitter.Unit(random)*(p.JitterMaxMs-p.JitterMinMs)
	return int(math.Min(jitter.RoundHalfUp(base+spread), p.MaxDelayMs)), true
}
