// @generated
// Generated from catalog/*.yaml by scripts/emit/languages/rust/envelope.ts (npm run build); do not edit.

//! The types of `catalog.json`, by quicktype from generated/schema/resolved-catalog.schema.json.

use serde::{Serialize, Deserialize};
use std::collections::HashMap;

/// generated/catalog.json: every family with its codes sorted by value, the REST retry
/// policy and the SDK reconnect policy.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Catalog {
    /// Says that the file is generated.
    #[serde(rename = "$comment")]
    pub comment: String,

    /// The families, sorted by name.
    pub families: Vec<Family>,

    /// What a client does when the SDK reports an error (the families with roles sdk-event and
    /// sdk-result): reconnect the tunnel, after how long, how often, or stop and tell the user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reconnect_policy: Option<ReconnectPolicy>,

    /// The policy itself.
    pub retry_policy: RetryPolicy,
}

/// One family of codes: the enum it becomes, its groups and every member.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Family {
    /// Every member, sorted by value.
    pub codes: Vec<Code>,

    /// What the family is and where a client meets it.
    pub description: String,

    /// The groups the source puts the codes in, in the source's order.
    pub groups: Vec<Group>,

    /// The family's name, which is also the name of the generated enum.
    pub name: FamilyName,

    /// Regular expression (ECMAScript, anchored) that every identifier in the family matches.
    pub name_pattern: String,

    /// Editor's note on the family: traps in the source, corroboration by other sources.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,

    /// What the family's codes are to a client: 'sdk-result' (the result of a request to the SDK
    /// service), 'sdk-event' (a code the SDK sends in an event), 'rest-code' (the error.code of
    /// a REST response; the retry policy's family) or 'http-status' (the HTTP statuses other
    /// families map to). At most one family has each of the last two roles.
    pub role: Role,

    pub source: Source,

    /// Short human-readable title of the family.
    pub title: String,

    /// 'integer': every code has a documented integer value. 'name': the source gives no
    /// numbers, so the value is the name itself and codes carry no value field.
    pub value_kind: ValueKind,
}

/// One member of a family.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Code {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<Action>,

    /// Extra names a lookup also accepts, such as a corrected spelling. The identifier itself
    /// never changes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub aliases: Option<Vec<String>>,

    #[serde(skip_serializing_if = "Option::is_none")]
    pub deprecated: Option<Deprecation>,

    /// What the code means, faithful to the source.
    pub description: String,

    #[serde(skip_serializing_if = "Option::is_none")]
    pub details: Option<DetailsShape>,

    /// Id of one of the family's groups.
    pub group: String,

    /// The HTTP status the source ties the code to. Omit when none is documented.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub http_status: Option<i32>,

    /// The name as the source writes it for people, where it differs from the identifier (an
    /// HTTP reason phrase).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,

    /// Names older releases used on the wire for this condition.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub legacy_names: Option<Vec<LegacyName>>,

    pub name: String,

    /// Editor's note: traps in the source, corroboration, caveats.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,

    pub retry: RetryAdvice,

    /// The short answer: true when retry.strategy says a retry (after its step) can succeed.
    pub retryable: bool,

    /// stable: safe to switch on. experimental: may still change.
    pub stability: Stability,

    /// The integer value, or in a family whose valueKind is 'name', the name itself.
    pub value: Value,
}

/// What a client should do when it meets the code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Action {
    pub basis: Basis,

    /// The recommended action, as an imperative sentence.
    pub text: String,
}

/// Provenance of a fact: 'documented' when the source page states it, 'inferred' when this
/// catalog concludes it.
///
/// documented: the source's example shows this shape.
///
/// documented: the older source ties the name to this condition; inferred: the mapping is
/// this catalog's.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    Documented,

    Inferred,
}

/// Set when a code is retired. Codes are deprecated, never deleted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Deprecation {
    /// Why the code was retired.
    pub note: String,

    /// renamed: the same condition under a new name (replacement required). obsoleted: the
    /// condition no longer occurs.
    pub reason: Reason,

    /// The code in the same family to use instead.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub replacement: Option<String>,

    /// The package version that deprecated the code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub since: Option<String>,
}

/// renamed: the same condition under a new name (replacement required). obsoleted: the
/// condition no longer occurs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    Obsoleted,

    Renamed,
}

/// The shape of the error envelope's error.details for this code, where the source shows one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DetailsShape {
    /// documented: the source's example shows this shape.
    pub basis: Basis,

    /// A JSON Schema (draft 2020-12) of error.details. Leave additionalProperties open so that
    /// the API can add fields.
    pub schema: HashMap<String, Option<serde_json::Value>>,
}

