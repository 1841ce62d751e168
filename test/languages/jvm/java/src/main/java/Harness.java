// Decodes the shared vectors with the Java package and prints one canonical line per vector.
// Usage: java Harness <repository root>
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import io.github.vpnerrorcodes.ApiResponses;
import io.github.vpnerrorcodes.DecodedResponse;
import io.github.vpnerrorcodes.DefaultPolicy;
import io.github.vpnerrorcodes.HttpStatus;
import io.github.vpnerrorcodes.OpenCode;
import io.github.vpnerrorcodes.OperationalError;
import io.github.vpnerrorcodes.ReconnectDecision;
import io.github.vpnerrorcodes.ReconnectHistory;
import io.github.vpnerrorcodes.ReconnectPolicy;
import io.github.vpnerrorcodes.Reconnects;
import io.github.vpnerrorcodes.ResponseResult;
import io.github.vpnerrorcodes.RestErrorCode;
import io.github.vpnerrorcodes.Retries;
import io.github.vpnerrorcodes.RetryDecision;
import io.github.vpnerrorcodes.api.DeviceLimitReachedDetails;
import io.github.vpnerrorcodes.api.SubscriptionExpiredDetails;
import io.github.vpnerrorcodes.api.TokenExpiredDetails;
import io.github.vpnerrorcodes.api.ValidationErrorDetails;
import io.github.vpnerrorcodes.api.WeakPasswordDetails;

public final class Harness {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the harness needs of any family, so that one loop serves all four. */
    private static final class Found {
        final String name;
        final boolean retryable;
        final Object member;

        Found(String name, boolean retryable, Object member) {
            this.name = name;
            this.retryable = retryable;
            this.member = member;
        }
    }

    /** The member decode() found; decode() must keep the raw code whether or not it knows it. */
    private static <E extends Enum<E>, V> Optional<E> kept(OpenCode<E, V> open, JsonNode value) {
        Object raw = value.isIntegralNumber() ? (Object) value.intValue() : value.textValue();
        if (!open.raw().equals(raw)) throw new IllegalStateException("decode(" + value + ") kept " + open.raw());
        return open.known();
    }

    private static Optional<Found> byValue(String family, JsonNode value) {
        if (value.isIntegralNumber()) {
            switch (family) {
                case "OperationalError":
                    return kept(OperationalError.decode(value.intValue()), value).map(m -> new Found(m.identifier(), m.retryable(), m));
                case "HttpStatus":
                    return kept(HttpStatus.decode(value.intValue()), value).map(m -> new Found(m.identifier(), m.retryable(), m));
                default:
                    return Optional.empty();
            }
        }
        switch (family) {
            case "ResponseResult":
                return kept(ResponseResult.decode(value.textValue()), value).map(m -> new Found(m.identifier(), m.retryable(), m));
            case "RestErrorCode":
                return kept(RestErrorCode.decode(value.textValue()), value).map(m -> new Found(m.identifier(), m.retryable(), m));
            default:
                return Optional.empty();
        }
    }

    private static Optional<String> byName(String family, String name) {
        switch (family) {
            case "OperationalError":
                return OperationalError.fromName(name).map(OperationalError::identifier);
            case "HttpStatus":
                return HttpStatus.fromName(name).map(HttpStatus::identifier);
            case "ResponseResult":
                return ResponseResult.fromName(name).map(ResponseResult::identifier);
            case "RestErrorCode":
                return RestErrorCode.fromName(name).map(RestErrorCode::identifier);
            default:
                throw new IllegalArgumentException("no family " + family);
        }
    }

    private static int memberCount(String family) {
        switch (family) {
            case "OperationalError":
                return OperationalError.values().length;
            case "HttpStatus":
                return HttpStatus.values().length;
            case "ResponseResult":
                return ResponseResult.values().length;
            case "RestErrorCode":
                return RestErrorCode.values().length;
            default:
                throw new IllegalArgumentException("no family " + family);
        }
    }

    private static String json(Object value) throws IOException {
        return wellFormed(JSON.writeValueAsString(value));
    }

