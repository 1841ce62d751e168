package programs;

import io.quicktype.APIResponse;
import io.quicktype.Converter;
import io.quicktype.ErrorBody;
import io.quicktype.RESTErrorCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.TreeSet;

/** Decodes envelopes and an OperationalError with quicktype's Java classes. */
public final class QuicktypeMain {
    private QuicktypeMain() {}

    static String describe(String path) throws IOException {
        APIResponse envelope = Converter.APIResponseFromJsonString(Files.readString(Path.of(path), StandardCharsets.UTF_8));
        ErrorBody error = envelope.getError();
        if (envelope.getSuccess() || error == null) {
            return "success";
        }
        String details = error.getDetails() == null ? "-" : String.join(",", new TreeSet<>(error.getDetails().keySet()));
        // quicktype types error.code as a String; RESTErrorCode is a separate enum.
        boolean tokenExpired = RESTErrorCode.TOKEN_EXPIRED.toValue().equals(error.getCode());
        return "failure " + error.getCode() + " token-expired=" + tokenExpired + " details=" + details;
    }

    public static void main(String[] args) throws IOException {
        for (String path : Arrays.copyOf(args, args.length - 1)) {
            System.out.println(describe(path));
        }
        // quicktype types an integer enum as long: there is no member name to print.
        long value = Converter.OperationalErrorFromJsonString(Files.readString(Path.of(args[args.length - 1]), StandardCharsets.UTF_8));
        System.out.println("operational " + value + " -");
    }
}
