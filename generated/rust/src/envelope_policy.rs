// @generated
// Generated from catalog/*.yaml by scripts/emit/languages/rust/policy.ts (npm run build); do not edit.

//! The envelope's checks beyond its core, the ones [`crate::api::parse_response`] makes.

use crate::envelope::{DetailsShape, EnvelopePolicy, FieldCheck};

/// The catalog's envelope checks: its RestErrorCode codes, the shape of an unknown one, and each code's details.
pub static DEFAULT: EnvelopePolicy = EnvelopePolicy {
    known_codes: &[
        "AUTH_REQUIRED",
        "DEVICE_LIMIT_REACHED",
        "DEVICE_NOT_FOUND",
        "DNS_RESOLUTION_FAILED",
        "EMAIL_ALREADY_EXISTS",
        "INSUFFICIENT_BALANCE",
        "INSUFFICIENT_PERMISSIONS",
        "INTERNAL_ERROR",
        "INVALID_EMAIL",
        "PAYMENT_FAILED",
        "QUOTA_EXCEEDED",
        "RATE_LIMITED",
        "SERVER_NOT_FOUND",
        "SERVICE_UNAVAILABLE",
        "SUBSCRIPTION_EXPIRED",
        "SUBSCRIPTION_NOT_FOUND",
        "TOKEN_EXPIRED",
        "TOKEN_INVALID",
        "UPSTREAM_ERROR",
        "USER_NOT_FOUND",
        "VALIDATION_ERROR",
        "VPN_CONNECTION_FAILED",
        "WEAK_PASSWORD",
    ],
    unknown_code_pattern: "^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$",
    details: &[
        DetailsShape {
            code: "DEVICE_LIMIT_REACHED",
            required: &["currentDevices", "maxDevices", "plan"],
            fields: &[
                FieldCheck { name: "currentDevices", json_type: Some("integer"), minimum: Some(0.0), format: None, items: None },
                FieldCheck { name: "maxDevices", json_type: Some("integer"), minimum: Some(0.0), format: None, items: None },
                FieldCheck { name: "plan", json_type: Some("string"), minimum: None, format: None, items: None },
                FieldCheck { name: "upgradeUrl", json_type: Some("string"), minimum: None, format: Some("uri"), items: None },
            ],
        },
        DetailsShape {
            code: "SUBSCRIPTION_EXPIRED",
            required: &["expiredAt", "plan"],
            fields: &[
                FieldCheck { name: "expiredAt", json_type: Some("string"), minimum: None, format: Some("date-time"), items: None },
                FieldCheck { name: "plan", json_type: Some("string"), minimum: None, format: None, items: None },
                FieldCheck { name: "renewUrl", json_type: Some("string"), minimum: None, format: Some("uri"), items: None },
            ],
        },
        DetailsShape {
            code: "TOKEN_EXPIRED",
            required: &["expiredAt", "tokenType"],
            fields: &[
                FieldCheck { name: "expiredAt", json_type: Some("string"), minimum: None, format: Some("date-time"), items: None },
                FieldCheck { name: "tokenType", json_type: Some("string"), minimum: None, format: None, items: None },
            ],
        },
        DetailsShape {
            code: "VALIDATION_ERROR",
            required: &["field", "constraint"],
            fields: &[
                FieldCheck { name: "field", json_type: Some("string"), minimum: None, format: None, items: None },
                FieldCheck { name: "constraint", json_type: Some("string"), minimum: None, format: None, items: None },
                FieldCheck { name: "received", json_type: None, minimum: None, format: None, items: None },
            ],
        },
        DetailsShape {
            code: "WEAK_PASSWORD",
            required: &["requirements", "failedChecks"],
            fields: &[
                FieldCheck { name: "requirements", json_type: Some("array"), minimum: None, format: None, items: Some("string") },
                FieldCheck { name: "failedChecks", json_type: Some("array"), minimum: None, format: None, items: Some("string") },
            ],
        },
    ],
    date_time_pattern: r"([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.[0-9]+)?(?:[Zz]|([+-])([0-9]{2}):([0-9]{2}))",
    uri_scheme_pattern: "[A-Za-z][A-Za-z0-9+.-]*",
    uri_forbidden: "\u{9}\u{a}\u{b}\u{c}\u{d} \"<>\\^`{|}\u{a0}\u{1680}\u{2000}\u{2001}\u{2002}\u{2003}\u{2004}\u{2005}\u{2006}\u{2007}\u{2008}\u{2009}\u{200a}\u{2028}\u{2029}\u{202f}\u{205f}\u{3000}\u{feff}",
};
