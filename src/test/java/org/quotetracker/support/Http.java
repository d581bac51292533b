package org.quotetracker.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;

/**
 * Plain HTTP requests to the test's server, mostly its GraphQL endpoint, for what GraphQlTester does not show: methods,
 * status and headers. A bean of {@link ApiTest} and {@link WriteApiTest} applications.
 */
@TestComponent
public final class Http {

    private final HttpClient client = HttpClient.newHttpClient();
    private final Environment environment;

    Http(Environment environment) {
        this.environment = environment;
    }

    /** Asked at each request: the port is known once the server listens, after the beans are made. */
    private String endpoint() {
        return origin() + "/graphql";
    }

    private String origin() {
        return "http://localhost:" + environment.getRequiredProperty("local.server.port");
    }

    /** A GET with these URL parameters, URL-encoded here; headers as name, value pairs. */
    public HttpResponse<String> get(Map<String, String> parameters, String... headers) {
        String query = parameters.entrySet().stream()
                .map(parameter -> encode(parameter.getKey()) + "=" + encode(parameter.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(endpoint() + "?" + query)).GET(), headers);
    }

    /** A GET of another page of the server, e.g. {@code /graphiql}. */
    public HttpResponse<String> page(String path) {
        return send(HttpRequest.newBuilder(URI.create(origin() + path)).GET());
    }

    /** A POST of this JSON body; headers as name, value pairs. */
    public HttpResponse<String> post(String json, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(endpoint())).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), headers);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
