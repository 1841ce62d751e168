// Prints what the Java package's run-time lookups answer for every key of test/languages/typescript/lookups.ts,
// in its line format, so that the test compares them with TypeScript's describe() and retryAdvice().
// Usage: java Lookups <keys.json: [[family, key], ...]>
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vpnerrorcodes.CatalogCode;
import io.github.vpnerrorcodes.CodeIndex.Match;
import io.github.vpnerrorcodes.HttpStatus;
import io.github.vpnerrorcodes.OperationalError;
import io.github.vpnerrorcodes.ResponseResult;
import io.github.vpnerrorcodes.RestErrorCode;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

public final class Lookups {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Lookups() {}

    /** The family's lookup of a key as it came: a JSON number by value, a string by any key. */
    private static Optional<? extends Match<?>> lookup(String family, JsonNode key) {
        if (key.isNumber()) {
            if (!key.canConvertToLong()) return Optional.empty();
            switch (family) {
                case "OperationalError":
                    return OperationalError.lookup(key.longValue());
                case "HttpStatus":
                    return HttpStatus.lookup(key.longValue());
                default:
                    // A name family has no numbers.
                    return Optional.empty();
            }
        }
        switch (family) {
            case "OperationalError":
                return OperationalError.lookup(key.textValue());
            case "HttpStatus":
                return HttpStatus.lookup(key.textValue());
            case "ResponseResult":
                return ResponseResult.lookup(key.textValue());
            case "RestErrorCode":
                return RestErrorCode.lookup(key.textValue());
            default:
                throw new IllegalArgumentException("no family " + family);
        }
    }

    private static String json(Object value) throws IOException {
        return JSON.writeValueAsString(value);
    }

    static String line(String family, JsonNode key) throws IOException {
        Optional<? extends Match<?>> found = lookup(family, key);
        String head = "lookup " + family + " " + json(key);
        if (found.isEmpty()) return head + " -> unknown";
        CatalogCode c = found.get().member();
        return String.join(" ",
                head + " -> " + c.identifier(),
                "by=" + found.get().matchedBy().wire(),
                "value=" + json(found.get().member()),
                "group=" + c.group(),
                "status=" + (c.httpStatus().isPresent() ? String.valueOf(c.httpStatus().getAsInt()) : "none"),
                "strategy=" + c.retryAdvice().strategy(),
                "basis=" + c.retryAdvice().basis(),
                "retryable=" + c.retryable(),
                "stability=" + c.stability(),
                "deprecated=" + c.deprecation().map(d -> d.reason() + d.replacement().map(r -> ":" + r).orElse("")).orElse("none"),
                "action=" + (c.action().isPresent() ? json(c.action().get()) : "none"),
                "description=" + json(c.description()),
                "note=" + json(c.retryAdvice().note()),
                "override=" + (c.retryAdvice().override().isPresent() ? json(c.retryAdvice().override().get()) : "none"));
    }

    static List<String> lines(File keys) throws IOException {
        List<String> out = new ArrayList<>();
        for (JsonNode pair : JSON.readTree(keys)) out.add(line(pair.get(0).textValue(), pair.get(1)));
        return out;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: Lookups <keys.json>");
            System.exit(2);
        }
        for (String line : lines(new File(args[0]))) System.out.println(line);
    }
}
