package retry

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

var (
	months     = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
	month      = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
	daysIn     = []int{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}
	imfFixdate = regexp.MustCompile(`^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), ([0-9]{2}) ` + month + ` ([0-9]{4}) ([0-9]{2}):([0-9]{2}):([0-9]{2}) GMT`)
	rfc850     = regexp.MustCompile(`^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), ([0-9]{2})-` + month + `-([0-9]{2}) ([0-9]{2}):([0-9]{2}):([0-9]{2}) GMT`)
	asctime    = regexp.MustCompile(`^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) ` + month + ` ( [0-9]|[0-9]{2}) ([0-9]{2}):([0-9]{2}):([0-9]{2}) ([0-9]{4})`)
)

func monthOf(name string) int {
	for i, m := range months {
		if m == name {
			return i + 1
		}
	}
	return 0
}

// atoi reads the digits the patterns above matched; asctime pads a one-digit day with a space.
func atoi(s string) int {
	n, _ := strconv.Atoi(strings.TrimLeft(s, " "))
	return n
}

// daysFromCivil is Howard Hinnant's algorithm: days since 1970-01-01 for any proleptic Gregorian date.
func daysFromCivil(year, month, day int) int {
	y := year
	if month <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	m := month + 9
	if month > 2 {
		m = month - 3
	}
	doy := (153*m+2)/5 + day - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// epochMs is a UTC date and time in milliseconds since the epoch; false when a field is out of range
// (February 30th, 24:00:00).
func epochMs(year, month, day, hour, minute, second int) (float64, bool) {
	if month < 1 || month > 12 {
		return 0, false
	}
	days := daysIn[month-1]
	if month == 2 && year%4 == 0 && (year%100 != 0 || year%400 == 0) {
		days = 29
	}
	// RFC 9110 allows second 60 for a leap second.
	if day < 1 || day > days || hour > 23 || minute > 59 || second > 60 {
		return 0, false
	}
	return float64(((daysFromCivil(year, month, day)*24+hour)*60+minute)*60000 + second*1000), true
}

// httpDatePrefix reads an HTTP-date (RFC 9110 §5.6.7, strictly: IMF-fixdate, the obsolete RFC 850 form
// or asctime) at the start of text: its time in ms and its length, so that a caller can take the first
// element of a comma-joined list (runtime/SPEC.md §4). The day name is not checked against the date.
func httpDatePrefix(text string, nowMs float64) (float64, int, bool) {
	if m := imfFixdate.FindStringSubmatch(text); m != nil {
		ms, ok := epochMs(atoi(m[4]), monthOf(m[3]), atoi(m[2]), atoi(m[5]), atoi(m[6]), atoi(m[7]))
		return ms, len(m[0]), ok
	}
	if m := rfc850.FindStringSubmatch(text); m != nil {
		// A two-digit year more than 50 years ahead is the most recent past year with those digits.
		current := time.UnixMilli(int64(nowMs)).UTC().Year()
		year := current/100*100 + atoi(m[4])
		if year > current+50 {
			year -= 100
		}
		ms, ok := epochMs(year, monthOf(m[3]), atoi(m[2]), atoi(m[5]), atoi(m[6]), atoi(m[7]))
		return ms, len(m[0]), ok
	}
	if m := asctime.FindStringSubmatch(text); m != nil {
		ms, ok := epochMs(atoi(m[7]), monthOf(m[2]), atoi(m[3]), atoi(m[4]), atoi(m[5]), atoi(m[6]))
		return ms, len(m[0]), ok
	}
	return 0, 0, false
}

// ParseHTTPDate reads an HTTP-date in any of its three forms, optional whitespace around it aside, and
// nothing else (runtime/SPEC.md §3, §4).
func ParseHTTPDate(text string, now time.Time) (time.Time, bool) {
	trimmed := trimOWS(text)
	ms, length, ok := httpDatePrefix(trimmed, float64(now.UnixMilli()))
	if !ok || length != len(trimmed) {
		return time.Time{}, false
	}
	return time.UnixMilli(int64(ms)).UTC(), true
}
