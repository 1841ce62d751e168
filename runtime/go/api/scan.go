package api

import (
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// A JSON reader of its own, for what encoding/json cannot do here (runtime/SPEC.md §8): it checks a
// body as RFC 8259 JSON at any depth (encoding/json stops at 10,000 levels, and the code in such a
// body must still count), gives an object's members under their exact names (encoding/json matches
// them in any case), and keeps a lone surrogate escape as its code unit. It never recurses, so no
// depth exhausts the stack.

// member is one member of an object: its name, decoded, and its value's JSON text.
type member struct {
	name  string
	value []byte
}

// isJSON reports whether data is one JSON value with only JSON whitespace around it.
func isJSON(data []byte) bool {
	end, ok := valueEnd(data, skipSpace(data, 0))
	return ok && skipSpace(data, end) == len(data)
}

// trimJSON is data without the JSON whitespace around it.
func trimJSON(data []byte) []byte {
	start := skipSpace(data, 0)
	end := len(data)
	for end > start && isSpace(data[end-1]) {
		end--
	}
	return data[start:end]
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r'
}

func skipSpace(data []byte, i int) int {
	for i < len(data) && isSpace(data[i]) {
		i++
	}
	return i
}

// valueEnd is the index just after the JSON value that starts at data[i], which it checks.
func valueEnd(data []byte, i int) (int, bool) {
	// The open objects and arrays, innermost last.
	var open []byte
	for {
		// A value is expected at i.
		i = skipSpace(data, i)
		if i >= len(data) {
			return 0, false
		}
		var ok bool
		switch c := data[i]; {
		case c == '{' || c == '[':
			closer := byte('}')
			if c == '[' {
				closer = ']'
			}
			if j := skipSpace(data, i+1); j < len(data) && data[j] == closer {
				i = j + 1
				ok = true
				break
			}
			open = append(open, c)
			i++
			if c == '{' {
				if i, ok = memberName(data, i); !ok {
					return 0, false
				}
			}
			continue
		case c == '"':
			i, ok = stringEnd(data, i)
		case c == 't':
			i, ok = literalEnd(data, i, "true")
		case c == 'f':
			i, ok = literalEnd(data, i, "false")
		case c == 'n':
			i, ok = literalEnd(data, i, "null")
		default:
			i, ok = numberEnd(data, i)
		}
		if !ok {
			return 0, false
		}
		// After a value: close what ends here, then expect the next value or the end.
		for {
			if len(open) == 0 {
				return i, true
			}
			i = skipSpace(data, i)
			if i >= len(data) {
				return 0, false
			}
			top := open[len(open)-1]
			if data[i] == ',' {
				i++
				if top == '{' {
					if i, ok = memberName(data, i); !ok {
						return 0, false
					}
				}
				break
			}
			if (top == '{' && data[i] == '}') || (top == '[' && data[i] == ']') {
				open = open[:len(open)-1]
				i++
				continue
			}
			return 0, false
		}
	}
}

// memberName reads a member's name and its colon, from i; it gives where the value starts.
func memberName(data []byte, i int) (int, bool) {
	i = skipSpace(data, i)
	if i >= len(data) || data[i] != '"' {
		return 0, false
	}
	i, ok := stringEnd(data, i)
	if !ok {
		return 0, false
	}
	i = skipSpace(data, i)
	if i >= len(data) || data[i] != ':' {
		return 0, false
	}
	return i + 1, true
}

func literalEnd(data []byte, i int, literal string) (int, bool) {
	if len(data)-i < len(literal) || string(data[i:i+len(literal)]) != literal {
		return 0, false
	}
	return i + len(literal), true
}

// stringEnd checks the string that starts at data[i] (its quote): escapes as RFC 8259 lists them and
// no unescaped control character. Bytes that are not UTF-8 are left to decodeString.
func stringEnd(data []byte, i int) (int, bool) {
	for i++; i < len(data); i++ {
		switch c := data[i]; {
		case c == '"':
			return i + 1, true
		case c < 0x20:
			return 0, false
		case c == '\\':
			i++
			if i >= len(data) {
				return 0, false
			}
			switch data[i] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
			case 'u':
				if len(data)-i < 5 || !isHex4(data[i+1:i+5]) {
					return 0, false
				}
				i += 4
			default:
				return 0, false
			}
		}
	}
	return 0, false
}

