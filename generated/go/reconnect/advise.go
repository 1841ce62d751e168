// Copied from runtime/go/reconnect/advise.go by npm run build: edit that file, not this copy.

package reconnect

import (
	"fmt"
	"math"
	"math/rand"
	"reflect"
	"sort"
	"strconv"
	"time"

	"github.com/vpn-error-codes/vpn-error-codes/generated/go/codeinfo"
	"github.com/vpn-error-codes/vpn-error-codes/generated/go/internal/jitter"
)

// Action is what to do. New actions may be added: switch with a default.
type Action string

const (
	// ActionReconnect: reconnect the tunnel after Advice.Delay.
	ActionReconnect Action = "reconnect"
	// ActionWaitForNetwork: the device has no network; reconnect once it is back.
	ActionWaitForNetwork Action = "wait-for-network"
	// ActionStop: do not reconnect; Advice.Reason says why and Advice.Detail tells the user.
	ActionStop Action = "stop"
)

// Basis says where a reconnect's delay comes from.
type Basis string

const (
	// BasisImmediate: at once, as the source says for the code.
	BasisImmediate Basis = "immediate"
	// BasisBackoff: the policy's backoff.
	BasisBackoff Basis = "backoff"
)

// StopReason says why the advice is to stop. New reasons may be added: switch with a default.
type StopReason string

const (
	// ReasonNotReconnectable: a new tunnel would fail the same way (the code's advice is no retry).
	ReasonNotReconnectable StopReason = "not-reconnectable"
	// ReasonFlapping: the same error came back soon after each of the last times the tunnel came up.
	ReasonFlapping StopReason = "flapping"
	// ReasonWindowExhausted: the window's reconnects are used up.
	ReasonWindowExhausted StopReason = "window-exhausted"
	// ReasonUnknownCode: the family does not know the code, or the family is not an SDK family.
	ReasonUnknownCode StopReason = "unknown-code"
	// ReasonNotAnError: a success code.
	ReasonNotAnError StopReason = "not-an-error"
)

// Advice is the decision. Delay and Basis are set for ActionReconnect, Reason and Detail for ActionStop.
type Advice struct {
	Action Action
	Delay  time.Duration
	Basis  Basis
	Reason StopReason
	Detail string
}

// Error is an error the SDK reported earlier: when, its family and its code, as Advise takes them.
type Error struct {
	At     time.Time
	Family string
	Code   any
}

// History is what happened before; order does not matter, and times after now are ignored.
type History struct {
	// When each reconnect started: the window's cap and the backoff count these.
	Reconnects []time.Time
	// When the tunnel came up: flapping counts an error that follows one of these, not a reconnect
	// that failed.
	Connected []time.Time
	Errors    []Error
}

// Options are the clock and the random source, which tests pin.
type Options struct {
	// Now is the current time; the zero value means time.Now().
	Now time.Time
	// Random returns a number in [0, 1) for the jitter; nil means math/rand. A panic reads as 0.
	Random func() float64
}

func stop(reason StopReason, detail string) Advice {
	return Advice{Action: ActionStop, Reason: reason, Detail: detail}
}

// known is a code Advise found: its family, wire value and identifier.
type known struct {
	family, value, name string
}

// key is the text a family's Find takes for a code given as any Go value: a string as it is, an
// integer of any type (a family package's Code included) as its decimal digits, a float64 (as JSON
// decodes) when it is whole. number says the key was a number, which names a code by its value only.
// ok is false for anything else.
func key(code any) (text string, number, ok bool) {
	if code == nil {
		return "", false, false
	}
	v := reflect.ValueOf(code)
	switch v.Kind() {
	case reflect.String:
		return v.String(), false, true
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(v.Int(), 10), true, true
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return strconv.FormatUint(v.Uint(), 10), true, true
	case reflect.Float32, reflect.Float64:
		f := v.Float()
		if f != math.Trunc(f) || math.Abs(f) > 1<<53 {
			return "", false, false
		}
		// +0 adds nothing but turns −0 into 0, the value JavaScript's lookups also find.
		return strconv.FormatFloat(f+0, 'f', -1, 64), true, true
	}
	return "", false, false
}

func (p *Policy) find(family string, code any) (known, bool) {
	f, ok := p.Families[family]
	if !ok || f.Find == nil {
		return known{}, false
	}
	k, number, ok := key(code)
	if !ok {
		return known{}, false
	}
	m, ok := f.Find(k)
	// A number is a value: in a name family, whose keys are names, it finds nothing.
	if !ok || number && m.By != codeinfo.ByValue {
		return known{}, false
	}
	return known{family, m.Value, m.Name}, true
}

// before is the times at or before now, the zero time left out, sorted.
func before(list []time.Time, now time.Time) []time.Time {
	out := make([]time.Time, 0, len(list))
	for _, t := range list {
		if !t.IsZero() && !t.After(now) {
			out = append(out, t)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Before(out[j]) })
	return out
}

