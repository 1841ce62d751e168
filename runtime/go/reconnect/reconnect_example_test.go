package reconnect_test

import (
	"fmt"
	"time"

	"github.com/vpn-error-codes/vpn-error-codes/generated/go/codeinfo"
	"github.com/vpn-error-codes/vpn-error-codes/generated/go/reconnect"
)

// The backoff grows with the reconnects of the window, then the window is used up; and an error that
// follows each of the last times the tunnel came up stops the reconnects. A made-up family and policy:
// DefaultPolicy holds the catalog's.
func ExamplePolicy_Advise() {
	codes := codeinfo.NewTable(
		[]codeinfo.Info{{Family: "Demo", Name: "Dropped", Value: "1"}},
		[]codeinfo.Key{{Text: "1", Index: 0, Kind: codeinfo.ByValue}, {Text: "Dropped", Index: 0, Kind: codeinfo.ByName}},
	)
	policy := &reconnect.Policy{
		InitialDelayMs: 1000, Multiplier: 2, MaxDelayMs: 8000, JitterRatio: 0.5,
		Window: time.Minute, MaxReconnects: 3,
		FlappingWithin: 10 * time.Second, FlappingTimes: 2,
		Families: map[string]reconnect.Family{
			"Demo": {Find: codes.Find, Classes: map[string]reconnect.CodeClass{"1": {Class: reconnect.ClassReconnect}}},
		},
	}
	now := time.Date(2030, time.January, 1, 12, 0, 0, 0, time.UTC)
	options := reconnect.Options{Now: now, Random: func() float64 { return 0.5 }}
	var history reconnect.History
	for i := 0; i < 4; i++ {
		advice := policy.Advise("Demo", "Dropped", history, options)
		switch advice.Action {
		case reconnect.ActionReconnect:
			fmt.Println("reconnect in", advice.Delay, advice.Basis) // time.Sleep(advice.Delay), then reconnect
		case reconnect.ActionStop:
			fmt.Println("stop:", advice.Reason)
		default:
			fmt.Println(advice.Action)
		}
		history.Reconnects = append(history.Reconnects, now.Add(-time.Duration(i+1)*time.Second))
	}
	flapping := reconnect.History{
		Connected: []time.Time{now.Add(-30 * time.Second), now.Add(-2 * time.Second)},
		Errors:    []reconnect.Error{{At: now.Add(-25 * time.Second), Family: "Demo", Code: 1}},
	}
	fmt.Println(policy.Advise("Demo", 1, flapping, options).Detail)
	// Output:
	// reconnect in 750ms backoff
	// reconnect in 1.5s backoff
	// reconnect in 3s backoff
	// stop: window-exhausted
	// Demo.Dropped came back within 10 s of each of the last 2 times the tunnel came up: a new tunnel does not clear it; ask the user
}