func isHex4(b []byte) bool {
	for _, c := range b[:4] {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

// numberEnd checks -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? from data[i].
func numberEnd(data []byte, i int) (int, bool) {
	digits := func() bool {
		start := i
		for i < len(data) && '0' <= data[i] && data[i] <= '9' {
			i++
		}
		return i > start
	}
	if i < len(data) && data[i] == '-' {
		i++
	}
	if i < len(data) && data[i] == '0' {
		i++
	} else if !digits() {
		return 0, false
	}
	if i < len(data) && data[i] == '.' {
		i++
		if !digits() {
			return 0, false
		}
	}
	if i < len(data) && (data[i] == 'e' || data[i] == 'E') {
		i++
		if i < len(data) && (data[i] == '+' || data[i] == '-') {
			i++
		}
		if !digits() {
			return 0, false
		}
	}
	return i, true
}

// objectMembers gives the members of raw, a JSON value already checked; ok is false when it is not
// an object.
func objectMembers(raw []byte) (members []member, ok bool) {
	raw = trimJSON(raw)
	if len(raw) < 2 || raw[0] != '{' {
		return nil, false
	}
	i := skipSpace(raw, 1)
	if raw[i] == '}' {
		return []member{}, true
	}
	for {
		nameEnd, _ := stringEnd(raw, i)
		name := decodeString(raw[i:nameEnd])
		start := skipSpace(raw, nameEnd) + 1
		end, _ := valueEnd(raw, skipSpace(raw, start))
		members = append(members, member{name, trimJSON(raw[start:end])})
		i = skipSpace(raw, end)
		if raw[i] == '}' {
			return members, true
		}
		i = skipSpace(raw, i+1)
	}
}

// arrayItems gives the items of raw, a JSON value already checked; ok is false when it is not an array.
func arrayItems(raw []byte) (items [][]byte, ok bool) {
	raw = trimJSON(raw)
	if len(raw) < 2 || raw[0] != '[' {
		return nil, false
	}
	i := skipSpace(raw, 1)
	if raw[i] == ']' {
		return [][]byte{}, true
	}
	for {
		end, _ := valueEnd(raw, i)
		items = append(items, raw[i:end])
		i = skipSpace(raw, end)
		if raw[i] == ']' {
			return items, true
		}
		i = skipSpace(raw, i+1)
	}
}

// lastMember is the value of the last member named exactly name (a duplicate's last one counts, §8).
func lastMember(members []member, name string) ([]byte, bool) {
	for i := len(members) - 1; i >= 0; i-- {
		if members[i].name == name {
			return members[i].value, true
		}
	}
	return nil, false
}

// decodeString decodes a JSON string already checked, quotes included. A lone surrogate escape keeps
// its code unit, in WTF-8 (as Go does for Windows file names), so that a message a server cut inside
// an emoji is not altered further; bytes that are not UTF-8 become U+FFFD (§8).
func decodeString(raw []byte) string {
	raw = raw[1 : len(raw)-1]
	out := make([]byte, 0, len(raw))
	for i := 0; i < len(raw); {
		c := raw[i]
		if c != '\\' {
			r, size := utf8.DecodeRune(raw[i:])
			out = utf8.AppendRune(out, r)
			i += size
			continue
		}
		i++
		switch e := raw[i]; e {
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			unit := hex4(raw[i+1:])
			i += 4
			if utf16.IsSurrogate(rune(unit)) && unit < 0xdc00 && len(raw)-i >= 7 && raw[i+1] == '\\' && raw[i+2] == 'u' {
				if r := utf16.DecodeRune(rune(unit), rune(hex4(raw[i+3:]))); r != utf8.RuneError {
					out = utf8.AppendRune(out, r)
					i += 6
					break
				}
			}
			if utf16.IsSurrogate(rune(unit)) {
				out = append(out, 0xe0|byte(unit>>12), 0x80|byte(unit>>6)&0x3f, 0x80|byte(unit)&0x3f)
			} else {
				out = utf8.AppendRune(out, rune(unit))
			}
		default:
			out = append(out, e)
		}
		i++
	}
	return string(out)
}

func hex4(b []byte) uint16 {
	v, _ := strconv.ParseUint(string(b[:4]), 16, 16)
	return uint16(v)
}

// container is an object or array being read by anyValue, with the name of the member whose value
// comes next.
type container struct {
	object map[string]any
	array  []any
	name   string
}

func (c *container) value() any {
	if c.object != nil {
		return c.object
	}
	return c.array
}

// anyValue decodes a JSON value already checked into what encoding/json gives an interface{}
// (map[string]any, []any, float64, string, bool or nil), at any depth and without recursion. A number
// is its binary64 value, so 1e400 is +Inf where encoding/json fails (§8); strings are decodeString's;
// of two members of one name the last counts.
func anyValue(raw []byte) any {
	var open []*container
	i := 0
	for {
		i = skipSpace(raw, i)
		var v any
		switch c := raw[i]; c {
		case '{', '[':
			next := &container{array: []any{}}
			if c == '{' {
				next = &container{object: map[string]any{}}
			}
			if j := skipSpace(raw, i+1); raw[j] == '}' || raw[j] == ']' {
				v, i = next.value(), j+1
				break
			}
			open = append(open, next)
			i++
			if c == '{' {
				next.name, i = nameAt(raw, i)
			}
			continue
		case '"':
			end, _ := stringEnd(raw, i)
			v, i = decodeString(raw[i:end]), end
		case 't':
			v, i = true, i+len("true")
		case 'f':
			v, i = false, i+len("false")
		case 'n':
			v, i = nil, i+len("null")
		default:
			end, _ := numberEnd(raw, i)
			v, _ = strconv.ParseFloat(string(raw[i:end]), 64)
			i = end
		}
		// Place the value, then close what ends after it.
		for {
			if len(open) == 0 {
				return v
			}
			top := open[len(open)-1]
			if top.object != nil {
				top.object[top.name] = v
			} else {
				top.array = append(top.array, v)
			}
			i = skipSpace(raw, i)
			if raw[i] == ',' {
				i++
				if top.object != nil {
					top.name, i = nameAt(raw, i)
				}
				break
			}
			open = open[:len(open)-1]
			v, i = top.value(), i+1
		}
	}
}

// nameAt reads a member's name and its colon from i, in JSON already checked.
func nameAt(raw []byte, i int) (string, int) {
	i = skipSpace(raw, i)
	end, _ := stringEnd(raw, i)
	return decodeString(raw[i:end]), skipSpace(raw, end) + 1
}
