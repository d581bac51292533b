package org.quotetracker.sql;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The databases the service runs on, and every piece of SQL in which they differ: the one place that knows H2 from
 * PostgreSQL. The service's own beans take the {@link SqlDialects#sqlDialect bean}; Flyway's Java migrations and
 * Hibernate's function contributors, which run outside the application context, ask {@link #of(Connection)} and
 * {@link #ofProductName(String)}.
 */
public enum SqlDialect {

    /**
     * The embedded default. A LIKE with a parameter makes H2 parse the statement again on every run (in case a
     * constant prefix could become an index range), which cost ten times the query itself; LOCATE does not. Its word
     * test is a regular expression over each row, which an embedded archive can afford.
     */
    H2("locate(:key, %s) > 0", "(regexp_like(lower(?1), '(^|[^\\p{L}\\p{N}])' || ?2))"),

    /**
     * Production: the LIKE is served by the trigram index on person_alias.name_key, the word test by the GIN index
     * on {@code to_tsvector('simple', quoted_text)} (db/vendor/postgresql).
     */
    POSTGRESQL("%s like :pattern escape '\\'", "(to_tsvector('simple', ?1) @@ to_tsquery('simple', quote_literal(?2) || ':*'))");

    private final String containsKey;
    private final String wordTest;

    SqlDialect(String containsKey, String wordTest) {
        this.containsKey = containsKey;
        this.wordTest = wordTest;
    }

    /** The dialect of the database with this JDBC product name ({@code DatabaseMetaData.getDatabaseProductName}). */
    public static SqlDialect ofProductName(String productName) {
        return switch (productName) {
            case "H2" -> H2;
            case "PostgreSQL" -> POSTGRESQL;
            default -> throw new IllegalStateException("The service runs on H2 or PostgreSQL, not on " + productName);
        };
    }

    public static SqlDialect of(Connection connection) throws SQLException {
        return ofProductName(connection.getMetaData().getDatabaseProductName());
    }

    /**
     * An SQL condition: {@code column}, a lower-cased key, contains the named parameter {@code :key}, which is also
     * given as {@code :pattern}, the LIKE pattern {@code Likes.containsIgnoringCase(key)}.
     */
    public String containsKey(String column) {
        return containsKey.formatted(column);
    }

    /**
     * A Hibernate function pattern: a word of the text {@code ?1} starts with {@code ?2}, a lower-cased word,
     * ignoring case.
     */
    public String wordTest() {
        return wordTest;
    }
}
