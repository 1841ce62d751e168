package api

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// problem says how details differ from shape, as a JSON pointer below /error/details and what is
// wrong there, or is empty when nothing does (runtime/SPEC.md §10). It reads the JSON text itself,
// so that a value nested deeper than encoding/json goes is checked too.
func (p *EnvelopePolicy) problem(shape DetailsShape, details []member) string {
	for _, name := range shape.Required {
		if _, ok := lastMember(details, name); !ok {
			return " must have required property '" + name + "'"
		}
	}
	for _, f := range shape.Fields {
		raw, ok := lastMember(details, f.Name)
		if !ok {
			continue
		}
		if f.Type != "" && !is(raw, f.Type) {
			return "/" + f.Name + " must be " + f.Type
		}
		if number, ok := numberOf(raw); ok && f.HasMinimum && number < f.Minimum {
			return "/" + f.Name + " must be >= " + strconv.FormatFloat(f.Minimum, 'f', -1, 64)
		}
		if raw[0] == '"' && f.Format != "" && !p.hasFormat(decodeString(raw), f.Format) {
			return "/" + f.Name + " must match format " + f.Format
		}
		if items, ok := arrayItems(raw); ok && f.Items != "" {
			for _, item := range items {
				if !is(item, f.Items) {
					return "/" + f.Name + " items must be " + f.Items
				}
			}
		}
	}
	return ""
}

// numberOf is a JSON number's binary64 value: 1e400 is +Inf and a 400-digit integer its nearest
// binary64 (§8).
func numberOf(raw []byte) (float64, bool) {
	if c := raw[0]; c != '-' && (c < '0' || c > '9') {
		return 0, false
	}
	// The text is a JSON number, so the only error is a range error, whose value is ±Inf or ±0.
	v, _ := strconv.ParseFloat(string(raw), 64)
	return v, true
}

// is reports whether a JSON value has the JSON Schema type; an integer is any finite number with no
// fraction, as JSON Schema says of its binary64 value (§10).
func is(raw []byte, jsonType string) bool {
	switch raw[0] {
	case '"':
		return jsonType == "string"
	case 't', 'f':
		return jsonType == "boolean"
	case '[':
		return jsonType == "array"
	case '{':
		return jsonType == "object"
	case 'n':
		return jsonType == "null"
	}
	v, _ := numberOf(raw)
	return jsonType == "number" || (jsonType == "integer" && !math.IsInf(v, 0) && v == math.Trunc(v))
}

// hasFormat checks the two string formats a details shape uses; any other format matches nothing.
func (p *EnvelopePolicy) hasFormat(text, format string) bool {
	switch format {
	case "date-time":
		return p.isDateTime(text)
	case "uri":
		return p.isURI(text)
	}
	return false
}

var daysInMonth = [12]int{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

func (p *EnvelopePolicy) isDateTime(text string) bool {
	pattern := compiled(p.DateTimePattern, true)
	if pattern == nil {
		return false
	}
	m := pattern.FindStringSubmatch(text)
	if len(m) < 10 {
		return false
	}
	n := func(i int) int {
		v, _ := strconv.Atoi(m[i])
		return v
	}
	year, month, day := n(1), n(2), n(3)
	offset := 0
	if m[7] != "" {
		offset = n(8)*60 + n(9)
		if m[7] == "-" {
			offset = -offset
		}
	}
	// No offset sign: the date-time is in UTC (Z).
	return validClock(year, month, day, n(4), n(5), n(6)) && (m[7] == "" || (n(8) <= 23 && n(9) <= 59)) && validLeap(n(4), n(5), n(6), offset)
}

// validClock checks each field's range: month 1–12, day 1 to the month's length (29 February in
// Gregorian leap years), hour ≤ 23, minute ≤ 59, second ≤ 60.
func validClock(year, month, day, hour, minute, second int) bool {
	if month < 1 || month > 12 {
		return false
	}
	days := daysInMonth[month-1]
	if month == 2 && year%4 == 0 && (year%100 != 0 || year%400 == 0) {
		days = 29
	}
	return day >= 1 && day <= days && hour <= 23 && minute <= 59 && second <= 60
}

// validLeap: second 60 is a leap second, which exists only at 23:59:60 UTC, as the schema's date-time
// format says; offset is the local time's offset in minutes.
func validLeap(hour, minute, second, offset int) bool {
	if second != 60 {
		return true
	}
	utc := ((hour*60+minute-offset)%1440 + 1440) % 1440
	return utc == 23*60+59
}

func (p *EnvelopePolicy) isURI(text string) bool {
	colon := strings.IndexByte(text, ':')
	scheme := compiled(p.URISchemePattern, true)
	if colon < 0 || scheme == nil || !scheme.MatchString(text[:colon]) {
		return false
	}
	return !strings.ContainsFunc(text[colon+1:], func(r rune) bool { return slices.Contains(p.URIForbidden, r) })
}

func (p *EnvelopePolicy) unknownCodeMatches(code string) bool {
	pattern := compiled(p.UnknownCodePattern, false)
	return pattern != nil && pattern.MatchString(code)
}

// patterns holds each policy pattern compiled once; a pattern that does not compile is held as nil
// and matches nothing.
var patterns sync.Map

type patternKey struct {
	pattern string
	whole   bool
}

// compiled is pattern as a Go regexp, anchored at both ends when whole is true.
func compiled(pattern string, whole bool) *regexp.Regexp {
	key := patternKey{pattern, whole}
	if re, ok := patterns.Load(key); ok {
		return re.(*regexp.Regexp)
	}
	source := pattern
	if whole {
		source = `^(?:` + pattern + `)$`
	}
	re, err := regexp.Compile(source)
	if err != nil {
		re = nil
	}
	patterns.Store(key, re)
	return re
}
