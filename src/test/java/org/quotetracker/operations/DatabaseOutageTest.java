package org.quotetracker.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.quotetracker.support.CuttableProxy;
import org.quotetracker.support.SampleArticles;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * PostgreSQL out of reach for ten seconds under load (a proxy between the service and the database is cut, since the
 * test's PostgreSQL serves others too): requests wait for a connection, and those that wait longer than the pool's
 * connection timeout (2 s here) or lose theirs fail as SERVICE_UNAVAILABLE (HTTP 503 for exports), never
 * INTERNAL_ERROR; every article is whole or absent; and the service works again by itself afterwards.
 * Runs only with -Ppostgres.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "quotes.seed.enabled=false",
        "quotes.api-keys=" + DatabaseOutageTest.KEY,
        "spring.datasource.hikari.maximum-pool-size=4",
        // Shorter than the outage, so that requests during it fail (classified) rather than all waiting it out.
        "spring.datasource.hikari.connection-timeout=2000"})
@EnabledIfSystemProperty(named = "quotes.test.postgres.url", matches = ".+")
class DatabaseOutageTest {

    static final String KEY = "outage-key-0123456789";
    private static final String SCHEMA = "qt_outage";
    private static final Duration OUTAGE = Duration.ofSeconds(10);
    private static final Pattern POSTGRES_URL = Pattern.compile("jdbc:postgresql://([^:/?]+)(?::(\\d+))?/([^?]+).*");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static CuttableProxy proxy;
    private static String directUrl;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    /** Whatever answered otherwise than with data or a SERVICE_UNAVAILABLE / 503. */
    private final List<String> unexpected = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> outcomes = new ConcurrentHashMap<>();
    private final Set<Long> acknowledged = ConcurrentHashMap.newKeySet();

    @DynamicPropertySource
    static void databaseBehindProxy(DynamicPropertyRegistry registry) throws IOException, SQLException {
        String url = System.getProperty("quotes.test.postgres.url");
        Matcher m = POSTGRES_URL.matcher(url);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a PostgreSQL URL of the form jdbc:postgresql://HOST:PORT/DB: " + url);
        }
        directUrl = "jdbc:postgresql://" + m.group(1) + ":" + (m.group(2) == null ? "5432" : m.group(2)) + "/" + m.group(3);
        proxy = new CuttableProxy(m.group(1), m.group(2) == null ? 5432 : Integer.parseInt(m.group(2)));
        sql("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        registry.add("spring.datasource.url",
                () -> "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + m.group(3) + "?currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", DatabaseOutageTest::user);
        registry.add("spring.datasource.password", DatabaseOutageTest::password);
        registry.add("spring.flyway.schemas", () -> SCHEMA);
    }

    @AfterAll
    static void removeProxyAndSchema() throws Exception {
        if (proxy != null) {
            proxy.close();
            sql("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    @Test
    void anOutageUnderLoadFailsRequestsAsUnavailableLeavesWholeArticlesAndHealsByItself() throws Exception {
        ExecutorService load = Executors.newFixedThreadPool(6);
        long cutAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        long restoreAt = cutAt + OUTAGE.toNanos();
        long stopAt = restoreAt + TimeUnit.SECONDS.toNanos(5);
        for (int writer = 0; writer < 3; writer++) {
            load.submit(() -> repeatUntil(stopAt, this::ingest));
        }
        for (int reader = 0; reader < 2; reader++) {
            load.submit(() -> repeatUntil(stopAt, this::read));
        }
        load.submit(() -> repeatUntil(stopAt, this::export));

        sleepUntil(cutAt);
        proxy.cut();
        sleepUntil(restoreAt);
        proxy.restore();
        load.shutdown();
        assertThat(load.awaitTermination(3, TimeUnit.MINUTES)).isTrue();

        assertThat(unexpected).as("answers other than data or SERVICE_UNAVAILABLE, by outcome " + outcomes).isEmpty();
        assertThat(outcomes).as("requests answered, refused as unavailable (GraphQL) and as 503 (exports)")
                .containsKeys("ok", "SERVICE_UNAVAILABLE", "HTTP 503");
        assertEveryArticleWholeAndEveryAcknowledgedOnePresent();
        assertWorksAgain();
    }

    private void assertEveryArticleWholeAndEveryAcknowledgedOnePresent() throws SQLException {
        Map<Long, Integer> quotesByArticle = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(directUrl, user(), password());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select a.id, count(q.id) from " + SCHEMA + ".article a left join "
                     + SCHEMA + ".quote q on q.article_id = a.id group by a.id")) {
            while (rows.next()) {
                quotesByArticle.put(rows.getLong(1), rows.getInt(2));
            }
        }
        assertThat(quotesByArticle.keySet()).containsAll(acknowledged);
        // Every sample article has two quotes: an article with fewer was half written.
        assertThat(quotesByArticle).allSatisfy((article, quotes) -> assertThat(quotes).as("quotes of article " + article).isEqualTo(2));
    }

    private void assertWorksAgain() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(ingest()).isEqualTo("ok");
            assertThat(read()).isEqualTo("ok");
            assertThat(export()).isEqualTo("ok");
        }
        HttpResponse<String> health = http.send(request("/actuator/health").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
    }

