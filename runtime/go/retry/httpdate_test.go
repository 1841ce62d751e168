package retry

import (
	"testing"
	"time"
)

func TestTheThreeFormsOfAnHTTPDate(t *testing.T) {
	want := time.Date(2031, time.November, 6, 8, 49, 37, 0, time.UTC)
	for _, text := range []string{
		"Thu, 06 Nov 2031 08:49:37 GMT",
		"Thursday, 06-Nov-31 08:49:37 GMT",
		"Thu Nov  6 08:49:37 2031",
		" \tThu, 06 Nov 2031 08:49:37 GMT\t ",
	} {
		if got, ok := ParseHTTPDate(text, now); !ok || !got.Equal(want) {
			t.Errorf("ParseHTTPDate(%q) = %v, %v; want %v", text, got, ok, want)
		}
	}
}

func TestAnythingElseIsNoHTTPDate(t *testing.T) {
	for _, text := range []string{
		"",
		"tomorrow",
		"Thu, 06 Nov 2031 08:49:37 UTC",
		"thu, 06 Nov 2031 08:49:37 GMT",
		"Thu, 6 Nov 2031 08:49:37 GMT",
		"Thu, 06 Nov 2031 08:49:37 GMT, Fri, 07 Nov 2031 08:49:37 GMT",
		"Thu, 06 Nov 2031 08:49:37 GMT extra",
		"Thu, 06 Nov 2031 24:00:00 GMT",
		"Thu, 06 Nov 2031 23:60:00 GMT",
		"Thu, 06 Nov 2031 23:59:61 GMT",
		"Sat, 29 Feb 2031 00:00:00 GMT",
		"Thu, 31 Apr 2031 00:00:00 GMT",
		"Thu, 00 Nov 2031 00:00:00 GMT",
		"Funday, 06-Nov-31 08:49:37 GMT",
		"Thu Nov 6 08:49:37 2031",
		"\u00a0Thu, 06 Nov 2031 08:49:37 GMT",
		"Thu, 06 Nov 2031 08:49:37 GMT\r\n",
		"Thu, ０6 Nov 2031 08:49:37 GMT",
	} {
		if got, ok := ParseHTTPDate(text, now); ok {
			t.Errorf("ParseHTTPDate(%q) = %v, want none", text, got)
		}
	}
}

func TestLeapDaysAndSeconds(t *testing.T) {
	for text, want := range map[string]time.Time{
		"Thu, 29 Feb 2032 12:00:00 GMT": time.Date(2032, time.February, 29, 12, 0, 0, 0, time.UTC),
		"Tue, 29 Feb 2000 00:00:00 GMT": time.Date(2000, time.February, 29, 0, 0, 0, 0, time.UTC),
		// Second 60, a leap second, is the next minute's first.
		"Wed, 31 Dec 2031 23:59:60 GMT": time.Date(2032, time.January, 1, 0, 0, 0, 0, time.UTC),
	} {
		if got, ok := ParseHTTPDate(text, now); !ok || !got.Equal(want) {
			t.Errorf("ParseHTTPDate(%q) = %v, %v; want %v", text, got, ok, want)
		}
	}
	if _, ok := ParseHTTPDate("Mon, 29 Feb 2100 00:00:00 GMT", now); ok {
		t.Error("2100 is no leap year")
	}
}

func TestATwoDigitYearIsAtMostFiftyYearsAhead(t *testing.T) {
	current := now.Year()
	for yy, want := range map[string]int{
		"30": current/100*100 + 30,
		"80": current/100*100 + 80,
		"81": current/100*100 - 100 + 81,
		"99": current/100*100 - 100 + 99,
	} {
		got, ok := ParseHTTPDate("Sunday, 01-Jan-"+yy+" 00:00:00 GMT", now)
		if !ok || got.Year() != want {
			t.Errorf("year %s read as %v, %v; want %d", yy, got, ok, want)
		}
	}
}

func TestDaysFromCivilAgreesWithTheTimePackage(t *testing.T) {
	for day := time.Date(-801, time.January, 1, 0, 0, 0, 0, time.UTC); day.Year() < 2801; day = day.AddDate(0, 0, 97) {
		want := int(day.Unix() / (24 * 60 * 60))
		if got := daysFromCivil(day.Year(), int(day.Month()), day.Day()); got != want {
			t.Fatalf("daysFromCivil(%v) = %d, want %d", day, got, want)
		}
	}
}
