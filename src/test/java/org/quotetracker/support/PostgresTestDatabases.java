package org.quotetracker.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.quotetracker.text.Sha256;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Runs every test application on PostgreSQL instead of H2 when the {@code postgres} Maven profile sets
 * {@value #URL} (see pom.xml). Each H2 database a test names becomes a PostgreSQL schema of its own, so that test
 * contexts stay as isolated as their H2 databases are: {@code jdbc:h2:mem:api-test} is schema {@code qt_api_test},
 * an H2 file is a schema named after its path. A schema is dropped the first time this JVM uses it and kept after,
 * as an H2 database lives on in its JVM (memory) or on its disk (file): a restart test finds its data again. When
 * the JVM ends they are all dropped, as its in-memory databases and temporary directories go with it.
 */
public class PostgresTestDatabases implements EnvironmentPostProcessor, Ordered {

    static final String URL = "quotes.test.postgres.url";
    private static final String USER = "quotes.test.postgres.user";
    private static final String PASSWORD = "quotes.test.postgres.password";

    private static final Set<String> SCHEMAS_IN_USE = ConcurrentHashMap.newKeySet();

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String postgres = System.getProperty(URL);
        String h2 = environment.getProperty("spring.datasource.url");
        if (postgres == null || postgres.isBlank() || h2 == null || !h2.startsWith("jdbc:h2:")) {
            return;
        }
        String user = System.getProperty(USER, "postgres");
        String password = System.getProperty(PASSWORD, "");
        String schema = schemaFor(h2);
        if (SCHEMAS_IN_USE.add(schema)) {
            dropSchema(postgres, user, password, schema);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> dropSchema(postgres, user, password, schema)));
        }
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", postgres + (postgres.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        properties.put("spring.datasource.username", user);
        properties.put("spring.datasource.password", password);
        properties.put("spring.flyway.schemas", schema);
        // Spring keeps every test context it has started (up to 32), each with its pool: at Hikari's default of ten
        // connections held open each, the suite went past PostgreSQL's 100 ("too many clients already"). A context
        // that is not running tests gives its connections back within seconds and keeps one; a test that sets its
        // own pool keeps it.
        if (environment.getProperty("spring.datasource.hikari.minimum-idle") == null) {
            properties.put("spring.datasource.hikari.minimum-idle", "1");
        }
        if (environment.getProperty("spring.datasource.hikari.idle-timeout") == null) {
            properties.put("spring.datasource.hikari.idle-timeout", "10000");
        }
        environment.getPropertySources().addFirst(new MapPropertySource("postgresTestDatabase", properties));
    }

    /** After the configuration files are read, so that a URL given only in application.properties is seen too. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    static String schemaFor(String h2Url) {
        String location = h2Url.substring("jdbc:h2:".length()).split(";")[0];
        if (location.startsWith("mem:")) {
            String name = location.substring("mem:".length()).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
            if (name.length() <= 40) {
                return "qt_" + name;
            }
        }
        return "qt_" + Sha256.hex(location).substring(0, 16);
    }

    private static void dropSchema(String url, String user, String password, String schema) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            // A connection still open in a closing test context must not keep the JVM from ending.
            statement.execute("SET lock_timeout = '10s'");
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL for the tests is not reachable at " + url
                    + " (start it, or run the tests without -Ppostgres): " + e.getMessage(), e);
        }
    }
}
