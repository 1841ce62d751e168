package api

import (
	"encoding/json"
	"errors"
	"regexp"
	"strconv"
	"time"
)

// DateTime is a details field of the schema's date-time format (RFC 3339): the instant as a
// time.Time, whose methods it has, and the text as the server sent it, which String and MarshalJSON
// give back. It accepts what the schema accepts and time.Time's UnmarshalJSON refuses: a lower-case
// t or z, any number of fraction digits, and a leap second, 23:59:60 UTC, which time.Time cannot hold
// and which reads as the instant after 23:59:59.999999999 (as Unix time counts it).
type DateTime struct {
	time.Time
	text string
}

var rfc3339 = regexp.MustCompile(`^([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})(\.[0-9]+)?(?:[Zz]|([+-])([0-9]{2}):([0-9]{2}))$`)

// ParseDateTime reads an RFC 3339 date-time as the schema's format has it; ok is false for anything
// else, a leap second at another time than 23:59:60 UTC among them.
func ParseDateTime(text string) (DateTime, bool) {
	m := rfc3339.FindStringSubmatch(text)
	if m == nil {
		return DateTime{}, false
	}
	n := func(i int) int {
		v, _ := strconv.Atoi(m[i])
		return v
	}
	year, month, day, hour, minute, second := n(1), n(2), n(3), n(4), n(5), n(6)
	offset := 0
	if m[8] != "" {
		offset = n(9)*60 + n(10)
		if m[8] == "-" {
			offset = -offset
		}
	}
	if !validClock(year, month, day, hour, minute, second) || n(9) > 23 || n(10) > 59 || !validLeap(hour, minute, second, offset) {
		return DateTime{}, false
	}
	nanos := 0
	if m[7] != "" {
		// Nine digits are a nanosecond; further ones are below time.Time's resolution.
		digits := (m[7][1:] + "000000000")[:9]
		nanos, _ = strconv.Atoi(digits)
	}
	zone := time.UTC
	if m[8] != "" {
		zone = time.FixedZone("", offset*60)
	}
	leap := second == 60
	if leap {
		second = 59
	}
	t := time.Date(year, time.Month(month), day, hour, minute, second, nanos, zone)
	if leap {
		t = t.Add(time.Second)
	}
	return DateTime{t, text}, true
}

// String is the date-time as the server sent it, or in RFC 3339 for a DateTime made in Go.
func (d DateTime) String() string {
	if d.text != "" {
		return d.text
	}
	return d.Time.Format(time.RFC3339Nano)
}

// MarshalJSON writes String's text, so that a decoded date-time is sent back as it came.
func (d DateTime) MarshalJSON() ([]byte, error) {
	return json.Marshal(d.String())
}

// UnmarshalJSON reads a JSON string with ParseDateTime.
func (d *DateTime) UnmarshalJSON(data []byte) error {
	var text string
	if err := json.Unmarshal(data, &text); err != nil {
		return err
	}
	parsed, ok := ParseDateTime(text)
	if !ok {
		return errors.New("not an RFC 3339 date-time: " + strconv.Quote(text))
	}
	*d = parsed
	return nil
}
