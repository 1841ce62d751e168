package jitter

import (
	"math"
	"testing"
)

func TestHalvesRoundUp(t *testing.T) {
	for in, want := range map[float64]float64{0.5: 1, 1.5: 2, 2.5: 3, 2.4999: 2, -2.5: -2, -2.6: -3, 7: 7, 0.49999999999999994: 0} {
		if got := RoundHalfUp(in); got != want {
			t.Errorf("RoundHalfUp(%v) = %v, want %v", in, got, want)
		}
	}
}

func TestUnitReadsGarbageAsZero(t *testing.T) {
	for _, c := range []struct {
		name   string
		random func() float64
		want   float64
	}{
		{"a number in (0, 1]", func() float64 { return 0.25 }, 0.25},
		{"one", func() float64 { return 1 }, 1},
		{"above one", func() float64 { return 7 }, 1},
		{"+Inf", func() float64 { return math.Inf(1) }, 1},
		{"zero", func() float64 { return 0 }, 0},
		{"negative", func() float64 { return -0.5 }, 0},
		{"NaN", math.NaN, 0},
		{"a panic", func() float64 { panic("broken source") }, 0},
	} {
		if got := Unit(c.random); got != c.want {
			t.Errorf("%s: Unit = %v, want %v", c.name, got, c.want)
		}
	}
}
