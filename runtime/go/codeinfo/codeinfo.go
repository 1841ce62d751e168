// Package codeinfo holds what the catalog says about each code, as every family package's lookups
// give it: Info is one code's facts and Table finds a code by any key the catalog gives it. The family
// packages (operationalerror, resterrorcode, ...) each hold a Table of their codes; use their Lookup,
// Find and Code methods rather than this package directly.
package codeinfo

// KeyKind says how a key named the code it found.
type KeyKind string

const (
	// ByValue: the code's value, or its decimal digits in an integer family ("1234").
	ByValue KeyKind = "value"
	// ByName: the code's identifier, verbatim from the vendor (in a name family, also its value).
	ByName KeyKind = "name"
	// ByAlias: another spelling the catalog lists, such as a corrected misspelling; show Info.Name instead.
	ByAlias KeyKind = "alias"
	// ByLegacyName: a wire name older releases used; show Info.Name instead.
	ByLegacyName KeyKind = "legacyName"
)

// Info is everything the catalog says about one code. Text fields are empty and HTTPStatus is 0 where
// the catalog says nothing.
type Info struct {
	// The family, as the catalog names it: "OperationalError".
	Family string
	// The vendor's identifier, verbatim, misspellings included: "ExampleLeak", "EXAMPLE_EXPIRED".
	Name string
	// The wire value as text: "1234" in an integer family, "EXAMPLE_EXPIRED" in a name family.
	Value string
	// A display label, where the source gives one ("Too Many Requests").
	Label string
	// The group's id and title.
	Group      string
	GroupTitle string
	// What the code means.
	Description string
	// The HTTP status the code is documented with; 0 for none.
	HTTPStatus int
	// Whether a retry, after the step Strategy names, can succeed.
	Retryable bool
	// The retry advice: the strategy ("backoff", "reconnect-tunnel", ...), whether the source
	// documents it or the catalog infers it ("documented", "inferred"), why, and, when the code's
	// advice departs from its HTTP status's rule, why it does.
	Strategy string
	Basis    string
	Note     string
	Override string
	// What a client should do about the code, and that advice's basis.
	Action      string
	ActionBasis string
	// "stable", "experimental" or "deprecated".
	Stability string
	// Set when the code is deprecated.
	Deprecated *Deprecation
}

// Deprecation says why a code is deprecated ("renamed" or "obsoleted"), what replaces it, since when
// and why.
type Deprecation struct {
	Reason      string
	Replacement string
	Since       string
	Note        string
}

// Key is one key of a Table: the text a lookup accepts, the index of the code it finds and its kind.
type Key struct {
	Text  string
	Index int
	Kind  KeyKind
}

// Match is a code a lookup found, and how the key named it.
type Match struct {
	Info
	By KeyKind
	// The code's position in its family, in value order.
	Index int
}

// Table finds a family's codes by key. Its zero value finds nothing.
type Table struct {
	infos []Info
	keys  map[string]Key
}

// NewTable is a table of infos (a family's codes, in value order) and the keys that find them, as the
// catalog's build computed them: each key once, the catalog's priority between kinds applied.
func NewTable(infos []Info, keys []Key) *Table {
	byText := make(map[string]Key, len(keys))
	for _, k := range keys {
		if k.Index >= 0 && k.Index < len(infos) {
			byText[k.Text] = k
		}
	}
	return &Table{infos, byText}
}

// Find is the code a key names: its value, its identifier, an alias or an older wire name, matched
// exactly. ok is false for any other text; it never panics.
func (t *Table) Find(key string) (m Match, ok bool) {
	if t == nil {
		return Match{}, false
	}
	k, ok := t.keys[key]
	if !ok {
		return Match{}, false
	}
	return Match{Info: t.infos[k.Index], By: k.Kind, Index: k.Index}, true
}

// Lookup is Find's Info alone.
func (t *Table) Lookup(key string) (Info, bool) {
	m, ok := t.Find(key)
	return m.Info, ok
}

// ByValue is the code whose wire value is exactly value ("1234", "EXAMPLE_EXPIRED"); an alias or an
// older name is not a value.
func (t *Table) ByValue(value string) (Info, bool) {
	m, ok := t.Find(value)
	if !ok || m.Value != value {
		return Info{}, false
	}
	return m.Info, true
}

// Len is the number of codes.
func (t *Table) Len() int {
	if t == nil {
		return 0
	}
	return len(t.infos)
}
