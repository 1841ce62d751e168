package api

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

// A synthetic policy: invented codes and details, and formats of its own, so that these tests hold for
// any catalog and show that every check is read from the policy.
func syntheticEnvelope() *EnvelopePolicy {
	return &EnvelopePolicy{
		KnownCodes:         map[string]bool{"SYNTHETIC_QUOTA": true, "SYNTHETIC_PLAIN": true, "lower_known": true},
		UnknownCodePattern: `^[A-Z][A-Z_]*$`,
		Details: map[string]DetailsShape{
			"SYNTHETIC_QUOTA": {
				Required: []string{"used", "until"},
				Fields: []FieldCheck{
					{Name: "used", Type: "integer", Minimum: 1, HasMinimum: true},
					{Name: "until", Type: "string", Format: "date-time"},
					{Name: "link", Type: "string", Format: "uri"},
					{Name: "tags", Type: "array", Items: "string"},
					{Name: "ratio", Type: "number", Minimum: -0.5, HasMinimum: true},
					{Name: "anything"},
				},
			},
		},
		// Year/month/day then hour, minute and second, then an offset's sign, hours and minutes.
		DateTimePattern:  `([0-9]{4})/([0-9]{2})/([0-9]{2}) ([0-9]{2})h([0-9]{2})m([0-9]{2})s(?:UTC|([+-])([0-9]{2})([0-9]{2}))`,
		URISchemePattern: `[a-z]+`,
		URIForbidden:     []rune{' ', '<', '\u00a0'},
	}
}

func failureWith(code, details string) []byte {
	body := `{"success":false,"error":{"code":"` + code + `","message":"m"`
	if details != "" {
		body += `,"details":` + details
	}
	return []byte(body + "}}")
}

func expectInvalid(t *testing.T, data []byte, policy *EnvelopePolicy, problem string) {
	t.Helper()
	err := CheckEnvelope(data, policy)
	var invalid *InvalidResponseError
	if !errors.As(err, &invalid) || !strings.Contains(invalid.Problem, problem) {
		t.Errorf("CheckEnvelope(%s) = %v, want an *InvalidResponseError saying %q", data, err, problem)
	}
}

func expectValid(t *testing.T, data []byte, policy *EnvelopePolicy) {
	t.Helper()
	if err := CheckEnvelope(data, policy); err != nil {
		t.Errorf("CheckEnvelope(%s) = %v, want nil", data, err)
	}
}

func TestTheCoreIsCheckedAsTheSchemaDoes(t *testing.T) {
	p := syntheticEnvelope()
	for body, problem := range map[string]string{
		"": "not valid JSON",
		"  <html><body>Bad Gateway</body></html>": "HTML",
		"plain text":                     "not valid JSON",
		"[]":                             "must be an object",
		"7":                              "must be an object",
		"null":                           "not null",
		"{}":                             "'success'",
		`{"Success":true,"data":1}`:      "'success'",
		`{"success":"true","data":1}`:    "/success must be a boolean",
		`{"success":null,"data":1}`:      "/success must be a boolean",
		`{"success":true}`:               "'data'",
		`{"success":false}`:              "'error'",
		`{"success":false,"error":null}`: "/error must be an object",
		`{"success":false,"error":"x"}`:  "/error must be an object",
		`{"success":false,"error":{"message":"m"}}`:                           "'code'",
		`{"success":false,"error":{"code":"SYNTHETIC_PLAIN"}}`:                "'message'",
		`{"success":false,"error":{"code":7,"message":"m"}}`:                  "/error/code must be a string",
		`{"success":false,"error":{"code":null,"message":"m"}}`:               "/error/code must be a string",
		`{"success":false,"error":{"code":"SYNTHETIC_PLAIN","message":null}}`: "/error/message must be a string",
	} {
		expectInvalid(t, []byte(body), p, problem)
	}
	expectValid(t, []byte(`{"success":true,"data":null}`), p)
	expectValid(t, []byte(`{"success":true,"data":[1],"more":"allowed"}`), p)
	expectValid(t, failureWith("SYNTHETIC_PLAIN", ""), p)
}

func TestACodeIsKnownOrShapedLikeOne(t *testing.T) {
	p := syntheticEnvelope()
	expectValid(t, failureWith("lower_known", ""), p)
	expectValid(t, failureWith("SYNTHETIC_NEWER", `{"free":["form"]}`), p)
	for _, code := range []string{"", "lower_unknown", "SYNTHETIC-DASH", "9_DIGIT"} {
		expectInvalid(t, failureWith(code, ""), p, "neither a known code nor shaped like one")
	}
}

