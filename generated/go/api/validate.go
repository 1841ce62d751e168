// Code generated from catalog/*.yaml by `npm run build`. DO NOT EDIT.
// Generated from catalog/*.yaml by scripts/emit/languages/go/envelope.ts (npm run build); do not edit.

package api

import (
	"bytes"
	"encoding/json"
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

// checkEnvelope checks what the JSON Schema requires and encoding/json does not: exact member names
// (encoding/json matches them in any case), the members each kind of envelope needs, and their types.
func checkEnvelope(data []byte) error {
	var body map[string]json.RawMessage
	if err := json.Unmarshal(data, &body); err != nil {
		if trimmed := bytes.TrimSpace(data); len(trimmed) > 0 && trimmed[0] == '<' {
			return invalid("the body is HTML, not JSON (a proxy or gateway page?)")
		}
		if !json.Valid(data) {
			return invalid("the body is not valid JSON")
		}
		return invalid("the body must be an object")
	}
	if body == nil {
		return invalid("the body must be an object, not null")
	}
	var success bool
	if raw, ok := body["success"]; !ok {
		return invalid("the body must have required property 'success'")
	} else if json.Unmarshal(raw, &success) != nil || isNull(raw) {
		return invalid("/success must be a boolean")
	}
	if success {
		if _, ok := body["data"]; !ok {
			return invalid("the body must have required property 'data'")
		}
		return nil
	}
	raw, ok := body["error"]
	if !ok {
		return invalid("the body must have required property 'error'")
	}
	var errorBody map[string]json.RawMessage
	if json.Unmarshal(raw, &errorBody) != nil || errorBody == nil {
		return invalid("/error must be an object")
	}
	for _, member := range []string{"code", "message"} {
		raw, ok := errorBody[member]
		if !ok {
			return invalid("/error must have required property '" + member + "'")
		}
		var text string
		if json.Unmarshal(raw, &text) != nil || isNull(raw) {
			return invalid("/error/" + member + " must be a string")
		}
	}
	if raw, ok := errorBody["details"]; ok && !isNull(raw) {
		var details map[string]json.RawMessage
		if json.Unmarshal(raw, &details) != nil {
			return invalid("/error/details must be an object")
		}
	}
	return nil
}

// isNull is true for a JSON null, which encoding/json decodes into any type without an error.
func isNull(raw json.RawMessage) bool {
	return string(bytes.TrimSpace(raw)) == "null"
}
