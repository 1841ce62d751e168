package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/vpn-error-codes/vpn-error-codes/generated/go/codeinfo"
	"github.com/vpn-error-codes/vpn-error-codes/generated/go/httpstatus"
	"github.com/vpn-error-codes/vpn-error-codes/generated/go/operationalerror"
	"github.com/vpn-error-codes/vpn-error-codes/generated/go/responseresult"
	"github.com/vpn-error-codes/vpn-error-codes/generated/go/resterrorcode"
)

// family is what the lookup lines need of a family package: Find for a text key, and for an integer
// family the Code of a number.
type family struct {
	find    func(string) (codeinfo.Match, bool)
	byValue func(int) (codeinfo.Info, bool)
}

var families = map[string]family{
	"HttpStatus":       {httpstatus.Find, func(n int) (codeinfo.Info, bool) { return httpstatus.Code(n).Info() }},
	"OperationalError": {operationalerror.Find, func(n int) (codeinfo.Info, bool) { return operationalerror.Code(n).Info() }},
	"ResponseResult":   {responseresult.Find, nil},
	"RestErrorCode":    {resterrorcode.Find, nil},
}

// keysOf is every key of a code that a lookup accepts, in the reference's order.
func keysOf(code map[string]any) []any {
	keys := []any{code["value"]}
	if n, ok := code["value"].(float64); ok {
		keys = append(keys, strconv.Itoa(int(n)))
	}
	if code["name"] != code["value"] {
		keys = append(keys, code["name"])
	}
	if aliases, ok := code["aliases"].([]any); ok {
		keys = append(keys, aliases...)
	}
	if legacy, ok := code["legacyNames"].([]any); ok {
		for _, l := range legacy {
			keys = append(keys, l.(map[string]any)["name"])
		}
	}
	var unique []any
	seen := map[any]bool{}
	for _, k := range keys {
		if !seen[k] {
			seen[k] = true
			unique = append(unique, k)
		}
	}
	return unique
}

// keyText is a key as JSON.stringify writes it.
func keyText(key any) string {
	if s, ok := key.(string); ok {
		return jsString(s)
	}
	return jsonText(key)
}

func lookupLine(name string, f family, key any) string {
	var info codeinfo.Info
	var by codeinfo.KeyKind
	ok := false
	switch k := key.(type) {
	case string:
		var m codeinfo.Match
		m, ok = f.find(k)
		info, by = m.Info, m.By
	case float64:
		// A number names a code of an integer family by its value; a name family has no numbers.
		if f.byValue != nil && k == float64(int(k)) {
			info, ok = f.byValue(int(k))
			by = codeinfo.ByValue
		}
	}
	if !ok {
		return fmt.Sprintf("lookup %s %s -> unknown", name, keyText(key))
	}
	value := info.Value
	if f.byValue == nil {
		value = jsString(info.Value)
	}
	status := "none"
	if info.HTTPStatus != 0 {
		status = strconv.Itoa(info.HTTPStatus)
	}
	deprecated := "none"
	if d := info.Deprecated; d != nil {
		deprecated = d.Reason
		if d.Replacement != "" {
			deprecated += ":" + d.Replacement
		}
	}
	orNone := func(text string) string {
		if text == "" {
			return "none"
		}
		return jsString(text)
	}
	return strings.Join([]string{
		fmt.Sprintf("lookup %s %s -> %s", name, keyText(key), info.Name),
		"by=" + string(by),
		"value=" + value,
		"group=" + info.Group,
		"status=" + status,
		"strategy=" + info.Strategy,
		"basis=" + info.Basis,
		"retryable=" + strconv.FormatBool(info.Retryable),
		"stability=" + info.Stability,
		"deprecated=" + deprecated,
		"action=" + orNone(info.Action),
		"description=" + jsString(info.Description),
		"note=" + jsString(info.Note),
		"override=" + orNone(info.Override),
	}, " ")
}

func lookupLines(root string, unknown []any) []string {
	var catalog struct {
		Families []struct {
			Name  string           `json:"name"`
			Codes []map[string]any `json:"codes"`
		} `json:"families"`
	}
	if err := json.Unmarshal(read(filepath.Join(root, "generated", "catalog.json")), &catalog); err != nil {
		panic(err)
	}
	var out []string
	for _, fam := range catalog.Families {
		f, ok := families[fam.Name]
		if !ok {
			panic("no package for family " + fam.Name)
		}
		for _, code := range fam.Codes {
			for _, key := range keysOf(code) {
				out = append(out, lookupLine(fam.Name, f, key))
			}
		}
		for _, key := range unknown {
			out = append(out, lookupLine(fam.Name, f, key))
		}
	}
	return out
}
