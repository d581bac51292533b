package org.quotetracker.quotes;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.type.StandardBasicTypes;
import org.quotetracker.errors.InvalidInput;
import org.quotetracker.sql.SqlDialect;

/**
 * The {@code text} filter's word test as a query function, {@code has_word(text, word)}: true when a word of the text
 * starts with {@code word}, ignoring case: full-text search on PostgreSQL, a regular expression on H2
 * ({@link SqlDialect#wordTest}).
 */
public final class WordSearch implements FunctionContributor {

    static final String FUNCTION = "has_word";


    /**
     * Bounds of a search, so that it costs the database a bounded effort: on H2 each word is a regular expression
     * run over every quote, and a 100 KB word took 16 s of CPU. Real searches are a few words of ordinary length.
     */
    static final int MAX_LENGTH = 1000;
    static final int MAX_WORDS = 20;
    static final int MAX_WORD_LENGTH = 100;

    /**
     * The words of a search: runs of letters and digits, lower-cased; everything else only separates them.
     *
     * @throws InvalidInput when the text is longer, or has more or longer words, than the bounds allow
     */
    static List<String> words(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new InvalidInput("The text to search for is " + text.length() + " characters long; at most "
                    + MAX_LENGTH + " are accepted");
        }
        List<String> words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
        if (words.size() > MAX_WORDS) {
            throw new InvalidInput("The text to search for has " + words.size() + " words; at most " + MAX_WORDS
                    + " are searched for together");
        }
        for (String word : words) {
            if (word.length() > MAX_WORD_LENGTH) {
                throw new InvalidInput("The text to search for has a word of " + word.length() + " characters; words of at most "
                        + MAX_WORD_LENGTH + " are searched for");
            }
        }
        return words;
    }

    @Override
    public void contributeFunctions(FunctionContributions functions) {
        String pattern = (functions.getDialect() instanceof PostgreSQLDialect ? SqlDialect.POSTGRESQL : SqlDialect.H2).wordTest();
        functions.getFunctionRegistry().patternDescriptorBuilder(FUNCTION, pattern)
                .setExactArgumentCount(2)
                .setInvariantType(functions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN))
                .register();
    }
}
