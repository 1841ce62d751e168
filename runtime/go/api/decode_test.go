package api

import (
	"encoding/json"
	"errors"
	"math"
	"math/big"
	"reflect"
	"strings"
	"testing"
	"time"
)

type exactEnvelope struct {
	Success bool `json:"success"`
	Error   *struct {
		Code    string          `json:"code"`
		Message string          `json:"message"`
		Details *exactDetails   `json:"details,omitempty"`
		Extra   json.RawMessage `json:"extra,omitempty"`
	} `json:"error,omitempty"`
}

type exactDetails struct {
	Until DateTime    `json:"until"`
	Used  json.Number `json:"used"`
	Tags  []string    `json:"tags"`
	Free  any         `json:"free"`
}

// encoding/json matches member names in any case: a "Code" after "code" would win (issue 23, item 7).
func TestMemberNamesMatchExactly(t *testing.T) {
	body := `{"success":false,"error":{"code":"SYNTHETIC_PLAIN","message":"m","Code":"SYNTHETIC_QUOTA","MESSAGE":"x"},"Success":true}`
	var e exactEnvelope
	if err := Decode([]byte(body), syntheticEnvelope(), &e); err != nil || e.Success || e.Error.Code != "SYNTHETIC_PLAIN" || e.Error.Message != "m" {
		t.Errorf("Decode gave %+v, %v", e.Error, err)
	}
	if code, _ := ErrorCodeOf([]byte(body)); code != "SYNTHETIC_PLAIN" {
		t.Errorf("ErrorCodeOf gave %q", code)
	}
	// The last of two members of one exact name counts, as in JavaScript.
	body = `{"success":false,"error":{"code":"SYNTHETIC_QUOTA","message":"m","code":"SYNTHETIC_PLAIN"}}`
	if err := Decode([]byte(body), syntheticEnvelope(), &e); err != nil || e.Error.Code != "SYNTHETIC_PLAIN" {
		t.Errorf("Decode of a duplicate gave %+v, %v", e.Error, err)
	}
}

func deep(depth int) string {
	return strings.Repeat("[", depth) + strings.Repeat("]", depth)
}

// encoding/json stops at 10,000 levels; the code must still count, whatever the depth (issue 23, item 5).
func TestNestingOfAnyDepthKeepsTheCode(t *testing.T) {
	for _, depth := range []int{600, 10_001, 200_000} {
		body := []byte(`{"success":false,"error":{"code":"SYNTHETIC_PLAIN","message":"m"},"trace":` + deep(depth) + `}`)
		if code, ok := ErrorCodeOf(body); !ok || code != "SYNTHETIC_PLAIN" {
			t.Errorf("depth %d: ErrorCodeOf gave %q, %v", depth, code, ok)
		}
		var e exactEnvelope
		if err := Decode(body, syntheticEnvelope(), &e); err != nil || e.Error.Code != "SYNTHETIC_PLAIN" {
			t.Errorf("depth %d: Decode gave %v", depth, err)
		}
		// Unclosed, it is no JSON at all.
		if _, ok := ErrorCodeOf(body[:len(body)-2]); ok {
			t.Errorf("depth %d: an unclosed body gave a code", depth)
		}
	}
}

func TestALoneSurrogateKeepsItsCodeUnit(t *testing.T) {
	body := `{"success":false,"error":{"code":"SYNTHETIC_PLAIN","message":"cut \ud83d, whole \ud83d\ude00, low \udc00"}}`
	var e exactEnvelope
	if err := Decode([]byte(body), syntheticEnvelope(), &e); err != nil {
		t.Fatal(err)
	}
	if want := "cut \xed\xa0\xbd, whole \U0001F600, low \xed\xb0\x80"; e.Error.Message != want {
		t.Errorf("message %q, want %q", e.Error.Message, want)
	}
}

func TestNumbersOfAnySize(t *testing.T) {
	digits := "1" + strings.Repeat("0", 1000)
	p := syntheticEnvelope()
	for details, valid := range map[string]bool{
		`{"used":100000000000000000000,"until":"2031/01/01 00h00m00sUTC"}`: true,
		`{"used":1e20,"until":"2031/01/01 00h00m00sUTC"}`:                  true,
		`{"used":5.0,"until":"2031/01/01 00h00m00sUTC"}`:                   true,
		`{"used":` + digits + `,"until":"2031/01/01 00h00m00sUTC"}`:        false,
		`{"used":1e400,"until":"2031/01/01 00h00m00sUTC"}`:                 false,
		`{"used":1,"until":"2031/01/01 00h00m00sUTC","ratio":1e400}`:       true,
		`{"used":1,"until":"2031/01/01 00h00m00sUTC","ratio":-1e400}`:      false,
	} {
		err := CheckEnvelope(failureWith("SYNTHETIC_QUOTA", details), p)
		if (err == nil) != valid {
			t.Errorf("%s: got %v, want valid %v", details, err, valid)
		}
	}
	var d exactDetails
	if err := decodeExact([]byte(`{"used":100000000000000000000}`), &d); err != nil {
		t.Fatal(err)
	}
	if n, ok := new(big.Int).SetString(d.Used.String(), 10); !ok || n.String() != "100000000000000000000" {
		t.Errorf("used = %v", d.Used)
	}
	// A body whose number encoding/json cannot hold in an untyped field still gives its code.
	if code, ok := ErrorCodeOf([]byte(`{"success":false,"error":{"code":"X","message":"m"},"n":` + digits + `,"e":1e400}`)); !ok || code != "X" {
		t.Errorf("ErrorCodeOf gave %q, %v", code, ok)
	}
}

