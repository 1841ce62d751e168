import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLSession;

/** Runs both adapters' README examples (Java, then Kotlin's) on the response the test gives: status and body. */
public final class RunReadmes {
    private RunReadmes() {}

    public static void main(String[] args) throws Exception {
        HttpResponse<String> response = new Canned(Integer.parseInt(args[0]), args[1]);
        JacksonReadme.example(response);
        System.out.println("--- kotlin");
        JacksonReadmeKt.jacksonReadmeExample(response);
        System.out.println("--- gson");
        GsonReadme.example(response);
    }

    /** A response as java.net.http gives one, with a status and a body. */
    private static final class Canned implements HttpResponse<String> {
        private final int status;
        private final String body;

        Canned(int status, String body) {
            this.status = status;
            this.body = body;
        }

        @Override
        public int statusCode() {
            return status;
        }

        @Override
        public HttpRequest request() {
            return HttpRequest.newBuilder(URI.create("https://api.example.test/")).build();
        }

        @Override
        public Optional<HttpResponse<String>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public HttpHeaders headers() {
            return HttpHeaders.of(Map.of(), (name, value) -> true);
        }

        @Override
        public String body() {
            return body;
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return Optional.empty();
        }

        @Override
        public URI uri() {
            return URI.create("https://api.example.test/");
        }

        @Override
        public HttpClient.Version version() {
            return HttpClient.Version.HTTP_1_1;
        }
    }
}
