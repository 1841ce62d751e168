package reconnect

import (
	"math"
	"strings"
	"testing"
	"time"

	"github.com/vpn-error-codes/vpn-error-codes/generated/go/codeinfo"
)

// A synthetic integer family and name family; nothing here is the catalog's.
var (
	widgets = codeinfo.NewTable(
		[]codeinfo.Info{
			{Family: "Widget", Name: "Fine", Value: "0"},
			{Family: "Widget", Name: "Jolt", Value: "7"},
			{Family: "Widget", Name: "Swapped", Value: "8"},
			{Family: "Widget", Name: "Offline", Value: "9"},
			{Family: "Widget", Name: "Hopeless", Value: "11"},
		},
		[]codeinfo.Key{
			{Text: "0", Index: 0, Kind: codeinfo.ByValue}, {Text: "Fine", Index: 0, Kind: codeinfo.ByName},
			{Text: "7", Index: 1, Kind: codeinfo.ByValue}, {Text: "Jolt", Index: 1, Kind: codeinfo.ByName},
			{Text: "Jolted", Index: 1, Kind: codeinfo.ByLegacyName}, {Text: "13", Index: 1, Kind: codeinfo.ByAlias},
			{Text: "8", Index: 2, Kind: codeinfo.ByValue}, {Text: "Swapped", Index: 2, Kind: codeinfo.ByName},
			{Text: "9", Index: 3, Kind: codeinfo.ByValue}, {Text: "Offline", Index: 3, Kind: codeinfo.ByName},
			{Text: "11", Index: 4, Kind: codeinfo.ByValue}, {Text: "Hopeless", Index: 4, Kind: codeinfo.ByName},
			{Text: "Hopeles", Index: 4, Kind: codeinfo.ByAlias},
		},
	)
	gadgets = codeinfo.NewTable(
		[]codeinfo.Info{{Family: "Gadget", Name: "G_OFFLINE", Value: "G_OFFLINE"}, {Family: "Gadget", Name: "G_JOLT", Value: "G_JOLT"}, {Family: "Gadget", Name: "42", Value: "42"}},
		[]codeinfo.Key{{Text: "G_OFFLINE", Index: 0, Kind: codeinfo.ByName}, {Text: "G_JOLT", Index: 1, Kind: codeinfo.ByName}, {Text: "42", Index: 2, Kind: codeinfo.ByName}},
	)
)

// Widget is an int type, as a family package's Code is.
type Widget int

func synthetic() *Policy {
	return &Policy{
		InitialDelayMs: 10,
		Multiplier:     3,
		MaxDelayMs:     50,
		JitterRatio:    0.5,
		Window:         60 * time.Second,
		MaxReconnects:  4,
		FlappingWithin: 5 * time.Second,
		FlappingTimes:  2,
		Families: map[string]Family{
			"Widget": {Find: widgets.Find, Classes: map[string]CodeClass{
				"0":  {Class: ClassNotAnError},
				"7":  {Class: ClassReconnect},
				"8":  {Class: ClassReconnectNow},
				"9":  {Class: ClassWaitForNetwork},
				"11": {Class: ClassStop, Reason: "the key is wrong"},
			}},
			"Gadget": {Find: gadgets.Find, Classes: map[string]CodeClass{
				"G_OFFLINE": {Class: ClassWaitForNetwork},
				"G_JOLT":    {Class: ClassReconnect},
			}},
		},
	}
}

var epoch = time.Date(2030, 1, 2, 3, 4, 5, 0, time.UTC)

func at(seconds float64) time.Time { return epoch.Add(time.Duration(seconds * float64(time.Second))) }

func pinned(r float64) Options {
	return Options{Now: epoch, Random: func() float64 { return r }}
}

// line is the advice as the shared vectors write it.
func line(a Advice) string {
	switch a.Action {
	case ActionReconnect:
		return "reconnect " + a.Delay.String() + " " + string(a.Basis)
	case ActionStop:
		return "stop " + string(a.Reason)
	}
	return string(a.Action)
}

