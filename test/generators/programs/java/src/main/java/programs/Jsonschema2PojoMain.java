package programs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.File;
import java.io.IOException;
import java.util.Arrays;
import java.util.TreeSet;
import jsonschema2pojo.ApiResponse;
import jsonschema2pojo.Catalog;
import jsonschema2pojo.ErrorBody;
import jsonschema2pojo.OperationalError;
import jsonschema2pojo.RestErrorCode;

/** Decodes envelopes, an OperationalError and (with -Dcatalog=FILE) catalog.json with jsonschema2pojo's classes. */
public final class Jsonschema2PojoMain {
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule());

    private Jsonschema2PojoMain() {}

    static String describe(String path) throws IOException {
        ApiResponse envelope = MAPPER.readValue(new File(path), ApiResponse.class);
        ErrorBody error = envelope.getError();
        if (Boolean.TRUE.equals(envelope.getSuccess()) || error == null) {
            return "success";
        }
        String details = error.getDetails() == null ? "-" : String.join(",", new TreeSet<>(error.getDetails().getAdditionalProperties().keySet()));
        // jsonschema2pojo reads no anyOf, so error.code is a String; RestErrorCode holds the named members.
        boolean tokenExpired = RestErrorCode.TOKEN_EXPIRED.value().equals(error.getCode());
        return "failure " + error.getCode() + " token-expired=" + tokenExpired + " details=" + details;
    }

    public static void main(String[] args) throws IOException {
        for (String path : Arrays.copyOf(args, args.length - 1)) {
            System.out.println(describe(path));
        }
        OperationalError member = MAPPER.readValue(new File(args[args.length - 1]), OperationalError.class);
        System.out.println("operational " + member.value() + " " + member.name());
        String catalogPath = System.getProperty("catalog");
        if (catalogPath != null) {
            Catalog catalog = MAPPER.readValue(new File(catalogPath), Catalog.class);
            System.out.println("catalog families=" + catalog.getFamilies().size() + " resetMillisecondsFrom=" + catalog.getRetryPolicy().getRateLimit().getResetMillisecondsFrom());
        }
    }
}