/// A name an older release of the vendor's software used on the wire for this condition.
/// Recorded with provenance; never a claim about the current software.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LegacyName {
    /// documented: the older source ties the name to this condition; inferred: the mapping is
    /// this catalog's.
    pub basis: Basis,

    pub name: String,

    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,

    /// Which older release used it.
    pub source: String,
}

/// Whether and how a retry can help. Structured, so that it can grow; 'retryable' in the
/// resolved catalog is derived from the strategy.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RetryAdvice {
    pub basis: Basis,

    /// Why this strategy, in a sentence.
    pub note: String,

    /// Required when the advice departs from the retry policy's rule for the code's HTTP status:
    /// the reason it does.
    #[serde(rename = "override")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retry_advice_override: Option<String>,

    /// not-applicable: not an error. no-retry: sending the same request again will not help.
    /// backoff: retry with the policy's exponential backoff and jitter. wait-for-window:
    /// throttled; wait for the rate window (X-RateLimit-Reset, Retry-After) before retrying.
    /// refresh-credentials: refresh the access token, then retry the original request exactly
    /// once. reconnect-tunnel: reconnect the VPN tunnel with the same credentials.
    pub strategy: Strategy,
}

/// not-applicable: not an error. no-retry: sending the same request again will not help.
/// backoff: retry with the policy's exponential backoff and jitter. wait-for-window:
/// throttled; wait for the rate window (X-RateLimit-Reset, Retry-After) before retrying.
/// refresh-credentials: refresh the access token, then retry the original request exactly
/// once. reconnect-tunnel: reconnect the VPN tunnel with the same credentials.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Strategy {
    Backoff,

    #[serde(rename = "no-retry")]
    NoRetry,

    #[serde(rename = "not-applicable")]
    NotApplicable,

    #[serde(rename = "reconnect-tunnel")]
    ReconnectTunnel,

    #[serde(rename = "refresh-credentials")]
    RefreshCredentials,

    #[serde(rename = "wait-for-window")]
    WaitForWindow,
}

/// stable: safe to switch on. experimental: may still change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stability {
    Experimental,

    Stable,
}

/// The integer value, or in a family whose valueKind is 'name', the name itself.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Value {
    Integer(i64),

    Name(String),
}

/// A group of codes as the source presents them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Group {
    /// The HTTP status classes a code of this group may map to. A code whose status lies outside
    /// them is an error.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub http_status_classes: Option<Vec<StatusClass>>,

    /// Stable id the codes refer to.
    pub id: String,

    /// Editor's note on the group.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,

    /// The group's heading, verbatim from the source (mind look-alike letters).
    pub title: String,
}

/// An HTTP status class.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum StatusClass {
    #[serde(rename = "2xx")]
    The2Xx,

    #[serde(rename = "4xx")]
    The4Xx,

    #[serde(rename = "5xx")]
    The5Xx,
}

/// The family's name, which is also the name of the generated enum.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum FamilyName {
    #[serde(rename = "HttpStatus")]
    HttpStatus,

    #[serde(rename = "OperationalError")]
    OperationalError,

    #[serde(rename = "ResponseResult")]
    ResponseResult,

    #[serde(rename = "RestErrorCode")]
    RestErrorCode,
}

/// What the family's codes are to a client: 'sdk-result' (the result of a request to the SDK
/// service), 'sdk-event' (a code the SDK sends in an event), 'rest-code' (the error.code of
/// a REST response; the retry policy's family) or 'http-status' (the HTTP statuses other
/// families map to). At most one family has each of the last two roles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    #[serde(rename = "http-status")]
    HttpStatus,

    #[serde(rename = "rest-code")]
    RestCode,

    #[serde(rename = "sdk-event")]
    SdkEvent,

    #[serde(rename = "sdk-result")]
    SdkResult,
}

/// Where the facts of this file come from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    /// Who publishes the source page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,

    /// Heading of the section the facts come from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,

    /// File name of the stored copy of the page in shared/seeds/.
    pub seed: String,

    /// Title of the source page.
    pub title: String,
}

/// 'integer': every code has a documented integer value. 'name': the source gives no
/// numbers, so the value is the name itself and codes carry no value field.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ValueKind {
    Integer,

    Name,
}