func TestClassesAndKeys(t *testing.T) {
	p := synthetic()
	for _, c := range []struct {
		family string
		code   any
		want   string
	}{
		{"Widget", 0, "stop not-an-error"},
		{"Widget", "Fine", "stop not-an-error"},
		{"Widget", 11, "stop not-reconnectable"},
		{"Widget", "Hopeles", "stop not-reconnectable"},
		{"Widget", 9, "wait-for-network"},
		{"Widget", "Offline", "wait-for-network"},
		{"Gadget", "G_OFFLINE", "wait-for-network"},
		{"Widget", 8, "reconnect 0s immediate"},
		{"Widget", 7, "reconnect 10ms backoff"},
		{"Widget", "7", "reconnect 10ms backoff"},
		{"Widget", "Jolted", "reconnect 10ms backoff"},
		{"Widget", Widget(7), "reconnect 10ms backoff"},
		{"Widget", int64(7), "reconnect 10ms backoff"},
		{"Widget", uint8(7), "reconnect 10ms backoff"},
		{"Widget", 7.0, "reconnect 10ms backoff"},
		{"Widget", math.Copysign(0, -1), "stop not-an-error"},
		{"Widget", int8(-0), "stop not-an-error"},
		{"Gadget", "G_JOLT", "reconnect 10ms backoff"},
		// Unknown families and keys, and keys of the wrong kind.
		{"Widget", 12, "stop unknown-code"},
		{"Widget", 7.5, "stop unknown-code"},
		{"Widget", math.NaN(), "stop unknown-code"},
		{"Widget", math.Inf(1), "stop unknown-code"},
		{"Widget", 1e300, "stop unknown-code"},
		{"Widget", "jolt", "stop unknown-code"},
		{"Widget", " 7", "stop unknown-code"},
		{"Widget", "", "stop unknown-code"},
		{"Widget", nil, "stop unknown-code"},
		{"Widget", []int{7}, "stop unknown-code"},
		{"Widget", &struct{}{}, "stop unknown-code"},
		{"Gadget", 7, "stop unknown-code"},
		// A number names a code by its value only, never by a name that reads as one.
		{"Gadget", 42, "stop unknown-code"},
		{"Widget", 13, "stop unknown-code"},
		{"Widget", "13", "reconnect 10ms backoff"},
		{"Sprocket", 7, "stop unknown-code"},
		{"", "Jolt", "stop unknown-code"},
		{"widget", 7, "stop unknown-code"},
	} {
		if got := line(p.Advise(c.family, c.code, History{}, pinned(0))); got != c.want {
			t.Errorf("Advise(%q, %#v) = %s, want %s", c.family, c.code, got, c.want)
		}
	}
}

func TestStopsSayWhy(t *testing.T) {
	p := synthetic()
	if a := p.Advise("Widget", "Hopeless", History{}, pinned(0)); a.Detail != "Widget.Hopeless: the key is wrong" {
		t.Errorf("detail %q", a.Detail)
	}
	if a := p.Advise("Widget", 0, History{}, pinned(0)); a.Detail != "Widget.Fine is a success code" {
		t.Errorf("detail %q", a.Detail)
	}
	if a := p.Advise("Sprocket", "x\"y", History{}, pinned(0)); a.Detail != `"Sprocket" has no code "x\"y"` {
		t.Errorf("detail %q", a.Detail)
	}
	var none *Policy
	if a := none.Advise("Widget", 7, History{}, pinned(0)); a.Reason != ReasonNotReconnectable {
		t.Errorf("a nil policy: %+v", a)
	}
	if a := (&Policy{}).Advise("Widget", 7, History{}, pinned(0)); a.Reason != ReasonUnknownCode {
		t.Errorf("the zero policy: %+v", a)
	}
	p.Families["Widget"].Classes["7"] = CodeClass{Class: "someday"}
	if a := p.Advise("Widget", 7, History{}, pinned(0)); a.Reason != ReasonNotReconnectable {
		t.Errorf("a class the runtime does not know: %+v", a)
	}
}

