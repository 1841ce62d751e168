package retry

import (
	"math"
	"testing"
)

func TestDelayMsIsTheScheduleWithinItsBounds(t *testing.T) {
	p := syntheticPolicy()
	for _, c := range []struct {
		attempt int
		random  float64
		want    int
		ok      bool
	}{
		{1, 0, 110, true},
		{1, 1, 150, true},
		{2, 0.25, 320, true},
		// 900 + 10 + 40·0.9 = 946, capped at 920.
		{3, 0.9, 920, true},
		{0, 0.5, 0, false},
		{4, 0.5, 0, false},
		{math.MaxInt, 0.5, 0, false},
	} {
		got, ok := p.DelayMs(c.attempt, func() float64 { return c.random })
		if got != c.want || ok != c.ok {
			t.Errorf("DelayMs(%d, %v) = %d, %v; want %d, %v", c.attempt, c.random, got, ok, c.want, c.ok)
		}
	}
	// A nil random source is math/rand's.
	if got, ok := p.DelayMs(1, nil); !ok || got < 110 || got > 150 {
		t.Errorf("DelayMs(1, nil) = %d, %v", got, ok)
	}
}

func TestAJitterOfHalfAMillisecondRoundsUp(t *testing.T) {
	p := &Policy{InitialDelayMs: 100, Multiplier: 1, JitterMinMs: 0.5, JitterMaxMs: 0.5, MaxRetries: 1, MaxDelayMs: 1000}
	if got, _ := p.DelayMs(1, nil); got != 101 {
		t.Errorf("DelayMs = %d, want 101", got)
	}
}