func describeCode(code any) string {
	if s, ok := code.(string); ok {
		return strconv.Quote(s)
	}
	return fmt.Sprintf("%v", code)
}

// seconds is a duration in seconds as JavaScript prints a number: "600", "2.5".
func seconds(d time.Duration) string {
	return strconv.FormatFloat(d.Seconds(), 'f', -1, 64)
}

// maxDelayMs is the longest delay a time.Duration holds, in milliseconds.
const maxDelayMs = float64(math.MaxInt64 / int64(time.Millisecond))

// Advise says what to do about the SDK error code of family ("OperationalError"), given the history.
// code is any key the family's lookups take: the value (an int, the family package's Code, a
// float64 from JSON), its digits, the identifier, an alias or an older wire name. A nil policy stops
// with ReasonNotReconnectable; garbage stops with ReasonUnknownCode; it never panics.
func (p *Policy) Advise(family string, code any, history History, options Options) Advice {
	if p == nil {
		return stop(ReasonNotReconnectable, "the catalog has no reconnect policy")
	}
	c, ok := p.find(family, code)
	if !ok {
		return stop(ReasonUnknownCode, fmt.Sprintf("%q has no code %s", family, describeCode(code)))
	}
	class := p.Families[family].Classes[c.value]
	subject := c.family + "." + c.name
	switch class.Class {
	case ClassNotAnError:
		return stop(ReasonNotAnError, subject+" is a success code")
	case ClassStop:
		reason := class.Reason
		if reason == "" {
			reason = "a new tunnel would fail the same way"
		}
		return stop(ReasonNotReconnectable, subject+": "+reason)
	case ClassReconnect, ClassReconnectNow, ClassWaitForNetwork:
	default:
		// A code the policy gives no class: nothing says a new tunnel would help.
		return stop(ReasonNotReconnectable, subject+": the policy gives the code no reconnect class")
	}

	now := options.Now
	if now.IsZero() {
		now = time.Now()
	}
	reconnects := before(history.Reconnects, now)
	connected := before(history.Connected, now)
	var same []time.Time
	for _, e := range history.Errors {
		if e.Family != c.family {
			continue
		}
		if other, ok := p.find(e.Family, e.Code); ok && other.value == c.value {
			same = append(same, e.At)
		}
	}
	errs := append(before(same, now), now)

	var recent int
	for _, t := range reconnects {
		if t.After(now.Add(-p.Window)) {
			recent++
		}
	}
	if recent >= p.MaxReconnects {
		return stop(ReasonWindowExhausted, fmt.Sprintf("%s: %d reconnects in the last %s s, the most the policy allows; ask the user", subject, recent, seconds(p.Window)))
	}
	// A reconnect that never connected (the gateway is down) is the backoff's business, not flapping.
	if p.FlappingTimes > 0 && len(connected) >= p.FlappingTimes && everyFollowed(connected[len(connected)-p.FlappingTimes:], errs, p.FlappingWithin) {
		return stop(ReasonFlapping, fmt.Sprintf("%s came back within %s s of each of the last %d times the tunnel came up: a new tunnel does not clear it; ask the user", subject, seconds(p.FlappingWithin), p.FlappingTimes))
	}
	if class.Class == ClassWaitForNetwork {
		return Advice{Action: ActionWaitForNetwork}
	}
	if class.Class == ClassReconnectNow && !anyAfter(reconnects, now.Add(-p.FlappingWithin)) {
		return Advice{Action: ActionReconnect, Basis: BasisImmediate}
	}
	random := options.Random
	if random == nil {
		random = rand.Float64
	}
	base := math.Min(p.InitialDelayMs*math.Pow(p.Multiplier, float64(recent)), p.MaxDelayMs)
	ms := jitter.RoundHalfUp(base * (1 - p.JitterRatio*jitter.Unit(random)))
	// A policy of NaN or of huge numbers still gives a delay a time.Duration holds.
	if !(ms > 0) {
		ms = 0
	}
	ms = math.Min(ms, maxDelayMs)
	return Advice{Action: ActionReconnect, Delay: time.Duration(ms) * time.Millisecond, Basis: BasisBackoff}
}

// everyFollowed is whether each time in ups is followed by one of errs within d (after it, not at it).
func everyFollowed(ups, errs []time.Time, d time.Duration) bool {
	for _, up := range ups {
		followed := false
		for _, e := range errs {
			if e.After(up) && !e.After(up.Add(d)) {
				followed = true
				break
			}
		}
		if !followed {
			return false
		}
	}
	return true
}

func anyAfter(list []time.Time, t time.Time) bool {
	for _, x := range list {
		if x.After(t) {
			return true
		}
	}
	return false
}
