package org.quotetracker.soak;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The soak's requests to the server, each timed and counted by kind in the {@link Tally}. A request fails when it
 * does not answer in time, answers another HTTP status than 200, or carries GraphQL errors; a failed request throws
 * {@link Failed} after it was counted, so that the caller records nothing as acknowledged.
 */
final class SoakClient {

    /** Longer than any request should take even on a busy machine; a request this slow counts as failed. */
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final URI server;
    private final String apiKey;
    private final Tally tally;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    SoakClient(URI server, String apiKey, Tally tally) {
        this.server = server;
        this.apiKey = apiKey;
        this.tally = tally;
    }

    static final class Failed extends Exception {
        Failed(String message) {
            super(message, null, false, false);
        }
    }

    /** A query or mutation; returns its {@code data}. */
    JsonNode graphql(String kind, String document, Map<String, Object> variables) throws Failed, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", document);
        body.put("variables", variables);
        HttpRequest request = HttpRequest.newBuilder(server.resolve("/graphql"))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("X-API-Key", apiKey)
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8))
                .build();
        long start = System.nanoTime();
        String failure;
        JsonNode data = null;
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                failure = "HTTP " + response.statusCode() + ": " + abbreviate(response.body());
            } else {
                JsonNode answer = json.readTree(response.body());
                JsonNode errors = answer.path("errors");
                if (errors.isArray() && !errors.isEmpty()) {
                    failure = abbreviate(errors.toString());
                } else {
                    data = answer.path("data");
                    failure = null;
                }
            }
        } catch (IOException | RuntimeException e) {
            failure = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        return finish(kind, start, failure, data);
    }

    /** A GET whose body is read line by line, as it streams; returns the number of lines. */
    long lines(String kind, String pathAndQuery, Consumer<String> eachLine) throws Failed, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(server.resolve(pathAndQuery)).timeout(TIMEOUT).GET().build();
        long start = System.nanoTime();
        String failure = null;
        long count = 0;
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                if (response.statusCode() != 200) {
                    failure = "HTTP " + response.statusCode() + ": " + abbreviate(reader.readLine());
                } else {
                    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                        eachLine.accept(line);
                        count++;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            failure = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        finish(kind, start, failure, null);
        return count;
    }

    JsonNode parse(String line) {
        return json.readTree(line);
    }

    private <T> T finish(String kind, long start, String failure, T result) throws Failed {
        long nanos = System.nanoTime() - start;
        if (failure != null) {
            tally.failed(kind, nanos, failure);
            throw new Failed(failure);
        }
        tally.succeeded(kind, nanos);
        return result;
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300) + "…";
    }
}
