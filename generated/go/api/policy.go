// Copied from runtime/go/api/policy.go by npm run build: edit that file, not this copy.

package api

// EnvelopePolicy is what a decoder checks beyond the envelope's core (runtime/SPEC.md §1, §9, §10),
// keyed by the codes as they arrive in error.code. The zero EnvelopePolicy checks nothing beyond the
// core: its empty pattern matches every code.
type EnvelopePolicy struct {
	// The codes the catalog lists.
	KnownCodes map[string]bool
	// A code the catalog does not list must match this, as a JSON Schema pattern does: a match
	// anywhere in the code counts, so the pattern anchors itself to match the whole code.
	UnknownCodePattern string
	// Each detailed code's details shape, by code.
	Details map[string]DetailsShape
	// An RFC 3339 date-time, matched against the whole string, with nine groups: year, month, day,
	// hour, minute, second, offset sign, offset hour and offset minute, which are range-checked.
	DateTimePattern string
	// A uri is a scheme matching URISchemePattern (the whole text before the first colon), the colon,
	// then none of URIForbidden's code points.
	URISchemePattern string
	URIForbidden     []rune
	// Each detailed code's details type, by code: a function giving a new pointer to it, into which
	// TypedDetails decodes.
	DetailsTypes map[string]func() any
}

// DetailsShape is one code's details schema: the properties it requires and those it constrains.
type DetailsShape struct {
	Required []string
	Fields   []FieldCheck
}

// FieldCheck is what one details property must be. Type and Items are JSON Schema type names
// ("string", "integer", "number", "boolean", "array", "object"); Format is "date-time" or "uri". An
// empty Type, Format or Items, and HasMinimum false, check nothing.
type FieldCheck struct {
	Name       string
	Type       string
	Minimum    float64
	HasMinimum bool
	Format     string
	// For an array: the type of every item.
	Items string
}
