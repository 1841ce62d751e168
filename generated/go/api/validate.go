// Code generated from catalog/*.yaml by `npm run build`. DO NOT EDIT.
// Generated from catalog/*.yaml by scripts/emit/languages/go/envelope.ts (npm run build); do not edit.

package api

import (
	"bytes"
	"encoding/json"
	"math"
	"regexp"
	"strconv"

	"github.com/vpn-error-codes/vpn-error-codes/generated/go/resterrorcode"
)

// InvalidResponseError says why a body is not the OrbVPN envelope: not JSON (a proxy's HTML page,
// plain text) or not of the schema's shape. Test for it with errors.As.
type InvalidResponseError struct {
	Problem string
}

func (e *InvalidResponseError) Error() string {
	return "not the OrbVPN envelope: " + e.Problem
}

func invalid(problem string) error {
	return &InvalidResponseError{Problem: problem}
}

// checkEnvelope checks what the JSON Schema requires and encoding/json does not: the envelope's core
// (checkCore), the shape of a code the catalog does not know and the details shape of one it knows.
func checkEnvelope(data []byte) error {
	errorBody, err := checkCore(data)
	if err != nil || errorBody == nil {
		return err
	}
	var code string
	_ = json.Unmarshal(errorBody["code"], &code)
	if !resterrorcode.Code(code).Known() && !unknownCode.MatchString(code) {
		return invalid("/error/code is neither a known code nor shaped like one")
	}
	raw, ok := errorBody["details"]
	if !ok {
		return nil
	}
	var details map[string]json.RawMessage
	if json.Unmarshal(raw, &details) != nil || details == nil {
		return invalid("/error/details must be an object")
	}
	if shape, ok := shapes[code]; ok {
		if problem := shape.problem(details); problem != "" {
			return invalid("/error/details" + problem)
		}
	}
	return nil
}

// ErrorCodeOf is a failure's error code as retry.Advise reads it; ok is false for any other body.
// Only the envelope's core counts (success, error.code and error.message), as in the TypeScript
// reference, so that details of the wrong shape do not hide the code.
func ErrorCodeOf(data []byte) (code string, ok bool) {
	errorBody, err := checkCore(data)
	if err != nil || errorBody == nil {
		return "", false
	}
	// checkCore has checked that the code is a string.
	_ = json.Unmarshal(errorBody["code"], &code)
	return code, true
}

// checkCore checks exact member names (encoding/json matches them in any case), the members each kind
// of envelope needs and their types. It gives a failure's error object, nil for a success.
func checkCore(data []byte) (map[string]json.RawMessage, error) {
	var body map[string]json.RawMessage
	if err := json.Unmarshal(data, &body); err != nil {
		if trimmed := bytes.TrimSpace(data); len(trimmed) > 0 && trimmed[0] == '<' {
			return nil, invalid("the body is HTML, not JSON (a proxy or gateway page?)")
		}
		if !json.Valid(data) {
			return nil, invalid("the body is not valid JSON")
		}
		return nil, invalid("the body must be an object")
	}
	if body == nil {
		return nil, invalid("the body must be an object, not null")
	}
	var success bool
	if raw, ok := body["success"]; !ok {
		return nil, invalid("the body must have required property 'success'")
	} else if json.Unmarshal(raw, &success) != nil || isNull(raw) {
		return nil, invalid("/success must be a boolean")
	}
	if success {
		if _, ok := body["data"]; !ok {
			return nil, invalid("the body must have required property 'data'")
		}
		return nil, nil
	}
	raw, ok := body["error"]
	if !ok {
		return nil, invalid("the body must have required property 'error'")
	}
	var errorBody map[string]json.RawMessage
	if json.Unmarshal(raw, &errorBody) != nil || errorBody == nil {
		return nil, invalid("/error must be an object")
	}
	for _, member := range []string{"code", "message"} {
		raw, ok := errorBody[member]
		if !ok {
			return nil, invalid("/error must have required property '" + member + "'")
		}
		var text string
		if json.Unmarshal(raw, &text) != nil || isNull(raw) {
			return nil, invalid("/error/" + member + " must be a string")
		}
	}
	return errorBody, nil
}

