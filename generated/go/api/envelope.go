// Copied from runtime/go/api/envelope.go by npm run build: edit that file, not this copy.

// Package api reads the REST response envelope. CheckEnvelope checks a body as the envelope's JSON
// Schema does, against an EnvelopePolicy (the codes the catalog knows and their details shapes);
// ErrorCodeOf reads a failure's code from the envelope's core alone; Decode does both checks and
// decodes. In the published package, api.go beside this file holds the envelope's struct types and
// UnmarshalAPIResponse, and DefaultEnvelopePolicy is the catalog's policy.
package api

import (
	"bytes"
	"strconv"
	"unicode/utf8"
)

// MaxBodyLength is the longest body that is read, in UTF-16 code units of its text, as the reference
// counts a JavaScript string (runtime/SPEC.md §8): a longer body gives no code and is no envelope.
const MaxBodyLength = 1 << 20

// tooLong says whether data, decoded as UTF-8 (a leading byte-order mark dropped, each malformed byte
// read as U+FFFD), is longer than MaxBodyLength code units. A body of at most that many bytes never is.
func tooLong(data []byte) bool {
	if len(data) <= MaxBodyLength {
		return false
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	units := 0
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		units++
		if r > 0xFFFF {
			units++
		}
		if units > MaxBodyLength {
			return true
		}
		data = data[size:]
	}
	return false
}

// InvalidResponseError says why a body is not the envelope: not JSON (a proxy's HTML page, plain
// text) or not of the schema's shape. Test for it with errors.As.
type InvalidResponseError struct {
	Problem string
}

func (e *InvalidResponseError) Error() string {
	return "not the response envelope: " + e.Problem
}

func invalid(problem string) error {
	return &InvalidResponseError{Problem: problem}
}

// Decode checks data as CheckEnvelope does under policy, then decodes it into v, a non-nil pointer,
// as encoding/json does but with member names matched exactly, as the schema names them (a "Code"
// beside "code" is another member, runtime/SPEC.md §9), any nesting the checks accepted, and a lone
// surrogate escape kept in a string field (see decodeString). Anything either rejects is an
// *InvalidResponseError, so that a nil error means v holds what the schema promises.
func Decode(data []byte, policy *EnvelopePolicy, v any) error {
	if err := CheckEnvelope(data, policy); err != nil {
		return err
	}
	if err := decodeExact(data, v); err != nil {
		return invalid(err.Error())
	}
	return nil
}

// CheckEnvelope checks what the envelope's JSON Schema requires and encoding/json does not: the
// envelope's core, then that a code the policy does not know is shaped like one and that a known
// code's details have its shape (runtime/SPEC.md §9, §10). A nil policy is the zero EnvelopePolicy.
// The error is an *InvalidResponseError, or nil.
func CheckEnvelope(data []byte, policy *EnvelopePolicy) error {
	if policy == nil {
		policy = &EnvelopePolicy{}
	}
	errorBody, err := checkCore(data)
	if err != nil || errorBody == nil {
		return err
	}
	// checkCore has checked that the code is a string.
	raw, _ := lastMember(errorBody, "code")
	code := decodeString(raw)
	if !policy.KnownCodes[code] && !policy.unknownCodeMatches(code) {
		return invalid("/error/code is neither a known code nor shaped like one")
	}
	raw, ok := lastMember(errorBody, "details")
	if !ok {
		return nil
	}
	details, ok := objectMembers(raw)
	if !ok {
		return invalid("/error/details must be an object")
	}
	if shape, ok := policy.Details[code]; ok {
		if problem := policy.problem(shape, details); problem != "" {
			return invalid("/error/details" + problem)
		}
	}
	return nil
}

// ErrorCodeOf is a failure's error code; ok is false for any other body. Only the envelope's core
// counts (success, error.code and error.message), so that details of the wrong shape, a code the
// catalog does not know or JSON that encoding/json refuses (deep nesting, huge numbers) do not hide
// the code (runtime/SPEC.md §8).
func ErrorCodeOf(data []byte) (code string, ok bool) {
	errorBody, err := checkCore(data)
	if err != nil || errorBody == nil {
		return "", false
	}
	// checkCore has checked that the code is a string.
	raw, _ := lastMember(errorBody, "code")
	return decodeString(raw), true
}

// checkCore checks that data is JSON, then the members each kind of envelope needs, under their exact
// names, and their types (runtime/SPEC.md §9). It gives a failure's error object, nil for a success.
func checkCore(data []byte) ([]member, error) {
	if tooLong(data) {
		return nil, invalid("the body is longer than " + strconv.Itoa(MaxBodyLength) + " UTF-16 code units, so it is not read")
	}
	if !isJSON(data) {
		if trimmed := bytes.TrimSpace(data); len(trimmed) > 0 && trimmed[0] == '<' {
			return nil, invalid("the body is HTML, not JSON (a proxy or gateway page?)")
		}
		return nil, invalid("the body is not valid JSON")
	}
	body, ok := objectMembers(data)
	if !ok {
		if string(trimJSON(data)) == "null" {
			return nil, invalid("the body must be an object, not null")
		}
		return nil, invalid("the body must be an object")
	}
	raw, ok := lastMember(body, "success")
	if !ok {
		return nil, invalid("the body must have required property 'success'")
	}
	success := string(raw) == "true"
	if !success && string(raw) != "false" {
		return nil, invalid("/success must be a boolean")
	}
	if success {
		if _, ok := lastMember(body, "data"); !ok {
			return nil, invalid("the body must have required property 'data'")
		}
		return nil, nil
	}
	raw, ok = lastMember(body, "error")
	if !ok {
		return nil, invalid("the body must have required property 'error'")
	}
	errorBody, ok := objectMembers(raw)
	if !ok {
		return nil, invalid("/error must be an object")
	}
	for _, name := range []string{"code", "message"} {
		raw, ok := lastMember(errorBody, name)
		if !ok {
			return nil, invalid("/error must have required property '" + name + "'")
		}
		if raw[0] != '"' {
			return nil, invalid("/error/" + name + " must be a string")
		}
	}
	return errorBody, nil
}

// TypedDetails is a failure's details decoded into its code's type, a pointer from
// policy.DetailsTypes (the published package's README shows one such type); nil when the
// body is no failure, has no details or its code no details type. Call it on a body Decode or
// CheckEnvelope accepted; an error is an *InvalidResponseError.
func (p *EnvelopePolicy) TypedDetails(data []byte) (any, error) {
	errorBody, err := checkCore(data)
	if err != nil || errorBody == nil || p == nil {
		return nil, err
	}
	raw, _ := lastMember(errorBody, "code")
	newDetails, ok := p.DetailsTypes[decodeString(raw)]
	raw, present := lastMember(errorBody, "details")
	if !ok || !present || raw[0] == 'n' {
		return nil, nil
	}
	details := newDetails()
	if err := decodeExact(raw, details); err != nil {
		return nil, invalid("/error/details: " + err.Error())
	}
	return details, nil
}

// FailureText is the text of an API failure as an error: "EXAMPLE_EXPIRED (HTTP 418): message".
func FailureText(status int, code, message string) string {
	text := code
	if status != 0 {
		text += " (HTTP " + strconv.Itoa(status) + ")"
	}
	return text + ": " + message
}
