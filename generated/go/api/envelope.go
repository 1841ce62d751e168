// Copied from runtime/go/api/envelope.go by npm run build: edit that file, not this copy.

// Package api reads the REST response envelope. CheckEnvelope checks a body as the envelope's JSON
// Schema does, against an EnvelopePolicy (the codes the catalog knows and their details shapes);
// ErrorCodeOf reads a failure's code from the envelope's core alone; Decode does both checks and
// decodes. In the published package, api.go beside this file holds the envelope's struct types and
// UnmarshalAPIResponse, and DefaultEnvelopePolicy is the catalog's policy.
package api

import (
	"bytes"
	"encoding/json"
)

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

// Decode checks data as CheckEnvelope does under policy, then decodes it into v with encoding/json.
// Anything either rejects is an *InvalidResponseError, so that a nil error means v holds what the
// schema promises.
func Decode(data []byte, policy *EnvelopePolicy, v any) error {
	if err := CheckEnvelope(data, policy); err != nil {
		return err
	}
	if err := json.Unmarshal(data, v); err != nil {
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
	var code string
	// checkCore has checked that the code is a string.
	_ = json.Unmarshal(errorBody["code"], &code)
	if !policy.KnownCodes[code] && !policy.unknownCodeMatches(code) {
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
	if shape, ok := policy.Details[code]; ok {
		if problem := policy.problem(shape, details); problem != "" {
			return invalid("/error/details" + problem)
		}
	}
	return nil
}

// ErrorCodeOf is a failure's error code; ok is false for any other body. Only the envelope's core
// counts (success, error.code and error.message), so that details of the wrong shape or a code the
// catalog does not know do not hide the code (runtime/SPEC.md §8).
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
// of envelope needs and their types (runtime/SPEC.md §9). It gives a failure's error object, nil for a
// success.
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

// isNull is true for a JSON null, which encoding/json decodes into any type without an error.
func isNull(raw json.RawMessage) bool {
	return string(bytes.TrimSpace(raw)) == "null"
}