func TestBackoffGrowsWithTheWindowsReconnects(t *testing.T) {
	p := synthetic()
	for _, c := range []struct {
		reconnects []time.Time
		random     float64
		want       string
	}{
		{nil, 0, "reconnect 10ms backoff"},
		// 10·(1 − 0.5·0.25) = 8.75 → 9; the source's 1 halves it.
		{nil, 0.25, "reconnect 9ms backoff"},
		{nil, 1, "reconnect 5ms backoff"},
		// 10·(1 − 0.5·0.9) = 5.5: a half goes up.
		{nil, 0.9, "reconnect 6ms backoff"},
		// Garbage reads as 0; above 1 as 1.
		{nil, -1, "reconnect 10ms backoff"},
		{nil, math.NaN(), "reconnect 10ms backoff"},
		{nil, 7, "reconnect 5ms backoff"},
		{[]time.Time{at(-1)}, 0, "reconnect 30ms backoff"},
		// 90, capped at 50.
		{[]time.Time{at(-1), at(-2)}, 0, "reconnect 50ms backoff"},
		// Outside the window (at its start, not in it), after now, or the zero time: not counted.
		{[]time.Time{at(-60), at(-61), at(1), {}}, 0, "reconnect 10ms backoff"},
		{[]time.Time{at(-59.999), at(0)}, 0, "reconnect 50ms backoff"},
		{[]time.Time{at(-1), at(-2), at(-3), at(-4)}, 0, "stop window-exhausted"},
		{[]time.Time{at(-1), at(-2), at(-3), at(-70)}, 0, "reconnect 50ms backoff"},
	} {
		if got := line(p.Advise("Widget", 7, History{Reconnects: c.reconnects}, pinned(c.random))); got != c.want {
			t.Errorf("reconnects %v, random %v: %s, want %s", c.reconnects, c.random, got, c.want)
		}
	}
	panicking := Options{Now: epoch, Random: func() float64 { panic("no entropy") }}
	if got := line(p.Advise("Widget", 7, History{}, panicking)); got != "reconnect 10ms backoff" {
		t.Errorf("a panicking source: %s", got)
	}
	if a := p.Advise("Widget", 7, History{}, Options{}); a.Action != ActionReconnect || a.Delay < 5*time.Millisecond || a.Delay > 10*time.Millisecond {
		t.Errorf("the current time and math/rand: %+v", a)
	}
}

func TestTheWindowComesBeforeEveryClassThatReconnects(t *testing.T) {
	p := synthetic()
	full := History{Reconnects: []time.Time{at(-1), at(-2), at(-3), at(-4)}}
	for _, code := range []any{7, 8, 9} {
		a := p.Advise("Widget", code, full, pinned(0))
		if a.Reason != ReasonWindowExhausted || !strings.Contains(a.Detail, "4 reconnects in the last 60 s") {
			t.Errorf("code %v: %+v", code, a)
		}
	}
}

func TestReconnectNowOnlyOnceWithinTheFlappingInterval(t *testing.T) {
	p := synthetic()
	for _, c := range []struct {
		reconnects []time.Time
		want       string
	}{
		{nil, "reconnect 0s immediate"},
		{[]time.Time{at(-5)}, "reconnect 0s immediate"},
		{[]time.Time{at(-4.999)}, "reconnect 30ms backoff"},
		{[]time.Time{at(0)}, "reconnect 30ms backoff"},
		{[]time.Time{at(0.001)}, "reconnect 0s immediate"},
	} {
		if got := line(p.Advise("Widget", 8, History{Reconnects: c.reconnects}, pinned(0))); got != c.want {
			t.Errorf("reconnects %v: %s, want %s", c.reconnects, got, c.want)
		}
	}
}

