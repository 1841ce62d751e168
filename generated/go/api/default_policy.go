// Code generated from catalog/*.yaml by `npm run build`. DO NOT EDIT.
// Generated from catalog/*.yaml by scripts/emit/languages/go/policy.ts (npm run build); do not edit.

package api

// DefaultEnvelopePolicy is what the envelope's JSON Schema checks beyond its core: the RestErrorCode
// codes, the shape of a code the catalog does not know, and each detailed code's details.
var DefaultEnvelopePolicy = &EnvelopePolicy{
	KnownCodes: map[string]bool{
		"AUTH_REQUIRED":            true,
		"DEVICE_LIMIT_REACHED":     true,
		"DEVICE_NOT_FOUND":         true,
		"DNS_RESOLUTION_FAILED":    true,
		"EMAIL_ALREADY_EXISTS":     true,
		"INSUFFICIENT_BALANCE":     true,
		"INSUFFICIENT_PERMISSIONS": true,
		"INTERNAL_ERROR":           true,
		"INVALID_EMAIL":            true,
		"PAYMENT_FAILED":           true,
		"QUOTA_EXCEEDED":           true,
		"RATE_LIMITED":             true,
		"SERVER_NOT_FOUND":         true,
		"SERVICE_UNAVAILABLE":      true,
		"SUBSCRIPTION_EXPIRED":     true,
		"SUBSCRIPTION_NOT_FOUND":   true,
		"TOKEN_EXPIRED":            true,
		"TOKEN_INVALID":            true,
		"UPSTREAM_ERROR":           true,
		"USER_NOT_FOUND":           true,
		"VALIDATION_ERROR":         true,
		"VPN_CONNECTION_FAILED":    true,
		"WEAK_PASSWORD":            true,
	},
	UnknownCodePattern: `^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$`,
	Details: map[string]DetailsShape{
		"DEVICE_LIMIT_REACHED": {
			Required: []string{"currentDevices", "maxDevices", "plan"},
			Fields: []FieldCheck{
				{Name: "currentDevices", Type: "integer", Minimum: 0, HasMinimum: true},
				{Name: "maxDevices", Type: "integer", Minimum: 0, HasMinimum: true},
				{Name: "plan", Type: "string"},
				{Name: "upgradeUrl", Type: "string", Format: "uri"},
			},
		},
		"SUBSCRIPTION_EXPIRED": {
			Required: []string{"expiredAt", "plan"},
			Fields: []FieldCheck{
				{Name: "expiredAt", Type: "string", Format: "date-time"},
				{Name: "plan", Type: "string"},
				{Name: "renewUrl", Type: "string", Format: "uri"},
			},
		},
		"TOKEN_EXPIRED": {
			Required: []string{"expiredAt", "tokenType"},
			Fields: []FieldCheck{
				{Name: "expiredAt", Type: "string", Format: "date-time"},
				{Name: "tokenType", Type: "string"},
			},
		},
		"VALIDATION_ERROR": {
			Required: []string{"field", "constraint"},
			Fields: []FieldCheck{
				{Name: "field", Type: "string"},
				{Name: "constraint", Type: "string"},
				{Name: "received"},
			},
		},
		"WEAK_PASSWORD": {
			Required: []string{"requirements", "failedChecks"},
			Fields: []FieldCheck{
				{Name: "requirements", Type: "array", Items: "string"},
				{Name: "failedChecks", Type: "array", Items: "string"},
			},
		},
	},
	DateTimePattern:  `([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.[0-9]+)?(?:[Zz]|([+-])([0-9]{2}):([0-9]{2}))`,
	URISchemePattern: `[A-Za-z][A-Za-z0-9+.-]*`,
	URIForbidden: []rune{
		0x9, 0xa, 0xb, 0xc, 0xd, 0x20, 0x22, 0x3c, 0x3e, 0x5c, 0x5e, 0x60, 0x7b, 0x7c, 0x7d, 0xa0,
		0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009,
		0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
	},
	DetailsTypes: map[string]func() any{
		"DEVICE_LIMIT_REACHED": func() any { return new(DeviceLimitReachedDetails) },
		"SUBSCRIPTION_EXPIRED": func() any { return new(SubscriptionExpiredDetails) },
		"TOKEN_EXPIRED":        func() any { return new(TokenExpiredDetails) },
		"VALIDATION_ERROR":     func() any { return new(ValidationErrorDetails) },
		"WEAK_PASSWORD":        func() any { return new(WeakPasswordDetails) },
	},
}