var (
	// What a code the catalog does not know must look like.
	unknownCode = regexp.MustCompile(`^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$`)
	dateTime    = regexp.MustCompile(`^([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.[0-9]+)?(?:[Zz]|([+-])([0-9]{2}):([0-9]{2}))$`)
	uri         = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9+.-]*:[^\x{9}\x{a}\x{b}\x{c}\x{d}\x{20}\x{22}\x{3c}\x{3e}\x{5c}\x{5e}\x{60}\x{7b}\x{7c}\x{7d}\x{a0}\x{1680}\x{2000}\x{2001}\x{2002}\x{2003}\x{2004}\x{2005}\x{2006}\x{2007}\x{2008}\x{2009}\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}\x{feff}]*$`)
	daysInMonth = [12]int{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}
)

// field is one property of a details shape; an empty jsonType, format or items and a NaN minimum
// check nothing.
type field struct {
	name     string
	jsonType string
	minimum  float64
	format   string
	items    string
}

type shape struct {
	required []string
	fields   []field
}

// shapes holds each detailed code's details shape, from the catalog.
var shapes = map[string]shape{
	"DEVICE_LIMIT_REACHED": {
		required: []string{"currentDevices", "maxDevices", "plan"},
		fields: []field{
			{"currentDevices", "integer", 0, "", ""},
			{"maxDevices", "integer", 0, "", ""},
			{"plan", "string", math.NaN(), "", ""},
			{"upgradeUrl", "string", math.NaN(), "uri", ""},
		},
	},
	"SUBSCRIPTION_EXPIRED": {
		required: []string{"expiredAt", "plan"},
		fields: []field{
			{"expiredAt", "string", math.NaN(), "date-time", ""},
			{"plan", "string", math.NaN(), "", ""},
			{"renewUrl", "string", math.NaN(), "uri", ""},
		},
	},
	"TOKEN_EXPIRED": {
		required: []string{"expiredAt", "tokenType"},
		fields: []field{
			{"expiredAt", "string", math.NaN(), "date-time", ""},
			{"tokenType", "string", math.NaN(), "", ""},
		},
	},
	"VALIDATION_ERROR": {
		required: []string{"field", "constraint"},
		fields: []field{
			{"field", "string", math.NaN(), "", ""},
			{"constraint", "string", math.NaN(), "", ""},
			{"received", "", math.NaN(), "", ""},
		},
	},
	"WEAK_PASSWORD": {
		required: []string{"requirements", "failedChecks"},
		fields: []field{
			{"requirements", "array", math.NaN(), "", "string"},
			{"failedChecks", "array", math.NaN(), "", "string"},
		},
	},
}

// problem says what differs from the shape, or is empty when nothing does.
func (s shape) problem(details map[string]json.RawMessage) string {
	for _, name := range s.required {
		if _, ok := details[name]; !ok {
			return " must have required property '" + name + "'"
		}
	}
	for _, f := range s.fields {
		raw, ok := details[f.name]
		if !ok {
			continue
		}
		var value any
		if json.Unmarshal(raw, &value) != nil {
			return "/" + f.name + " is not a JSON value this decoder can read"
		}
		if f.jsonType != "" && !is(value, f.jsonType) {
			return "/" + f.name + " must be " + f.jsonType
		}
		if number, ok := value.(float64); ok && number < f.minimum {
			return "/" + f.name + " must be >= " + strconv.FormatFloat(f.minimum, 'f', -1, 64)
		}
		if text, ok := value.(string); ok && f.format != "" && !hasFormat(text, f.format) {
			return "/" + f.name + " must match format " + f.format
		}
		if items, ok := value.([]any); ok && f.items != "" {
			for _, item := range items {
				if !is(item, f.items) {
					return "/" + f.name + " items must be " + f.items
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

func hasFormat(text, format string) bool {
	if format == "uri" {
		return uri.MatchString(text)
	}
	m := dateTime.FindStringSubmatch(text)
	if m == nil {
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
	return m[7] == "" || (n(8) <= 23 && n(9) <= 59)
}

// isNull is true for a JSON null, which encoding/json decodes into any type without an error.
func isNull(raw json.RawMessage) bool {
	return string(bytes.TrimSpace(raw)) == "null"
}