/// What a client does when the SDK reports an error (the families with roles sdk-event and
/// sdk-result): reconnect the tunnel, after how long, how often, or stop and tell the user.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReconnectPolicy {
    /// The wait before reconnect n (1-based within the window): min(initialDelayMs *
    /// multiplier^(n-1), maxDelayMs), scaled by a random factor in [1 - jitterRatio, 1].
    pub backoff: ReconnectPolicyBackoff,

    /// The same error again soon after each of the last times the tunnel came up: reconnecting
    /// does not fix it, so the client stops and asks the user. Reconnects that never connected
    /// do not count.
    pub flapping: Flapping,

    /// Codes after which the source says to reconnect at once (the first time; again within
    /// flapping.withinMs, the backoff applies).
    pub immediate: Immediate,

    pub source: Source,

    /// Codes that mean the device has no network: the client waits until it is back, then
    /// reconnects.
    pub wait_for_network: WaitForNetwork,

    /// A cap on reconnects per time window: past it, the client stops and asks the user.
    pub window: Window,
}

/// The wait before reconnect n (1-based within the window): min(initialDelayMs *
/// multiplier^(n-1), maxDelayMs), scaled by a random factor in [1 - jitterRatio, 1].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReconnectPolicyBackoff {
    pub basis: Basis,

    /// Wait before the first reconnect.
    pub initial_delay_ms: i64,

    /// How much of the wait is random: 0 none, 1 all of it.
    pub jitter_ratio: f64,

    /// Ceiling on any one wait.
    pub max_delay_ms: i64,

    /// Factor applied to the wait on each further reconnect.
    pub multiplier: f64,

    pub note: String,

    /// The reference the numbers rest on.
    pub reason: String,
}

/// The same error again soon after each of the last times the tunnel came up: reconnecting
/// does not fix it, so the client stops and asks the user. Reconnects that never connected
/// do not count.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Flapping {
    pub basis: Basis,

    pub note: String,

    /// How many of the last connections the error must come back after.
    pub times: i64,

    /// How soon after the tunnel came up the same error counts as coming back.
    pub within_ms: i64,
}

/// Codes after which the source says to reconnect at once (the first time; again within
/// flapping.withinMs, the backoff applies).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Immediate {
    pub basis: Basis,

    pub codes: Vec<FamilyCode>,

    pub note: String,
}

/// A code named by its family and its name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FamilyCode {
    pub family: String,

    pub name: String,
}

/// Codes that mean the device has no network: the client waits until it is back, then
/// reconnects.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WaitForNetwork {
    pub basis: Basis,

    pub codes: Vec<FamilyCode>,

    pub note: String,
}

/// A cap on reconnects per time window: past it, the client stops and asks the user.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Window {
    pub basis: Basis,

    /// The window's length.
    pub duration_ms: i64,

    /// Reconnects allowed within any window.
    pub max_reconnects: i64,

    pub note: String,

    /// The reference the numbers rest on.
    pub reason: String,
}

/// The policy itself.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RetryPolicy {
    /// The family whose HTTP statuses this policy speaks of.
    pub applies_to: String,

    /// Exponential backoff with jitter: the delay before retry n (1-based) is min(initialDelayMs
    /// * multiplier^(n-1), maxDelayMs) plus a random jitter in [jitterMinMs, jitterMaxMs].
    pub backoff: RetryPolicyBackoff,

    /// What a client does when a known code arrives with a status other than its documented one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code_status_conflict: Option<CodeStatusConflict>,

    /// Which methods are not retried after a failure the server may have acted on, unless the
    /// call is marked idempotent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub idempotency: Option<Idempotency>,

    /// Which thrown errors are transient network failures, by the code of the error or of an
    /// error in its cause chain.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub network_errors: Option<NetworkErrors>,

    /// The headers that tell a throttled client when to come back.
    pub rate_limit: RateLimit,

    /// A token bucket that the calls sharing it draw on to retry, so that a fleet stops
    /// multiplying its load when most retries fail: each failed attempt takes failureCost, each
    /// success gives back successRefund, and a retry is made only while more than retryAbove
    /// tokens are left.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retry_budget: Option<RetryBudget>,

    pub source: Source,

    /// Which HTTP statuses the source calls safe to retry and which it says will not resolve
    /// with retries.
    pub statuses: Statuses,

    /// The token refresh flow.
    pub token_refresh: TokenRefresh,
}