func TestDateTimesAsTheSchemaHasThem(t *testing.T) {
	for text, want := range map[string]string{
		"2026-02-08T11:30:00Z":            "2026-02-08T11:30:00Z",
		"2026-02-08t11:30:00.5z":          "2026-02-08T11:30:00.5Z",
		"2026-02-08T11:30:00.1234567891Z": "2026-02-08T11:30:00.123456789Z",
		"2026-06-30T23:59:60Z":            "2026-07-01T00:00:00Z",
		"2026-07-01T01:59:60+02:00":       "2026-07-01T00:00:00Z",
		"2026-06-30T18:29:60.5-05:30":     "2026-07-01T00:00:00.5Z",
		"2024-02-29T00:00:00-00:00":       "2024-02-29T00:00:00Z",
	} {
		d, ok := ParseDateTime(text)
		if !ok || d.UTC().Format(time.RFC3339Nano) != want || d.String() != text {
			t.Errorf("ParseDateTime(%q) = %v (%s), %v; want %s", text, d.Time, d, ok, want)
		}
		var back DateTime
		encoded, _ := json.Marshal(d)
		if err := json.Unmarshal(encoded, &back); err != nil || string(encoded) != `"`+text+`"` || !back.Equal(d.Time) {
			t.Errorf("%s: round trip gave %s, %v", text, encoded, err)
		}
	}
	for _, text := range []string{
		"2026-06-30T12:00:60Z", "2026-06-30T23:59:60+01:00", "2026-06-30T23:58:60Z", "2026-02-30T00:00:00Z",
		"2026-02-08 11:30:00Z", "2026-02-08T11:30:00", "2026-02-08T24:00:00Z", "2026-02-08T11:30:00+24:00",
		"2026-02-08T11:30:00.Z", "", "\xed\xa0\xbd",
	} {
		if d, ok := ParseDateTime(text); ok {
			t.Errorf("ParseDateTime(%q) accepted %v", text, d.Time)
		}
		var d DateTime
		if err := json.Unmarshal([]byte(`"`+text+`"`), &d); err == nil {
			t.Errorf("UnmarshalJSON(%q) accepted it", text)
		}
	}
	if got := (DateTime{Time: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}).String(); got != "2026-01-02T03:04:05Z" {
		t.Errorf("String() of a DateTime made in Go = %q", got)
	}
}

func TestTheLeapSecondRuleUnderThePolicysPattern(t *testing.T) {
	p := syntheticEnvelope()
	for until, valid := range map[string]bool{
		"2031/06/30 23h59m60sUTC":   true,
		"2031/07/01 01h59m60s+0200": true,
		"2031/06/30 22h59m60s-0100": true,
		"2031/06/30 12h00m60sUTC":   false,
		"2031/06/30 23h59m60s+0100": false,
	} {
		err := CheckEnvelope(failureWith("SYNTHETIC_QUOTA", `{"used":1,"until":"`+until+`"}`), p)
		if (err == nil) != valid {
			t.Errorf("%s: got %v, want valid %v", until, err, valid)
		}
	}
}

func TestDecodeSaysWhereATypeDoesNotFit(t *testing.T) {
	var e exactEnvelope
	err := Decode(failureWith("SYNTHETIC_NEWER", `{"until":"x","tags":[1]}`), syntheticEnvelope(), &e)
	var invalid *InvalidResponseError
	if !errors.As(err, &invalid) || !strings.Contains(invalid.Problem, "/error/details/until") {
		t.Errorf("got %v", err)
	}
	err = Decode(failureWith("SYNTHETIC_NEWER", `{"tags":[1]}`), syntheticEnvelope(), &e)
	if !errors.As(err, &invalid) || !strings.Contains(invalid.Problem, "/error/details/tags/0") {
		t.Errorf("got %v", err)
	}
	var s struct {
		Error struct {
			Message int `json:"message"`
		} `json:"error"`
	}
	if err := Decode(failureWith("SYNTHETIC_NEWER", ""), nil, &s); !errors.As(err, &invalid) {
		t.Errorf("got %v", err)
	}
	var notPointer exactEnvelope
	if err := Decode(failureWith("SYNTHETIC_NEWER", ""), nil, notPointer); !errors.As(err, &invalid) {
		t.Errorf("got %v", err)
	}
}