func TestFlapping(t *testing.T) {
	p := synthetic()
	jolt := func(s float64) Error { return Error{At: at(s), Family: "Widget", Code: "Jolt"} }
	for _, c := range []struct {
		name    string
		history History
		code    any
		want    string
	}{
		{"the error now follows the last up, an earlier one the up before",
			History{Connected: []time.Time{at(-20), at(-3)}, Errors: []Error{jolt(-18)}}, 7, "stop flapping"},
		{"by another key of the same code",
			History{Connected: []time.Time{at(-20), at(-3)}, Errors: []Error{{At: at(-18), Family: "Widget", Code: 7.0}}}, "Jolted", "stop flapping"},
		{"only one up", History{Connected: []time.Time{at(-3)}, Errors: []Error{jolt(-18)}}, 7, "reconnect 10ms backoff"},
		{"an up not followed within the interval",
			History{Connected: []time.Time{at(-20), at(-3)}, Errors: []Error{jolt(-14)}}, 7, "reconnect 10ms backoff"},
		{"an error at the up itself is not after it",
			History{Connected: []time.Time{at(-20), at(-3)}, Errors: []Error{jolt(-20)}}, 7, "reconnect 10ms backoff"},
		{"within, at its end",
			History{Connected: []time.Time{at(-20), at(-3)}, Errors: []Error{jolt(-15)}}, 7, "stop flapping"},
		{"the now is too late after the last up",
			History{Connected: []time.Time{at(-20), at(-6)}, Errors: []Error{jolt(-18), jolt(-100)}}, 7, "reconnect 10ms backoff"},
		{"only the last ups count",
			History{Connected: []time.Time{at(-40), at(-20), at(-3)}, Errors: []Error{jolt(-18)}}, 7, "stop flapping"},
		{"another code does not count",
			History{Connected: []time.Time{at(-20), at(-3)}, Errors: []Error{{At: at(-18), Family: "Widget", Code: 8}}}, 7, "reconnect 10ms backoff"},
		{"another family with the same text does not count",
			History{Connected: []time.Time{at(-20), at(-3)}, Errors: []Error{{At: at(-18), Family: "Gadget", Code: "7"}}}, 7, "reconnect 10ms backoff"},
		{"garbage errors are ignored",
			History{Connected: []time.Time{at(-20), at(-3)}, Errors: []Error{{}, {At: at(-18)}, {At: at(-18), Family: "Widget", Code: []byte("7")}}}, 7, "reconnect 10ms backoff"},
		{"an error after now is ignored",
			History{Connected: []time.Time{at(-20), at(-3)}, Errors: []Error{jolt(1)}}, 7, "reconnect 10ms backoff"},
		{"ups after now are ignored",
			History{Connected: []time.Time{at(-20), at(-3), at(2)}, Errors: []Error{jolt(-18)}}, 7, "stop flapping"},
		{"in any order",
			History{Connected: []time.Time{at(-3), at(-20)}, Errors: []Error{jolt(-18)}}, 7, "stop flapping"},
		{"before waiting for the network",
			History{Connected: []time.Time{at(-20), at(-3)}, Errors: []Error{{At: at(-18), Family: "Widget", Code: 9}}}, 9, "stop flapping"},
		{"before reconnecting at once",
			History{Connected: []time.Time{at(-20), at(-3)}, Errors: []Error{{At: at(-18), Family: "Widget", Code: 8}}}, 8, "stop flapping"},
	} {
		if got := line(p.Advise("Widget", c.code, c.history, pinned(0))); got != c.want {
			t.Errorf("%s: %s, want %s", c.name, got, c.want)
		}
	}
	a := p.Advise("Widget", 7, History{Connected: []time.Time{at(-20), at(-3)}, Errors: []Error{jolt(-18)}}, pinned(0))
	if a.Detail != "Widget.Jolt came back within 5 s of each of the last 2 times the tunnel came up: a new tunnel does not clear it; ask the user" {
		t.Errorf("detail %q", a.Detail)
	}
}

func TestHostilePoliciesStillGiveADuration(t *testing.T) {
	for name, change := range map[string]func(*Policy){
		"NaN":             func(p *Policy) { p.InitialDelayMs = math.NaN() },
		"huge":            func(p *Policy) { p.InitialDelayMs, p.MaxDelayMs = 1e300, math.Inf(1) },
		"negative":        func(p *Policy) { p.InitialDelayMs = -5 },
		"a jitter over 1": func(p *Policy) { p.JitterRatio = 3 },
	} {
		p := synthetic()
		change(p)
		a := p.Advise("Widget", 7, History{}, pinned(1))
		if a.Action != ActionReconnect || a.Delay < 0 {
			t.Errorf("%s: %+v", name, a)
		}
	}
	p := synthetic()
	p.FlappingTimes = -1
	if a := p.Advise("Widget", 7, History{Connected: []time.Time{at(-1)}}, pinned(0)); a.Action != ActionReconnect {
		t.Errorf("a negative flapping count: %+v", a)
	}
	p.Families["Widget"] = Family{Classes: p.Families["Widget"].Classes}
	if a := p.Advise("Widget", 7, History{}, pinned(0)); a.Reason != ReasonUnknownCode {
		t.Errorf("a family without Find: %+v", a)
	}
}
