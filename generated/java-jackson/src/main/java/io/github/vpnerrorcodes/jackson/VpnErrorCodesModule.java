// Generated from catalog/*.yaml by scripts/emit/languages/java/adapters.ts (npm run build); do not edit.
package io.github.vpnerrorcodes.jackson;

import io.github.vpnerrorcodes.DefaultPolicy;
import io.github.vpnerrorcodes.EnvelopePolicy;
import io.github.vpnerrorcodes.HttpStatus;
import io.github.vpnerrorcodes.OperationalError;
import io.github.vpnerrorcodes.ResponseResult;
import io.github.vpnerrorcodes.RestErrorCode;
import io.github.vpnerrorcodes.api.DeviceLimitReachedDetails;
import io.github.vpnerrorcodes.api.SubscriptionExpiredDetails;
import io.github.vpnerrorcodes.api.TokenExpiredDetails;
import io.github.vpnerrorcodes.api.ValidationErrorDetails;
import io.github.vpnerrorcodes.api.WeakPasswordDetails;

/**
 * Jackson support for the package's types: {@code new ObjectMapper().registerModule(new
 * VpnErrorCodesModule())}, or {@code findAndRegisterModules()}, which finds it through
 * META-INF/services. It registers on {@link CatalogModule} each code enum of the catalog ({@link
 * HttpStatus}, {@link OperationalError}, {@link ResponseResult}, {@link RestErrorCode}) by its wire
 * value, and each details class by its code.
 */
public final class VpnErrorCodesModule extends CatalogModule {
    private static final long serialVersionUID = 1L;

    /**
     * The module for the catalog's envelope policy, {@link DefaultPolicy#ENVELOPE}.
     */
    public VpnErrorCodesModule() {
        this(DefaultPolicy.ENVELOPE);
    }

    /**
     * The module for another envelope policy.
     *
     * @param policy the codes and details shapes the decoder checks by
     */
    public VpnErrorCodesModule(EnvelopePolicy policy) {
        super("VpnErrorCodesModule", policy);
        integerCodes(HttpStatus.class, HttpStatus::code, HttpStatus::decode);
        integerCodes(OperationalError.class, OperationalError::code, OperationalError::decode);
        textCodes(ResponseResult.class, ResponseResult::code, ResponseResult::decode);
        textCodes(RestErrorCode.class, RestErrorCode::code, RestErrorCode::decode);
        details("DEVICE_LIMIT_REACHED", DeviceLimitReachedDetails.class, (d, out) -> {
            out.accept("currentDevices", d.getCurrentDevices());
            out.accept("maxDevices", d.getMaxDevices());
            out.accept("plan", d.getPlan());
            out.accept("upgradeUrl", d.getUpgradeUrl());
        });
        details("SUBSCRIPTION_EXPIRED", SubscriptionExpiredDetails.class, (d, out) -> {
            out.accept("expiredAt", d.getExpiredAt());
            out.accept("plan", d.getPlan());
            out.accept("renewUrl", d.getRenewUrl());
        });
        details("TOKEN_EXPIRED", TokenExpiredDetails.class, (d, out) -> {
            out.accept("expiredAt", d.getExpiredAt());
            out.accept("tokenType", d.getTokenType());
        });
        details("VALIDATION_ERROR", ValidationErrorDetails.class, (d, out) -> {
            out.accept("field", d.getField());
            out.accept("constraint", d.getConstraint());
            out.accept("received", d.getReceived());
        });
        details("WEAK_PASSWORD", WeakPasswordDetails.class, (d, out) -> {
            out.accept("requirements", d.getRequirements());
            out.accept("failedChecks", d.getFailedChecks());
        });
    }
}
