//! The runtime of the vpn-error-codes crate: the retry decision, the reconnect decision and the envelope
//! decoder, each a function of a policy value (runtime/SPEC.md §1). This crate knows no catalog; the
//! generated crate supplies the catalog's policies (`retry_policy::DEFAULT`, `reconnect_policy::DEFAULT`,
//! `envelope_policy::DEFAULT`) and declares these modules beside its own.

pub mod envelope;
pub mod lookup;
pub mod reconnect;
pub mod retry;
