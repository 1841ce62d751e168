// Runs the README's example (ReadmeExample, which jvm.test.ts writes from generated/java/README.md) on one
// response, so that the example is run and not only compiled.
// Usage: java RunReadme <status> <body>
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLSession;

public final class RunReadme {
    private RunReadme() {}

    public static void main(String[] args) throws InterruptedException {
        int status = Integer.parseInt(args[0]);
        String body = args[1];
        URI uri = URI.create("https://api.example.test/v1/me");
        HttpResponse<String> response = new HttpResponse<String>() {
            @Override
            public int statusCode() {
                return status;
            }

            @Override
            public HttpRequest request() {
                return HttpRequest.newBuilder(uri).build();
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
                return uri;
            }

            @Override
            public HttpClient.Version version() {
                return HttpClient.Version.HTTP_1_1;
            }
        };
        ReadmeExample.example(response, 1, false);
    }
}