func TestDetailsHaveTheirCodesShape(t *testing.T) {
	p := syntheticEnvelope()
	valid := `{"used":3,"until":"2031/02/28 23h59m60sUTC","link":"https://x.test/a?b=c","tags":["a"],"ratio":-0.5,"anything":null}`
	expectValid(t, failureWith("SYNTHETIC_QUOTA", valid), p)
	expectValid(t, failureWith("SYNTHETIC_QUOTA", `{"used":3.0,"until":"2032/02/29 00h00m00s-2359"}`), p)
	for details, problem := range map[string]string{
		`[]`:                                  "/error/details must be an object",
		`"x"`:                                 "/error/details must be an object",
		`null`:                                "/error/details must be an object",
		`{"used":3}`:                          " must have required property 'until'",
		`{"until":"2031/01/01 00h00m00sUTC"}`: " must have required property 'used'",
		`{"used":"3","until":"2031/01/01 00h00m00sUTC"}`:                         "/used must be integer",
		`{"used":3.5,"until":"2031/01/01 00h00m00sUTC"}`:                         "/used must be integer",
		`{"used":0,"until":"2031/01/01 00h00m00sUTC"}`:                           "/used must be >= 1",
		`{"used":1,"until":"2031/01/01 00h00m00sUTC","ratio":-1}`:                "/ratio must be >= -0.5",
		`{"used":1,"until":"2031/01/01 00h00m00sUTC","ratio":"1"}`:               "/ratio must be number",
		`{"used":1,"until":"2031-01-01T00:00:00Z"}`:                              "/until must match format date-time",
		`{"used":1,"until":"2031/13/01 00h00m00sUTC"}`:                           "/until must match format date-time",
		`{"used":1,"until":"2031/02/29 00h00m00sUTC"}`:                           "/until must match format date-time",
		`{"used":1,"until":"2031/04/31 00h00m00sUTC"}`:                           "/until must match format date-time",
		`{"used":1,"until":"2031/01/01 24h00m00sUTC"}`:                           "/until must match format date-time",
		`{"used":1,"until":"2031/01/01 00h60m00sUTC"}`:                           "/until must match format date-time",
		`{"used":1,"until":"2031/01/01 00h00m61sUTC"}`:                           "/until must match format date-time",
		`{"used":1,"until":"2031/01/01 00h00m00s+2400"}`:                         "/until must match format date-time",
		`{"used":1,"until":"2031/01/01 00h00m00s+0060"}`:                         "/until must match format date-time",
		`{"used":1,"until":" 2031/01/01 00h00m00sUTC"}`:                          "/until must match format date-time",
		`{"used":1,"until":"2031/01/01 00h00m00sUTC","link":"no-colon"}`:         "/link must match format uri",
		`{"used":1,"until":"2031/01/01 00h00m00sUTC","link":"HTTPS://x.test"}`:   "/link must match format uri",
		`{"used":1,"until":"2031/01/01 00h00m00sUTC","link":"https://x y"}`:      "/link must match format uri",
		`{"used":1,"until":"2031/01/01 00h00m00sUTC","link":"https://x\u00a0y"}`: "/link must match format uri",
		`{"used":1,"until":"2031/01/01 00h00m00sUTC","link":"https://<x>"}`:      "/link must match format uri",
		`{"used":1,"until":"2031/01/01 00h00m00sUTC","tags":"a"}`:                "/tags must be array",
		`{"used":1,"until":"2031/01/01 00h00m00sUTC","tags":["a",1]}`:            "/tags items must be string",
	} {
		expectInvalid(t, failureWith("SYNTHETIC_QUOTA", details), p, problem)
	}
	// Characters the policy does not forbid are allowed after the colon, tabs among them here.
	expectValid(t, failureWith("SYNTHETIC_QUOTA", `{"used":1,"until":"2031/01/01 00h00m00sUTC","link":"mailto:a\tb"}`), p)
}

func TestAPolicyThatCannotBeReadMatchesNothing(t *testing.T) {
	p := syntheticEnvelope()
	p.UnknownCodePattern = `([`
	p.DateTimePattern = `(`
	p.URISchemePattern = `)`
	expectInvalid(t, failureWith("SYNTHETIC_NEWER", ""), p, "neither a known code")
	expectInvalid(t, failureWith("SYNTHETIC_QUOTA", `{"used":1,"until":"2031/01/01 00h00m00sUTC"}`), p, "format date-time")
	// A date-time pattern with too few groups, and a format the decoder does not know, match nothing.
	p = syntheticEnvelope()
	p.DateTimePattern = `[0-9]+`
	expectInvalid(t, failureWith("SYNTHETIC_QUOTA", `{"used":1,"until":"2031"}`), p, "format date-time")
	p.Details["SYNTHETIC_QUOTA"].Fields[1].Format = "synthetic-format"
	expectInvalid(t, failureWith("SYNTHETIC_QUOTA", `{"used":1,"until":"2031"}`), p, "format synthetic-format")
}

func TestTheZeroPolicyChecksOnlyTheCore(t *testing.T) {
	for _, p := range []*EnvelopePolicy{nil, {}} {
		expectValid(t, failureWith("any code at all", `{"used":"x"}`), p)
		expectInvalid(t, []byte(`{"success":false}`), p, "'error'")
	}
}

