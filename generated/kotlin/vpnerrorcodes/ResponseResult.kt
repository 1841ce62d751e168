// Generated from catalog/*.yaml by `npm run build`; do not edit.
package vpnerrorcodes

import com.fasterxml.jackson.annotation.JsonCreator
import com.fasterxml.jackson.annotation.JsonValue

/**
 * Result of the request processing by the UnifiedSDK service. The SDK returns it as the response
 * result of a request; the page gives names only, so the value of each member is its name.
 *
 * Source: Pango, Unified VPN SDK for Windows: Error processing (section ResponseResult).
 *
 * Jackson reads and writes a member as its name, which is also its value.
 */
enum class ResponseResult(
    /** The member's value, which is also its identifier, as it travels. */
    @get:JsonValue val code: String,
    /** True when a retry, after the step the member's retry advice names, can succeed. */
    val retryable: Boolean,
) {
    /**
     * Backend authentication failed.
     *
     * Retry: do not retry (inferred).
     */
    AuthFailed("AuthFailed", false),

    /**
     * Backend server returned a 400 error.
     *
     * HTTP mapping: 400 Bad Request.
     *
     * Retry: do not retry (inferred).
     */
    BadRequest("BadRequest", false),

    /**
     * Carrier disabled on the backend.
     *
     * Retry: do not retry (inferred).
     */
    CarrierDisabled("CarrierDisabled", false),

    /**
     * Cannot connect to the service during the timeout.
     *
     * Retry: retry with exponential backoff (inferred).
     */
    ConnectionTimeout("ConnectionTimeout", true),

    /**
     * Device limit exceed.
     *
     * Retry: do not retry (inferred).
     *
     * Name lookups also accept DEVICES_EXCEED.
     */
    DevicesExceed("DevicesExceed", false),

    /**
     * Request processing failed for any reason.
     *
     * Retry: do not retry (inferred).
     */
    Error("Error", false),

    /**
     * Feature not found.
     *
     * Retry: do not retry (inferred).
     */
    FeatureNotFound("FeatureNotFound", false),

    /**
     * Backend server returned a 403 error.
     *
     * HTTP mapping: 403 Forbidden.
     *
     * Retry: do not retry (inferred).
     */
    Forbidden("Forbidden", false),

    /**
     * Backend server returned a 500 error.
     *
     * HTTP mapping: 500 Internal Server Error.
     *
     * Retry: retry with exponential backoff (inferred).
     */
    InternalServerError("InternalServerError", true),

    /**
     * Invalid data.
     *
     * Retry: do not retry (inferred).
     */
    Invalid("Invalid", false),

    /**
     * Invalid device identifier.
     *
     * Retry: do not retry (inferred).
     */
    InvalidDeviceId("InvalidDeviceId", false),

    /**
     * Something went wrong with the purchase.
     *
     * Retry: do not retry (inferred).
     */
    InvalidPurchase("InvalidPurchase", false),

    /**
     * Invalid response from the server (i.e. HTML instead of JSON).
     *
     * Retry: retry with exponential backoff (inferred).
     */
    InvalidResponse("InvalidResponse", true),

    /**
     * URI parameter has an invalid format.
     *
     * Retry: do not retry (inferred).
     */
    InvalidUri("InvalidUri", false),

    /**
     * Request processing failed because the service detected a broken internet connection through
     * the primary network adapter.
     *
     * Retry: retry with exponential backoff (inferred).
     */
    NoInternetConnection("NoInternetConnection", true),

    /**
     * No result; the default value, which should never come from the service.
     *
     * Retry: not an error (documented).
     */
    None("None", false),

    /**
     * The client passed an invalid Auth token.
     *
     * Retry: do not retry (inferred).
     *
     * Name lookups also accept NOT_AUTHORIZED.
     */
    NotAuthorized("NotAuthorized", false),

    /**
     * Backend server returned a 404 error.
     *
     * HTTP mapping: 404 Not Found.
     *
     * Retry: do not retry (inferred).
     */
    NotFound("NotFound", false),

    /**
     * VPN node server is not responding.
     *
     * Retry: retry with exponential backoff (inferred).
     */
    NotResponding("NotResponding", true),

    /**
     * Open authenticator (OAuth) error.
     *
     * Retry: do not retry (inferred).
     *
     * Name lookups also accept OAuthError.
     */
    OauthError("OauthError", false),

    /**
     * Request processed successfully.
     *
     * Retry: not an error (documented).
     */
    Ok("Ok", false),

    /**
     * Backend request limit exceed.
     *
     * Retry: do not retry (inferred).
     */
    RequestLimitExceed("RequestLimitExceed", false),

    /**
     * Backend server did not respond within the specified timeout interval.
     *
     * Retry: retry with exponential backoff (inferred).
     */
    RequestTimeout("RequestTimeout", true),

    /**
     * Cannot connect to the backend server.
     *
     * Retry: retry with exponential backoff (inferred).
     */
    ServerNotAnswering("ServerNotAnswering", true),

    /**
     * Backend server is unavailable.
     *
     * Retry: retry with exponential backoff (inferred).
     */
    ServerUnavailable("ServerUnavailable", true),

    /**
     * Service is not initialized.
     *
     * Retry: do not retry (inferred).
     */
    ServiceNotInitialized("ServiceNotInitialized", false),

    /**
     * Session not found.
     *
     * Retry: do not retry (inferred).
     */
    SessionNotFound("SessionNotFound", false),

    /**
     * Session traffic exceed.
     *
     * Retry: do not retry (inferred).
     */
    SessionTrafficExceed("SessionTrafficExceed", false),

    /**
     * Session limit exceed.
     *
     * Retry: do not retry (inferred).
     *
     * Name lookups also accept SESSIONS_EXCEED.
     */
    SessionsExceed("SessionsExceed", false),

    /**
     * SDK service did not respond within the specified timeout interval (3 minutes).
     *
     * Retry: retry with exponential backoff (inferred).
     */
    Timeout("Timeout", true),

    /**
     * SDK service cannot process the command because the same process is in progress or already
     * done. From the service this error occurs only for StartVpn and StopVpn requests.
     *
     * Retry: do not retry (inferred).
     */
    TooManyRequests("TooManyRequests", false),

    /**
     * Account traffic limit exceed.
     *
     * Retry: do not retry (inferred).
     *
     * Name lookups also accept TRAFFIC_EXCEED.
     */
    TrafficExceed("TrafficExceed", false),

    /**
     * Transport error between client and server.
     *
     * Retry: retry with exponential backoff (inferred).
     */
    TransportError("TransportError", true),

    /**
     * The client pipe is not authorized to connect.
     *
     * Retry: do not retry (inferred).
     */
    TransportNotAuthorized("TransportNotAuthorized", false),

    /**
     * Unauthorized response.
     *
     * Retry: do not retry (inferred).
     */
    UnAuthorized("UnAuthorized", false),

    /**
     * Current user traffic limit is unlimited.
     *
     * Retry: not an error (documented).
     */
    Unlimited("Unlimited", false),

    /**
     * Unsupported version.
     *
     * Retry: do not retry (inferred).
     */
    UnsupportedVersion("UnsupportedVersion", false),

    /**
     * User activity suspended.
     *
     * Retry: do not retry (inferred).
     */
    UserSuspended("UserSuspended", false);

    /** The catalog's identifier, verbatim. */
    val identifier: String
        get() = name

    companion object {
        private val byCode: Map<String, ResponseResult> = entries.associateBy { it.code }

        // Identifiers win over aliases and older wire names.
        private val byName: Map<String, ResponseResult> = mapOf(
            "DEVICES_EXCEED" to DevicesExceed,
            "NOT_AUTHORIZED" to NotAuthorized,
            "OAuthError" to OauthError,
            "SESSIONS_EXCEED" to SessionsExceed,
            "TRAFFIC_EXCEED" to TrafficExceed,
        ) + entries.associateBy { it.identifier }

        /** The member whose value is [code], or null for a code this catalog does not know. */
        @JvmStatic
        fun fromCode(code: String): ResponseResult? = byCode[code]

        /** The member with this identifier, alias or older wire name, or null. */
        @JvmStatic
        fun fromName(name: String): ResponseResult? = byName[name]

        /** Jackson's way in: a value this catalog does not know is an error. */
        @JsonCreator
        @JvmStatic
        fun ofCode(code: String): ResponseResult =
            fromCode(code) ?: throw IllegalArgumentException("ResponseResult has no code $code")
    }
}
