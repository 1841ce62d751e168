package retry

import (
	"net/http"
	"testing"
)

func TestOnlySpaceAndTabAreOptionalWhitespace(t *testing.T) {
	for in, want := range map[string]string{
		" \t7\t ":       "7",
		"7":             "7",
		"\v7":           "\v7",
		"7\f":           "7\f",
		"7\r\n":         "7\r\n",
		"\u00a07":       "\u00a07",
		"7\u0085":       "7\u0085",
		"\u001c7\u001f": "\u001c7\u001f",
		"\u30007":       "\u30007",
		" \t ":          "",
	} {
		if got := trimOWS(in); got != want {
			t.Errorf("trimOWS(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestAWaitSurroundedByOtherWhitespaceIsNoWait(t *testing.T) {
	p := syntheticPolicy()
	expectRetry(t, p.Advise(windowStatus, header(waitHeader, " \t7 \t"), nil, 1, pinned(0)), 7000, BasisRetryAfter)
	expectRetry(t, p.Advise(windowStatus, header(resetHeader, "\t"+itoa(now.Unix()+8)+" "), nil, 1, pinned(0)), 8000, BasisRateLimitReset)
	for _, value := range []string{"\u00a07", "7\u00a0", "\v7", "7\f", "7\r\n", "\u00857", "\u001c7", "7\u001f", "\u30007"} {
		expectRetry(t, p.Advise(windowStatus, header(waitHeader, value), nil, 1, pinned(0)), 110, BasisBackoff)
		expectRetry(t, p.Advise(windowStatus, header(resetHeader, value), nil, 1, pinned(0)), 110, BasisBackoff)
	}
}

func TestHeaderValueJoinsEveryCaseOfTheName(t *testing.T) {
	h := http.Header{"X-Test-Wait": {" 1 ", "2\t"}, "x-test-wait": {"3"}, "X-Other": {"4"}}
	if got, want := headerValue(h, "x-TEST-wait"), "1, 2, 3"; got != want {
		t.Errorf("headerValue = %q, want %q", got, want)
	}
	if got := headerValue(nil, waitHeader); got != "" {
		t.Errorf("headerValue of nil = %q", got)
	}
	// An empty repeat stays an element, so the joined value is no number.
	if got, want := headerValue(header(waitHeader, "", waitHeader, "5"), waitHeader), ", 5"; got != want {
		t.Errorf("headerValue = %q, want %q", got, want)
	}
}
