// Copied from runtime/go/api/details.go by npm run build: edit that file, not this copy.

package api

import (
	"encoding/json"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// problem says how details differ from shape, as a JSON pointer below /error/details and what is
// wrong there, or is empty when nothing does (runtime/SPEC.md §10).
func (p *EnvelopePolicy) problem(shape DetailsShape, details map[string]json.RawMessage) string {
	for _, name := range shape.Required {
		if _, ok := details[name]; !ok {
			return " must have required property '" + name + "'"
		}
	}
	for _, f := range shape.Fields {
		raw, ok := details[f.Name]
		if !ok {
			continue
		}
		var value any
		if json.Unmarshal(raw, &value) != nil {
			return "/" + f.Name + " is not a JSON value this decoder can read"
		}
		if f.Type != "" && !is(value, f.Type) {
			return "/" + f.Name + " must be " + f.Type
		}
		if number, ok := value.(float64); ok && f.HasMinimum && number < f.Minimum {
			return "/" + f.Name + " must be >= " + strconv.FormatFloat(f.Minimum, 'f', -1, 64)
		}
		if text, ok := value.(string); ok && f.Format != "" && !p.hasFormat(text, f.Format) {
			return "/" + f.Name + " must match format " + f.Format
		}
		if items, ok := value.([]any); ok && f.Items != "" {
			for _, item := range items {
				if !is(item, f.Items) {
					return "/" + f.Name + " items must be " + f.Items
				}
			}
		}
	}
	return ""
}

// is reports whether a decoded JSON value has the JSON Schema type; an integer is any number with no
// fraction, as JSON Schema says.
func is(value any, jsonType string) bool {
	switch v := value.(type) {
	case string:
		return jsonType == "string"
	case float64:
		return jsonType == "number" || (jsonType == "integer" && v == math.Trunc(v))
	case bool:
		return jsonType == "boolean"
	case []any:
		return jsonType == "array"
	case map[string]any:
		return jsonType == "object"
	}
	return false
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
	if month < 1 || month > 12 {
		return false
	}
	days := daysInMonth[month-1]
	if month == 2 && year%4 == 0 && (year%100 != 0 || year%400 == 0) {
		days = 29
	}
	if day < 1 || day > days || n(4) > 23 || n(5) > 59 || n(6) > 60 {
		return false
	}
	// No offset sign: the date-time is in UTC (Z).
	return m[7] == "" || (n(8) <= 23 && n(9) <= 59)
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