    private interface Call {
        String call() throws Exception;
    }

    private void repeatUntil(long stopAt, Call call) {
        while (System.nanoTime() < stopAt) {
            try {
                outcomes.merge(call.call(), 1, Integer::sum);
            } catch (Exception e) {
                unexpected.add(e.toString());
            }
        }
    }

    /** "ok", or the classification of the error. */
    private String ingest() throws Exception {
        String body = JSON.writeValueAsString(Map.of(
                "query", "mutation ($text: String!) { ingestArticle(input: { text: $text }) { article { id } } }",
                "variables", Map.of("text", SampleArticles.about("outage " + UUID.randomUUID()))));
        JsonNode answer = graphql(body);
        if (answer != null && answer.path("errors").isEmpty()) {
            acknowledged.add(Long.parseLong(answer.path("data").path("ingestArticle").path("article").path("id").asString()));
        }
        return outcome(answer);
    }

    private String read() throws Exception {
        return outcome(graphql(JSON.writeValueAsString(Map.of("query",
                "{ quotes(filter: { speaker: \"Nordmann\" }, first: 5) { totalCount nodes { text speaker { name } } } }"))));
    }

    private String export() throws Exception {
        HttpResponse<String> response = http.send(request("/export/quotes.csv?speaker=Hansen").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() == 200) {
            return "ok";
        }
        if (response.statusCode() == 503 && response.headers().firstValue("Retry-After").isPresent()) {
            return "HTTP 503";
        }
        unexpected.add("export: HTTP " + response.statusCode() + " " + response.body());
        return "HTTP " + response.statusCode();
    }

    private JsonNode graphql(String body) throws Exception {
        HttpResponse<String> response = http.send(request("/graphql").header("Content-Type", "application/json")
                .header("X-API-Key", KEY).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            unexpected.add("graphql: HTTP " + response.statusCode() + " " + response.body());
            return null;
        }
        return JSON.readTree(response.body());
    }

    private String outcome(JsonNode answer) {
        if (answer == null) {
            return "HTTP error";
        }
        JsonNode errors = answer.path("errors");
        if (errors.isEmpty()) {
            return "ok";
        }
        String classification = errors.get(0).path("extensions").path("classification").asString();
        if (!classification.equals("SERVICE_UNAVAILABLE")) {
            unexpected.add(errors.toString());
        }
        return classification;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(90));
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    private static void sql(String statement) throws SQLException {
        try (Connection connection = DriverManager.getConnection(directUrl, user(), password());
             Statement s = connection.createStatement()) {
            s.execute(statement);
        }
    }

    private static String user() {
        return System.getProperty("quotes.test.postgres.user", "postgres");
    }

    private static String password() {
        return System.getProperty("quotes.test.postgres.password", "");
    }
}