    /** A lone surrogate as JSON.stringify escapes it, where stdout's encoder would print '?'. */
    private static String wellFormed(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                    : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
            if (Character.isSurrogate(c) && !paired) out.append(String.format("\\u%04x", (int) c));
            else out.append(c);
        }
        return out.toString();
    }

    private static String list(List<String> items) {
        return "[" + String.join("|", items) + "]";
    }

    private static String orNull(String value) {
        return value == null ? "null" : value;
    }

    /** A date-time as the reference prints it, the raw text; the typed value must be there too. */
    private static String dateTime(Map<String, Object> raw, String name, OffsetDateTime typed) {
        if (typed == null) throw new IllegalStateException(name + " " + raw.get(name) + " has no OffsetDateTime");
        return String.valueOf(raw.get(name));
    }

    /** The details as the api class the decoder gave them as, in one step. */
    private static Optional<String> typedDetails(DecodedResponse.ApiError error) throws IOException {
        Map<String, Object> raw = error.details().get();
        Object typed = error.typedDetails().orElse(null);
        if (typed != null && !error.detailsAs(typed.getClass()).equals(Optional.of(typed))) throw new IllegalStateException("detailsAs disagrees with typedDetails");
        if (typed instanceof TokenExpiredDetails) {
            TokenExpiredDetails d = (TokenExpiredDetails) typed;
            return Optional.of("TokenExpiredDetails(expiredAt=" + dateTime(raw, "expiredAt", d.getExpiredAt()) + ";tokenType=" + d.getTokenType() + ")");
        }
        if (typed instanceof ValidationErrorDetails) {
            ValidationErrorDetails d = (ValidationErrorDetails) typed;
            return Optional.of("ValidationErrorDetails(constraint=" + d.getConstraint() + ";field=" + d.getField() + ";received=" + json(d.getReceived()) + ")");
        }
        if (typed instanceof WeakPasswordDetails) {
            WeakPasswordDetails d = (WeakPasswordDetails) typed;
            return Optional.of("WeakPasswordDetails(failedChecks=" + list(d.getFailedChecks()) + ";requirements=" + list(d.getRequirements()) + ")");
        }
        if (typed instanceof DeviceLimitReachedDetails) {
            DeviceLimitReachedDetails d = (DeviceLimitReachedDetails) typed;
            return Optional.of("DeviceLimitReachedDetails(currentDevices=" + d.getCurrentDevices() + ";maxDevices=" + d.getMaxDevices()
                    + ";plan=" + d.getPlan() + ";upgradeUrl=" + orNull(d.getUpgradeUrl()) + ")");
        }
        if (typed instanceof SubscriptionExpiredDetails) {
            SubscriptionExpiredDetails d = (SubscriptionExpiredDetails) typed;
            return Optional.of("SubscriptionExpiredDetails(expiredAt=" + dateTime(raw, "expiredAt", d.getExpiredAt()) + ";plan=" + d.getPlan()
                    + ";renewUrl=" + orNull(d.getRenewUrl()) + ")");
        }
        return Optional.empty();
    }

    /** The envelope's line, from the package's own decoder; a body it rejects is "invalid". */
    private static String envelopeLine(String file, String text) throws IOException {
        DecodedResponse response = ApiResponses.decode(DefaultPolicy.ENVELOPE, text);
        if (response.kind() == DecodedResponse.Kind.INVALID) return "envelope " + file + " -> invalid";
        if (response.kind() == DecodedResponse.Kind.SUCCESS) {
            return "envelope " + file + " success=true data=" + (response.data() instanceof Map ? "object" : "other");
        }
        DecodedResponse.ApiError error = response.error().get();
        Optional<RestErrorCode> known = RestErrorCode.fromCode(error.code());
        String details = "none";
        if (error.details().isPresent()) {
            Optional<String> typed = typedDetails(error);
            details = typed.isPresent() ? typed.get() : "keys(" + String.join(",", new TreeSet<>(error.details().get().keySet())) + ")";
        }
        return "envelope " + file + " success=false code=" + error.code()
                + " known=" + known.map(RestErrorCode::identifier).orElse("unknown")
                + " retryable=" + known.map(c -> String.valueOf(c.retryable())).orElse("unknown")
                + " message=" + json(error.message()) + " details=" + details;
    }

    /** One decision vector's line, from the accessors rather than toString, so that they are checked too. */
    private static String decisionLine(JsonNode c) {
        // Names in any case, values in order: what a fetch Headers object joins.
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (JsonNode pair : c.get("headers")) headers.computeIfAbsent(pair.get(0).textValue(), k -> new ArrayList<>()).add(pair.get(1).textValue());
        double random = c.get("random").doubleValue();
        RetryDecision d = Retries.adviseRetry(DefaultPolicy.RETRY, c.get("status").intValue(), headers, c.get("body").isNull() ? null : c.get("body").textValue(),
                c.get("attempt").intValue(), c.get("tokenRefreshed").booleanValue(), c.get("now").longValue(), () -> random);
        String answer;
        switch (d.action()) {
            case RETRY:
                answer = "retry " + d.delayMs() + " " + d.basis().get().wire();
                break;
            case REFRESH_TOKEN:
                answer = "refresh-token";
                break;
            default:
                answer = "fail " + d.reason().get().wire();
        }
        if (!(d.detail().isEmpty() ? answer : answer + ": " + d.detail()).equals(d.toString())) throw new IllegalStateException("toString() gives " + d + " for " + answer);
        return "decision " + c.get("id").textValue() + " -> " + answer;
    }

    /** One reconnect vector's line, as test/vectors/reconnect.json's expected value spells it; toString is checked too. */
    private static String reconnectLine(JsonNode c) {
        ReconnectPolicy policy = DefaultPolicy.reconnect();
        JsonNode h = c.get("history");
        ReconnectHistory.Builder history = ReconnectHistory.builder();
        for (JsonNode t : h.get("reconnects")) history.reconnects(t.longValue());
        for (JsonNode t : h.get("connected")) history.connected(t.longValue());
        for (JsonNode e : h.get("errors")) {
            if (e.get("code").isIntegralNumber()) history.error(e.get("at").longValue(), e.get("family").textValue(), e.get("code").longValue());
            else history.error(e.get("at").longValue(), e.get("family").textValue(), e.get("code").textValue());
        }
        double random = c.get("random").doubleValue();
        String family = c.get("family").textValue();
        JsonNode code = c.get("code");
        long now = c.get("now").longValue();
        ReconnectDecision d = code.isIntegralNumber()
                ? Reconnects.adviseReconnect(policy, family, code.longValue(), history.build(), now, () -> random)
                : Reconnects.adviseReconnect(policy, family, code.textValue(), history.build(), now, () -> random);
        String answer;
        switch (d.action()) {
            case RECONNECT:
                answer = "reconnect " + d.delay().toMillis() + " " + d.basis().get().wire();
                break;
            case WAIT_FOR_NETWORK:
                answer = "wait-for-network";
                break;
            default:
                answer = "stop " + d.reason().get().wire();
        }
        if (!(d.detail().isEmpty() ? answer : answer + ": " + d.detail()).equals(d.toString())) throw new IllegalStateException("toString() gives " + d + " for " + answer);
        return "reconnect " + c.get("id").textValue() + " -> " + answer;
    }

    static List<String> lines(Path root) throws IOException {
        List<String> out = new ArrayList<>();
        JsonNode vectors = JSON.readTree(root.resolve("test/vectors/codes.json").toFile());
        for (JsonNode v : vectors.get("values")) {
            String family = v.get("family").textValue();
            Optional<Found> found = byValue(family, v.get("value"));
            String answer = found.isPresent()
                    ? found.get().name + " retryable=" + found.get().retryable + " json=" + json(found.get().member)
                    : "unknown";
            out.add("value " + family + " " + json(v.get("value")) + " -> " + answer);
        }
        for (JsonNode v : vectors.get("names")) {
            String family = v.get("family").textValue();
            String lookup = v.get("lookup").textValue();
            out.add("name " + family + " " + json(lookup) + " -> " + byName(family, lookup).orElse("unknown"));
        }

        JsonNode catalog = JSON.readTree(root.resolve("generated/catalog.json").toFile());
        for (JsonNode family : catalog.get("families")) {
            String name = family.get("name").textValue();
            out.add("family " + name + " codes=" + family.get("codes").size() + " members=" + memberCount(name));
            for (JsonNode code : family.get("codes")) {
                JsonNode value = code.get("value");
                Optional<Found> found = byValue(name, value);
                String answer = found.isPresent() ? found.get().name + " retryable=" + found.get().retryable : "unknown";
                out.add("member " + name + " " + json(value) + " -> " + answer + " catalog-retryable=" + code.get("retryable").booleanValue());
            }
        }

        List<Path> envelopes;
        try (Stream<Path> files = Files.list(root.resolve("test/vectors/envelopes"))) {
            envelopes = files.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
        }
        for (Path path : envelopes) out.add(envelopeLine(path.getFileName().toString(), Files.readString(path)));
        List<Path> invalid;
        try (Stream<Path> files = Files.list(root.resolve("test/vectors/envelopes/invalid"))) {
            invalid = files.sorted().collect(Collectors.toList());
        }
        for (Path path : invalid) out.add(envelopeLine("invalid/" + path.getFileName(), Files.readString(path)));
        for (JsonNode c : JSON.readTree(root.resolve("test/vectors/decisions.json").toFile()).get("cases")) out.add(decisionLine(c));
        for (JsonNode c : JSON.readTree(root.resolve("test/vectors/reconnect.json").toFile()).get("cases")) out.add(reconnectLine(c));
        return out;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: Harness <repository root>");
            System.exit(2);
        }
        for (String line : lines(Path.of(args[0]))) System.out.println(line);
    }
}