func TestErrorCodeOfReadsTheCoreAlone(t *testing.T) {
	for body, want := range map[string]string{
		string(failureWith("SYNTHETIC_QUOTA", `{"used":"wrong"}`)): "SYNTHETIC_QUOTA",
		string(failureWith("not shaped like a code", "")):          "not shaped like a code",
		string(failureWith("", "")):                                "",
	} {
		if got, ok := ErrorCodeOf([]byte(body)); !ok || got != want {
			t.Errorf("ErrorCodeOf(%s) = %q, %v; want %q", body, got, ok, want)
		}
	}
	for _, body := range []string{"", "<html>", `{"success":true,"data":{}}`, `{"success":false,"error":{"code":"X"}}`, `{"success":false,"error":{"code":1,"message":"m"}}`} {
		if got, ok := ErrorCodeOf([]byte(body)); ok || got != "" {
			t.Errorf("ErrorCodeOf(%s) = %q, %v; want none", body, got, ok)
		}
	}
}

func TestDecodeChecksThenDecodes(t *testing.T) {
	type envelope struct {
		Success bool `json:"success"`
		Error   *struct {
			Code    string `json:"code"`
			Message string `json:"message"`
		} `json:"error"`
	}
	var e envelope
	if err := Decode(failureWith("SYNTHETIC_PLAIN", ""), syntheticEnvelope(), &e); err != nil || e.Error == nil || e.Error.Code != "SYNTHETIC_PLAIN" {
		t.Errorf("Decode gave %+v, %v", e, err)
	}
	var invalid *InvalidResponseError
	if err := Decode([]byte(`{"success":false}`), syntheticEnvelope(), &e); !errors.As(err, &invalid) {
		t.Errorf("Decode of a failure without its error gave %v", err)
	}
	// What the schema allows but the target type cannot hold is an *InvalidResponseError too.
	var wrong struct {
		Success string `json:"success"`
	}
	if err := Decode([]byte(`{"success":true,"data":1}`), syntheticEnvelope(), &wrong); !errors.As(err, &invalid) {
		t.Errorf("Decode into a mismatched type gave %v", err)
	}
	if err := Decode([]byte(`{"success":true,"data":1}`), nil, nil); !errors.As(err, &invalid) {
		t.Errorf("Decode into nil gave %v", err)
	}
	if got := (&InvalidResponseError{Problem: "p"}).Error(); !strings.HasSuffix(got, ": p") {
		t.Errorf("Error() = %q", got)
	}
}

func FuzzCheckEnvelopeNeverPanics(f *testing.F) {
	for _, seed := range []string{
		"", "null", "{", "<", `{"success":false,"error":{"code":"SYNTHETIC_QUOTA","message":"m","details":{"used":1e400}}}`,
		string(failureWith("SYNTHETIC_QUOTA", `{"used":1,"until":"2031/01/01 00h00m00sUTC","link":"a:\u2028"}`)),
		string(failureWith("SYNTHETIC_QUOTA", `{"used":1,"until":"\ud800"}`)),
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		err := CheckEnvelope(data, syntheticEnvelope())
		var invalid *InvalidResponseError
		if err != nil && !errors.As(err, &invalid) {
			t.Errorf("an error that is not an *InvalidResponseError: %v", err)
		}
		code, ok := ErrorCodeOf(data)
		if !ok && code != "" {
			t.Errorf("ErrorCodeOf gave %q without a failure", code)
		}
	})
}

// The size limit of runtime/SPEC.md §8, pinned by the three bodies it names: exactly at the limit (read),
// one unit over (not read), and over through characters outside the BMP, which count two units each.
func TestABodyOverTheSizeLimitIsNotRead(t *testing.T) {
	envelope := func(message string) []byte {
		return []byte(`{"success":false,"error":{"code":"X_CODE","message":"` + message + `"}}`)
	}
	overhead := len(envelope(""))
	atLimit := envelope(strings.Repeat("a", MaxBodyLength-overhead))
	if code, ok := ErrorCodeOf(atLimit); !ok || code != "X_CODE" {
		t.Fatalf("a body of exactly %d units: got %q, %v", MaxBodyLength, code, ok)
	}
	over := envelope(strings.Repeat("a", MaxBodyLength-overhead+1))
	if _, ok := ErrorCodeOf(over); ok {
		t.Fatal("a body one unit over the limit gave a code")
	}
	var invalidResponse *InvalidResponseError
	if err := CheckEnvelope(over, nil); !errors.As(err, &invalidResponse) {
		t.Fatalf("a body over the limit: got %v, want an *InvalidResponseError", err)
	}
	// Each emoji is 4 bytes and 2 units: half as many as the limit's units, plus one, is over it.
	emoji := envelope(strings.Repeat("\U0001F600", (MaxBodyLength-overhead)/2+1))
	if _, ok := ErrorCodeOf(emoji); ok {
		t.Fatal("a body over the limit in characters outside the BMP gave a code")
	}
	// The same number of bytes in 3-byte characters (1 unit each) is under it.
	under := envelope(strings.Repeat("\u20ac", (MaxBodyLength-overhead)/3))
	if _, ok := ErrorCodeOf(under); !ok {
		t.Fatal("a body under the limit in units, though over it in bytes, gave no code")
	}
	withBOM := append([]byte("\xef\xbb\xbf"), atLimit...)
	if !isJSON(bytes.TrimPrefix(withBOM, []byte("\xef\xbb\xbf"))) || tooLong(withBOM) {
		t.Fatal("a leading byte-order mark counted toward the limit")
	}
}
