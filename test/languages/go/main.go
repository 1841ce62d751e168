// Command harness decodes the shared vectors with the generated packages and prints one canonical
// line per vector; with "lookups", the lookup of every key of every code, in
// test/languages/typescript/lookups.ts's format; with "reconnect", the reconnect decision of every case
// of test/vectors/reconnect.json (or of a file in its format). Usage: go run . <repository root> [lookups <unknown keys> | reconnect [cases.json]]
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/vpn-error-codes/vpn-error-codes/generated/go/api"
	"github.com/vpn-error-codes/vpn-error-codes/generated/go/catalog"
	"github.com/vpn-error-codes/vpn-error-codes/generated/go/httpstatus"
	"github.com/vpn-error-codes/vpn-error-codes/generated/go/operationalerror"
	"github.com/vpn-error-codes/vpn-error-codes/generated/go/reconnect"
	"github.com/vpn-error-codes/vpn-error-codes/generated/go/responseresult"
	"github.com/vpn-error-codes/vpn-error-codes/generated/go/resterrorcode"
	"github.com/vpn-error-codes/vpn-error-codes/generated/go/retry"
)

// member is what the harness needs of any family, so that one loop serves all four.
type member interface {
	fmt.Stringer
	Known() bool
	Retryable() bool
}

// byValue converts a JSON value into the family's Code; a value of the wrong kind is unknown.
func byValue(family string, value interface{}) member {
	var m member
	switch v := value.(type) {
	case float64:
		switch family {
		case "OperationalError":
			m = operationalerror.Code(int(v))
		case "HttpStatus":
			m = httpstatus.Code(int(v))
		}
	case string:
		switch family {
		case "ResponseResult":
			m = responseresult.Code(v)
		case "RestErrorCode":
			m = resterrorcode.Code(v)
		}
	}
	if m == nil || !m.Known() {
		return nil
	}
	return m
}

func byName(family, name string) (member, error) {
	switch family {
	case "OperationalError":
		return operationalerror.Parse(name)
	case "HttpStatus":
		return httpstatus.Parse(name)
	case "ResponseResult":
		return responseresult.Parse(name)
	case "RestErrorCode":
		return resterrorcode.Parse(name)
	}
	panic("no family " + family)
}

func memberCount(family string) int {
	switch family {
	case "OperationalError":
		return len(operationalerror.Values())
	case "HttpStatus":
		return len(httpstatus.Values())
	case "ResponseResult":
		return len(responseresult.Values())
	case "RestErrorCode":
		return len(resterrorcode.Values())
	}
	panic("no family " + family)
}

func jsonText(v interface{}) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// jsString writes a string as JavaScript's JSON.stringify does, the reference's format: only quotes,
// backslashes and control characters escaped, and a lone surrogate, which the decoder keeps in
// WTF-8, as its \u escape.
func jsString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 && i+3 <= len(s) && s[i] == 0xed && s[i+1]&0xe0 == 0xa0 {
			fmt.Fprintf(&b, "\\u%04x", rune(s[i]&0x0f)<<12|rune(s[i+1]&0x3f)<<6|rune(s[i+2]&0x3f))
			i += 3
			continue
		}
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\b':
			b.WriteString("\\b")
		case r == '\f':
			b.WriteString("\\f")
		case r == '\n':
			b.WriteString("\\n")
		case r == '\r':
			b.WriteString("\\r")
		case r == '\t':
			b.WriteString("\\t")
		case r < 0x20:
			fmt.Fprintf(&b, "\\u%04x", r)
		default:
			b.WriteRune(r)
		}
		i += size
	}
	b.WriteByte('"')
	return b.String()
}

func list(items []string) string { return "[" + strings.Join(items, "|") + "]" }

func orNull(s *string) string {
	if s == nil {
		return "null"
	}
	return *s
}

// typedDetails prints the details the decoder gave as the code's type, in one step with the envelope.
func typedDetails(typed any) (string, bool) {
	switch d := typed.(type) {
	case *api.TokenExpiredDetails:
		return fmt.Sprintf("TokenExpiredDetails(expiredAt=%s;tokenType=%s)", d.ExpiredAt, d.TokenType), true
	case *api.ValidationErrorDetails:
		return fmt.Sprintf("ValidationErrorDetails(constraint=%s;field=%s;received=%s)", d.Constraint, d.Field, jsonText(d.Received)), true
	case *api.WeakPasswordDetails:
		return fmt.Sprintf("WeakPasswordDetails(failedChecks=%s;requirements=%s)", list(d.FailedChecks), list(d.Requirements)), true
	case *api.DeviceLimitReachedDetails:
		return fmt.Sprintf("DeviceLimitReachedDetails(currentDevices=%s;maxDevices=%s;plan=%s;upgradeUrl=%s)", d.CurrentDevices, d.MaxDevices, d.Plan, orNull(d.UpgradeURL)), true
	case *api.SubscriptionExpiredDetails:
		return fmt.Sprintf("SubscriptionExpiredDetails(expiredAt=%s;plan=%s;renewUrl=%s)", d.ExpiredAt, d.Plan, orNull(d.RenewURL)), true
	}
	return "", false
}

