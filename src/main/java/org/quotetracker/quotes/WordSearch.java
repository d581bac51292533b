package org.quotetracker.quotes;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.type.StandardBasicTypes;

/**
 * The {@code text} filter's word test as a query function, {@code has_word(text, word)}: true when a word of the text
 * starts with {@code word}, ignoring case. On PostgreSQL it is full-text search, served by the GIN index on
 * {@code to_tsvector('simple', quoted_text)} (db/vendor/postgresql); on H2 the same test is a regular expression
 * over each row, which an embedded archive can afford.
 */
public final class WordSearch implements FunctionContributor {

    static final String FUNCTION = "has_word";

    private static final String POSTGRESQL = "(to_tsvector('simple', ?1) @@ to_tsquery('simple', quote_literal(?2) || ':*'))";
    private static final String H2 = "(regexp_like(lower(?1), '(^|[^\\p{L}\\p{N}])' || ?2))";

    /** The words of a search: runs of letters and digits, lower-cased; everything else only separates them. */
    static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }

    @Override
    public void contributeFunctions(FunctionContributions functions) {
        String pattern = functions.getDialect() instanceof PostgreSQLDialect ? POSTGRESQL : H2;
        functions.getFunctionRegistry().patternDescriptorBuilder(FUNCTION, pattern)
                .setExactArgumentCount(2)
                .setInvariantType(functions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN))
                .register();
    }
}
