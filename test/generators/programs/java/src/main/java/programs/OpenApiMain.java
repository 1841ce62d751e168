package programs;

import java.io.File;
import java.io.IOException;
import java.util.Arrays;
import java.util.TreeSet;
import openapi.JSON;
import openapi.model.ApiFailure;
import openapi.model.ErrorBody;
import openapi.model.ModelApiResponse;
import openapi.model.OperationalError;
import openapi.model.RestErrorCode;

/** Decodes envelopes and an OperationalError with openapi-generator's Java models of generated/openapi/errors.yaml. */
public final class OpenApiMain {
    private OpenApiMain() {}

    static String describe(String path) throws IOException {
        ModelApiResponse envelope = JSON.getDefault().getMapper().readValue(new File(path), ModelApiResponse.class);
        if (!(envelope.getActualInstance() instanceof ApiFailure failure)) {
            return "success";
        }
        ErrorBody error = failure.getError();
        Object code = error.getCode().getActualInstance();
        String text = code instanceof RestErrorCode known ? known.getValue() : String.valueOf(code);
        String details = error.getDetails() == null || error.getDetails().isEmpty() ? "-" : String.join(",", new TreeSet<>(error.getDetails().keySet()));
        return "failure " + text + " token-expired=" + (code == RestErrorCode.TOKEN_EXPIRED) + " details=" + details;
    }

    public static void main(String[] args) throws IOException {
        for (String path : Arrays.copyOf(args, args.length - 1)) {
            System.out.println(describe(path));
        }
        OperationalError member = JSON.getDefault().getMapper().readValue(new File(args[args.length - 1]), OperationalError.class);
        System.out.println("operational " + member.getValue() + " " + member.name());
    }
}