func envelopeLine(file string, data []byte) string {
	response, err := api.UnmarshalAPIResponse(data)
	var invalid *api.InvalidResponseError
	if errors.As(err, &invalid) {
		return fmt.Sprintf("envelope %s -> invalid", file)
	}
	if err != nil {
		return fmt.Sprintf("envelope %s -> an error that is not an *api.InvalidResponseError: %v", file, err)
	}
	if response.Success {
		kind := "other"
		if _, ok := response.Data.(map[string]interface{}); ok {
			kind = "object"
		}
		return fmt.Sprintf("envelope %s success=true data=%s", file, kind)
	}
	e := response.Error
	known, retryable := "unknown", "unknown"
	if e.Code.Known() {
		known, retryable = e.Code.String(), fmt.Sprint(e.Code.Retryable())
	}
	details := "none"
	if e.Details != nil {
		if typed, ok := typedDetails(e.TypedDetails); ok {
			details = typed
		} else {
			keys := make([]string, 0, len(e.Details))
			for k := range e.Details {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			details = "keys(" + strings.Join(keys, ",") + ")"
		}
	}
	return fmt.Sprintf("envelope %s success=false code=%s known=%s retryable=%s message=%s details=%s",
		file, string(e.Code), known, retryable, jsString(e.Message), details)
}

func read(path string) []byte {
	data, err := os.ReadFile(path)
	if err != nil {
		panic(err)
	}
	return data
}

func lines(root string) []string {
	var out []string
	var vectors struct {
		Values []struct {
			Family string      `json:"family"`
			Value  interface{} `json:"value"`
		} `json:"values"`
		Names []struct {
			Family string `json:"family"`
			Lookup string `json:"lookup"`
		} `json:"names"`
	}
	if err := json.Unmarshal(read(filepath.Join(root, "test", "vectors", "codes.json")), &vectors); err != nil {
		panic(err)
	}
	for _, v := range vectors.Values {
		found := "unknown"
		if m := byValue(v.Family, v.Value); m != nil {
			found = fmt.Sprintf("%s retryable=%t json=%s", m, m.Retryable(), jsonText(m))
		}
		out = append(out, fmt.Sprintf("value %s %s -> %s", v.Family, jsonText(v.Value), found))
	}
	for _, v := range vectors.Names {
		found := "unknown"
		if m, err := byName(v.Family, v.Lookup); err == nil {
			found = m.String()
		}
		out = append(out, fmt.Sprintf("name %s %s -> %s", v.Family, jsonText(v.Lookup), found))
	}

	c, err := catalog.UnmarshalCatalog(read(filepath.Join(root, "generated", "catalog.json")))
	if err != nil {
		panic(err)
	}
	for _, f := range c.Families {
		name := string(f.Name)
		out = append(out, fmt.Sprintf("family %s codes=%d members=%d", name, len(f.Codes), memberCount(name)))
		for _, code := range f.Codes {
			var value interface{}
			if code.Value.Integer != nil {
				value = float64(*code.Value.Integer)
			} else {
				value = *code.Value.String
			}
			found := "unknown"
			if m := byValue(name, value); m != nil {
				found = fmt.Sprintf("%s retryable=%t", m, m.Retryable())
			}
			out = append(out, fmt.Sprintf("member %s %s -> %s catalog-retryable=%t", name, jsonText(value), found, code.Retryable))
		}
	}

	paths, err := filepath.Glob(filepath.Join(root, "test", "vectors", "envelopes", "*.json"))
	if err != nil {
		panic(err)
	}
	sort.Strings(paths)
	for _, path := range paths {
		out = append(out, envelopeLine(filepath.Base(path), read(path)))
	}
	invalidDir := filepath.Join(root, "test", "vectors", "envelopes", "invalid")
	entries, err := os.ReadDir(invalidDir)
	if err != nil {
		panic(err)
	}
	for _, entry := range entries {
		out = append(out, envelopeLine("invalid/"+entry.Name(), read(filepath.Join(invalidDir, entry.Name()))))
	}

	var decisions struct {
		Cases []struct {
			ID             string      `json:"id"`
			Status         int         `json:"status"`
			Headers        [][2]string `json:"headers"`
			Body           *string     `json:"body"`
			Attempt        int         `json:"attempt"`
			TokenRefreshed bool        `json:"tokenRefreshed"`
			Now            int64       `json:"now"`
			Random         float64     `json:"random"`
		} `json:"cases"`
	}
	if err := json.Unmarshal(read(filepath.Join(root, "test", "vectors", "decisions.json")), &decisions); err != nil {
		panic(err)
	}
	for _, c := range decisions.Cases {
		header := http.Header{}
		for _, pair := range c.Headers {
			header.Add(pair[0], pair[1])
		}
		var body []byte
		if c.Body != nil {
			body = []byte(*c.Body)
		}
		pinned := c.Random
		d := retry.Advise(c.Status, header, body, c.Attempt, retry.Options{
			TokenRefreshed: c.TokenRefreshed,
			Now:            time.UnixMilli(c.Now),
			Random:         func() float64 { return pinned },
		})
		out = append(out, fmt.Sprintf("decision %s -> %s", c.ID, decisionLine(d)))
	}
	return out
}

func decisionLine(d retry.Decision) string {
	switch d.Action {
	case retry.ActionRetry:
		return fmt.Sprintf("retry %d %s", d.Delay.Milliseconds(), d.Basis)
	case retry.ActionFail:
		return fmt.Sprintf("fail %s", d.Reason)
	}
	return string(d.Action)
}

// msTime is a vector's clock in ms as a time.Time.
func msTime(ms float64) time.Time {
	whole := math.Floor(ms)
	return time.UnixMilli(int64(whole)).Add(time.Duration((ms - whole) * float64(time.Millisecond)))
}

func msTimes(list []float64) []time.Time {
	out := make([]time.Time, len(list))
	for i, ms := range list {
		out[i] = msTime(ms)
	}
	return out
}

// reconnectLines decides every case of a file in test/vectors/reconnect.json's format with
// reconnect.Advise, in that format.
func reconnectLines(path string) []string {
	var vectors struct {
		Cases []struct {
			ID      string      `json:"id"`
			Family  string      `json:"family"`
			Code    interface{} `json:"code"`
			History struct {
				Reconnects []float64 `json:"reconnects"`
				Connected  []float64 `json:"connected"`
				Errors     []struct {
					At     float64     `json:"at"`
					Family string      `json:"family"`
					Code   interface{} `json:"code"`
				} `json:"errors"`
			} `json:"history"`
			Now    float64 `json:"now"`
			Random float64 `json:"random"`
		} `json:"cases"`
	}
	if err := json.Unmarshal(read(path), &vectors); err != nil {
		panic(err)
	}
	var out []string
	for _, c := range vectors.Cases {
		history := reconnect.History{Reconnects: msTimes(c.History.Reconnects), Connected: msTimes(c.History.Connected)}
		for _, e := range c.History.Errors {
			history.Errors = append(history.Errors, reconnect.Error{At: msTime(e.At), Family: e.Family, Code: e.Code})
		}
		pinned := c.Random
		a := reconnect.Advise(c.Family, c.Code, history, reconnect.Options{Now: msTime(c.Now), Random: func() float64 { return pinned }})
		var answer string
		switch a.Action {
		case reconnect.ActionReconnect:
			answer = fmt.Sprintf("reconnect %d %s", a.Delay.Milliseconds(), a.Basis)
		case reconnect.ActionStop:
			answer = fmt.Sprintf("stop %s", a.Reason)
		default:
			answer = string(a.Action)
		}
		out = append(out, fmt.Sprintf("reconnect %s -> %s", c.ID, answer))
	}
	return out
}

func main() {
	if (len(os.Args) == 3 || len(os.Args) == 4) && os.Args[2] == "reconnect" {
		path := filepath.Join(os.Args[1], "test", "vectors", "reconnect.json")
		if len(os.Args) == 4 {
			path = os.Args[3]
		}
		for _, line := range reconnectLines(path) {
			fmt.Println(line)
		}
		return
	}
	if len(os.Args) == 4 && os.Args[2] == "lookups" {
		var unknown []any
		if err := json.Unmarshal([]byte(os.Args[3]), &unknown); err != nil {
			panic(err)
		}
		for _, line := range lookupLines(os.Args[1], unknown) {
			fmt.Println(line)
		}
		return
	}
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: harness <repository root> [lookups <unknown keys as a JSON array> | reconnect [cases.json]]")
		os.Exit(2)
	}
	for _, line := range lines(os.Args[1]) {
		fmt.Println(line)
	}
}