// The reader agrees with encoding/json on what is JSON, wherever encoding/json's depth limit is not reached.
func FuzzTheReaderAgreesWithEncodingJSON(f *testing.F) {
	for _, seed := range []string{
		"", " ", "{}", "[]", `{"a":[1,2,{"b":null}]}`, `"\u00zz"`, "01", "-", "1.", "1e", "1e+5", "-0.0e-0",
		`{"a" 1}`, `{"a":1,}`, "[1,]", `"\ud800"`, "\"\x01\"", "tru", "nulll", " \t\r\n1\n", "\xef\xbb\xbf{}", `{"a":"\"}`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if got, want := isJSON(data), json.Valid(data); got != want {
			t.Errorf("isJSON(%q) = %v, encoding/json says %v", data, got, want)
		}
		if !isJSON(data) {
			return
		}
		// Both read any value alike, but for a surrogate escape, which encoding/json turns into U+FFFD.
		var want any
		if json.Unmarshal(data, &want) == nil && !strings.Contains(strings.ToLower(string(data)), `\ud`) {
			if got := anyValue(data); !reflect.DeepEqual(got, want) {
				t.Errorf("anyValue(%q) = %#v, encoding/json gives %#v", data, got, want)
			}
		}
		if members, ok := objectMembers(data); ok {
			var object map[string]json.RawMessage
			if json.Unmarshal(data, &object) != nil || len(object) > len(members) {
				t.Errorf("objectMembers(%q) = %v", data, members)
			}
		}
		if items, ok := arrayItems(data); ok {
			var array []json.RawMessage
			if json.Unmarshal(data, &array) != nil || len(array) != len(items) {
				t.Errorf("arrayItems(%q) = %q", data, items)
			}
		}
	})
}

func TestTypedDetailsAreTheCodesType(t *testing.T) {
	p := syntheticEnvelope()
	p.DetailsTypes = map[string]func() any{"SYNTHETIC_QUOTA": func() any { return new(exactDetails) }}
	body := failureWith("SYNTHETIC_QUOTA", `{"used":3,"Used":4,"until":"2031-06-30T23:59:60Z","tags":["a"]}`)
	typed, err := p.TypedDetails(body)
	d, ok := typed.(*exactDetails)
	if err != nil || !ok || d.Used.String() != "3" || d.Until.String() != "2031-06-30T23:59:60Z" || len(d.Tags) != 1 {
		t.Errorf("TypedDetails gave %+v, %v", typed, err)
	}
	for _, body := range [][]byte{failureWith("SYNTHETIC_PLAIN", `{"a":1}`), failureWith("SYNTHETIC_QUOTA", ""), []byte(`{"success":true,"data":1}`)} {
		if typed, err := p.TypedDetails(body); typed != nil || err != nil {
			t.Errorf("TypedDetails(%s) = %v, %v", body, typed, err)
		}
	}
	var invalid *InvalidResponseError
	if _, err := p.TypedDetails(failureWith("SYNTHETIC_QUOTA", `{"until":"noon"}`)); !errors.As(err, &invalid) {
		t.Errorf("TypedDetails of a bad date-time gave %v", err)
	}
	if _, err := p.TypedDetails([]byte("<html>")); !errors.As(err, &invalid) {
		t.Errorf("TypedDetails of HTML gave %v", err)
	}
	if got := FailureText(418, "X", "m"); got != "X (HTTP 418): m" {
		t.Errorf("FailureText = %q", got)
	}
	if got := FailureText(0, "X", "m"); got != "X: m" {
		t.Errorf("FailureText = %q", got)
	}
}

func TestUntypedValuesAtAnyDepthAndSize(t *testing.T) {
	var v struct {
		Data    any            `json:"data"`
		Details map[string]any `json:"details"`
	}
	body := `{"data":{"deep":` + deep(50_000) + `,"big":1e400,"dup":1,"dup":2,"text":"a\ud83d"},"details":{"n":-1e400,"list":[true,null,"x",{}],"Details":1}}`
	if err := decodeExact([]byte(body), &v); err != nil {
		t.Fatal(err)
	}
	data := v.Data.(map[string]any)
	depth := 0
	for node := data["deep"]; ; depth++ {
		items, ok := node.([]any)
		if !ok || len(items) == 0 {
			break
		}
		node = items[0]
	}
	if depth != 49_999 || !math.IsInf(data["big"].(float64), 1) || data["dup"] != 2.0 || data["text"] != "a\xed\xa0\xbd" {
		t.Errorf("data %v (depth %d)", data["big"], depth)
	}
	list := v.Details["list"].([]any)
	if !math.IsInf(v.Details["n"].(float64), -1) || len(list) != 4 || list[0] != true || list[1] != nil || list[2] != "x" || len(v.Details) != 3 {
		t.Errorf("details %v", v.Details)
	}
	// What encoding/json gives, wherever it can read the value at all.
	for _, text := range []string{`{"a":[1,2.5,"s",null,true,{"b":{}}],"c":[]}`, `[]`, `"x"`, `-0`, `{"k":{"k":{"k":[[[]]]}}}`} {
		var want any
		if err := json.Unmarshal([]byte(text), &want); err != nil {
			t.Fatal(err)
		}
		if got := anyValue([]byte(text)); !reflect.DeepEqual(got, want) {
			t.Errorf("anyValue(%s) = %#v, want %#v", text, got, want)
		}
	}
}
