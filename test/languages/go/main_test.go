package main

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/vpn-error-codes/vpn-error-codes/generated/go/api"
	"github.com/vpn-error-codes/vpn-error-codes/generated/go/operationalerror"
	"github.com/vpn-error-codes/vpn-error-codes/generated/go/resterrorcode"
	"github.com/vpn-error-codes/vpn-error-codes/generated/go/retry"
)

func TestEveryCodeRoundTripsThroughItsNameAndJSON(t *testing.T) {
	for _, c := range operationalerror.Values() {
		if parsed, err := operationalerror.Parse(c.String()); err != nil || parsed != c {
			t.Errorf("Parse(%q) = %v, %v", c.String(), parsed, err)
		}
		var back operationalerror.Code
		if err := json.Unmarshal([]byte(jsonText(c)), &back); err != nil || back != c {
			t.Errorf("JSON round trip of %v gave %v, %v", c, back, err)
		}
	}
	for _, c := range resterrorcode.Values() {
		if parsed, err := resterrorcode.Parse(c.String()); err != nil || parsed != c {
			t.Errorf("Parse(%q) = %v, %v", c.String(), parsed, err)
		}
	}
}

func TestUnknownCodesStayUsable(t *testing.T) {
	if got := operationalerror.Code(187).String(); got != "OperationalError(187)" {
		t.Errorf("String() of an unknown code = %q", got)
	}
	if _, err := operationalerror.Parse("None_"); err == nil {
		t.Error("Parse accepted a name the catalog does not have")
	}
	if c := resterrorcode.Code("ACCOUNT_FROZEN"); c.Known() || c.Retryable() {
		t.Errorf("%v is neither known nor retryable", c)
	}
}

func TestEveryEnvelopeSurvivesARoundTrip(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("..", "..", "vectors", "envelopes", "*.json"))
	if len(paths) == 0 {
		t.Fatal("no envelope vectors found")
	}
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		decoded, err := api.UnmarshalAPIResponse(data)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		encoded, err := decoded.Marshal()
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		again, err := api.UnmarshalAPIResponse(encoded)
		// encoding/json writes a string that is not UTF-8 with U+FFFD in its place: a lone surrogate,
		// which decoding keeps (in WTF-8), comes back as one U+FFFD per byte, as strings.Map gives.
		if decoded.Error != nil {
			decoded.Error.Message = strings.Map(func(r rune) rune { return r }, decoded.Error.Message)
		}
		if err != nil || !reflect.DeepEqual(again, decoded) {
			t.Errorf("%s: round trip gave %+v, %v", path, again, err)
		}
	}
}

func TestInvalidEnvelopesAreTypedErrorsNeverANilError(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("..", "..", "vectors", "envelopes", "invalid", "*"))
	if len(paths) == 0 {
		t.Fatal("no invalid envelope vectors found")
	}
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		_, err = api.UnmarshalAPIResponse(data)
		var invalid *api.InvalidResponseError
		if !errors.As(err, &invalid) {
			t.Errorf("%s: got %v, want an *api.InvalidResponseError", path, err)
		}
	}
}

// Retry decisions read the code from the envelope's core alone (runtime/SPEC.md §8): an invalid envelope
// whose success, error.code and error.message are sound (details of the wrong shape, say) keeps its code.
func TestErrorCodeOfReadsTheCoreOnly(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("..", "..", "vectors", "envelopes", "invalid", "*"))
	sound := 0
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var body struct {
			Success *bool
			Error   *struct{ Code, Message *string }
		}
		want := ""
		if json.Unmarshal(data, &body) == nil && body.Success != nil && !*body.Success && body.Error != nil && body.Error.Code != nil && body.Error.Message != nil {
			want = *body.Error.Code
			sound++
		}
		if got, ok := api.ErrorCodeOf(data); got != want || ok != (want != "") {
			t.Errorf("%s: ErrorCodeOf gave %q, %v, want %q", path, got, ok, want)
		}
	}
	if sound == 0 {
		t.Error("no invalid envelope vector has a sound core")
	}
}

func TestAdviseNeverPanicsOnAPanickingRandomSource(t *testing.T) {
	d := retry.Advise(503, nil, nil, 1, retry.Options{Random: func() float64 { panic("broken") }})
	if d.Action != retry.ActionRetry || d.Basis != retry.BasisBackoff {
		t.Errorf("got %+v", d)
	}
}

// encoding/json stops at 10,000 levels of nesting; the code of a deeper body still counts (runtime/SPEC.md
// §8), so a 401 TOKEN_EXPIRED asks for a token refresh whatever else the body holds.
func TestNestingBeyondEncodingJSONsLimitKeepsTheCode(t *testing.T) {
	for _, depth := range []int{10_001, 100_000} {
		body := []byte(`{"success":false,"error":{"code":"TOKEN_EXPIRED","message":"m"},"trace":` + strings.Repeat("[", depth) + strings.Repeat("]", depth) + `}`)
		if d := retry.Advise(401, nil, body, 1, retry.Options{}); d.Action != retry.ActionRefreshToken {
			t.Errorf("depth %d: %+v", depth, d)
		}
		var failure *api.Failure
		if err := api.Check(401, body); !errors.As(err, &failure) || failure.Code != resterrorcode.TokenExpired || failure.Status != 401 {
			t.Errorf("depth %d: Check gave %v", depth, err)
		}
	}
}

// A member named in another case is another member: the schema's "code" counts, not a "Code" beside it.
func TestMemberNamesInAnotherCaseAreOtherMembers(t *testing.T) {
	body := []byte(`{"success":false,"error":{"code":"QUOTA_EXCEEDED","message":"m","Code":"RATE_LIMITED"}}`)
	response, err := api.UnmarshalAPIResponse(body)
	if err != nil || response.Error.Code != resterrorcode.QuotaExceeded {
		t.Errorf("decoded %+v, %v", response.Error, err)
	}
	if d := retry.Advise(429, nil, body, 1, retry.Options{}); d.Action != retry.ActionFail {
		t.Errorf("QUOTA_EXCEEDED under 429 gave %+v", d)
	}
}

func TestAFailureIsAnErrorWithItsTypedDetails(t *testing.T) {
	body := []byte(`{"success":false,"error":{"code":"TOKEN_EXPIRED","message":"Token expired","details":{"expiredAt":"2026-06-30T23:59:60Z","tokenType":"access"}}}`)
	var failure *api.Failure
	err := api.Check(401, body)
	if !errors.As(err, &failure) || err.Error() != "TOKEN_EXPIRED (HTTP 401): Token expired" {
		t.Fatalf("Check gave %v", err)
	}
	details, ok := failure.TypedDetails.(*api.TokenExpiredDetails)
	if !ok || details.ExpiredAt.UTC().Format(time.RFC3339) != "2026-07-01T00:00:00Z" || failure.Details["tokenType"] != "access" {
		t.Errorf("details %+v, raw %v", failure.TypedDetails, failure.Details)
	}
	if err := api.Check(200, []byte(`{"success":true,"data":{}}`)); err != nil {
		t.Errorf("a success gave %v", err)
	}
	var invalid *api.InvalidResponseError
	if err := api.Check(502, []byte("<html>Bad Gateway</html>")); !errors.As(err, &invalid) {
		t.Errorf("HTML gave %v", err)
	}
}