/// Exponential backoff with jitter: the delay before retry n (1-based) is min(initialDelayMs
/// * multiplier^(n-1), maxDelayMs) plus a random jitter in [jitterMinMs, jitterMaxMs].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RetryPolicyBackoff {
    pub basis: Basis,

    /// Delay before the first retry.
    pub initial_delay_ms: i64,

    /// Greatest random jitter added to each delay.
    pub jitter_max_ms: i64,

    /// Least random jitter added to each delay.
    pub jitter_min_ms: i64,

    /// Ceiling on any one delay, jitter included.
    pub max_delay_ms: i64,

    /// Retries after the first attempt, at most.
    pub max_retries: i64,

    /// Factor applied to the delay on each further retry.
    pub multiplier: f64,

    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// What a client does when a known code arrives with a status other than its documented one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CodeStatusConflict {
    pub basis: Basis,

    pub note: String,

    /// 'most-cautious': of the code's advice and the status's rule, the one that retries less
    /// wins.
    pub rule: Rule,
}

/// 'most-cautious': of the code's advice and the status's rule, the one that retries less
/// wins.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rule {
    #[serde(rename = "most-cautious")]
    MostCautious,
}

/// Which methods are not retried after a failure the server may have acted on, unless the
/// call is marked idempotent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Idempotency {
    pub basis: Basis,

    /// The request header that marks a call as safe to repeat.
    pub key_header: String,

    /// Methods that are not idempotent.
    pub methods: Vec<String>,

    pub note: String,

    /// The reference the rule rests on.
    pub reason: String,

    /// Statuses after which such a method is not retried.
    pub statuses: Vec<i32>,
}

/// Which thrown errors are transient network failures, by the code of the error or of an
/// error in its cause chain.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NetworkErrors {
    pub basis: Basis,

    /// How many links of error.cause a client follows, at most.
    pub max_cause_depth: i32,

    /// Codes of failures after the request may have reached the server (reset, broken pipe,
    /// timeout).
    pub may_have_reached: Vec<String>,

    /// Codes of failures before the request reached the server (refused, DNS): retried for every
    /// method.
    pub never_reached: Vec<String>,

    pub note: String,
}

/// The headers that tell a throttled client when to come back.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RateLimit {
    pub basis: Basis,

    /// Header with the request limit of the window.
    pub limit_header: String,

    /// Longest wait a client honours from these headers before it gives up instead (this
    /// catalog's bound).
    pub max_wait_ms: i64,

    pub note: String,

    /// Header with the requests left in the window.
    pub remaining_header: String,

    /// Header with the time the window resets.
    pub reset_header: String,

    /// A reset value at or above this is read as Unix milliseconds rather than seconds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reset_milliseconds_from: Option<i64>,

    /// Unit of the reset header's value.
    pub reset_unit: ResetUnit,

    /// Standard header with seconds or an HTTP date.
    pub retry_after_header: String,
}

/// Unit of the reset header's value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ResetUnit {
    #[serde(rename = "unix-seconds")]
    UnixSeconds,
}

/// A token bucket that the calls sharing it draw on to retry, so that a fleet stops
/// multiplying its load when most retries fail: each failed attempt takes failureCost, each
/// success gives back successRefund, and a retry is made only while more than retryAbove
/// tokens are left.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RetryBudget {
    pub basis: Basis,

    /// Tokens an attempt that failed transiently (a retryable status, a network error) takes.
    pub failure_cost: f64,

    /// The bucket's size, and its balance when it is made.
    pub max_tokens: f64,

    pub note: String,

    /// The reference the numbers rest on.
    pub reason: String,

    /// A retry is made only while the balance is above this.
    pub retry_above: f64,

    /// Tokens a success gives back, up to maxTokens.
    pub success_refund: f64,
}

/// Which HTTP statuses the source calls safe to retry and which it says will not resolve
/// with retries.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Statuses {
    pub basis: Basis,

    /// Statuses that will not resolve with retries.
    pub non_retryable: Vec<i32>,

    /// Statuses safe to retry with backoff.
    pub retryable: Vec<i32>,
}

/// The token refresh flow.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TokenRefresh {
    /// How long an access token lasts.
    pub access_token_lifetime_seconds: i64,

    pub basis: Basis,

    /// The JSON body field that carries the refresh token.
    pub body_field: String,

    /// The error code that triggers a refresh.
    pub code: String,

    /// Method and path of the refresh call.
    pub endpoint: String,

    /// What to do when the refresh fails.
    pub on_refresh_failure: String,

    /// How many times the original request is retried after a successful refresh.
    pub retries_after_refresh: i64,

    /// The status that triggers a refresh.
    pub status: i32,
}
