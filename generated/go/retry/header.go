// Copied from runtime/go/retry/header.go by npm run build: edit that file, not this copy.

package retry

import (
	"net/http"
	"sort"
	"strings"
)

// trimOWS trims SP and HTAB, RFC 9110's optional whitespace, from both ends, and nothing else: not CR,
// LF, VT, FF or any other Unicode space (runtime/SPEC.md §3).
func trimOWS(s string) string {
	return strings.Trim(s, " \t")
}

// headerValue is a header's value under any case of its name: each value trimmed of optional whitespace
// and a repeated header's values joined with ", ", in the order of their keys and then as added
// (runtime/SPEC.md §3).
func headerValue(header http.Header, name string) string {
	keys := make([]string, 0, 1)
	for key := range header {
		if strings.EqualFold(key, name) {
			keys = append(keys, key)
		}
	}
	sort.Strings(keys)
	var values []string
	for _, key := range keys {
		for _, v := range header[key] {
			values = append(values, trimOWS(v))
		}
	}
	return strings.Join(values, ", ")
}
