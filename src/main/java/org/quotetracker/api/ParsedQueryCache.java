package org.quotetracker.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import org.springframework.stereotype.Component;

/**
 * Parses and validates each query text once. Front ends send the same few query texts over and over with other
 * variables, and parsing and validating them again cost about as much as answering a speaker's first page. The
 * outcome depends on the text and the schema only, so a query that failed validation fails again from the cache.
 * Bounded twice: the least recently used texts go first, and long texts, which are rarely sent twice, are not kept.
 * {@link PersistedQueries}, which first turns a persisted query's hash into its text, hands every query to it.
 */
@Component
class ParsedQueryCache implements PreparsedDocumentProvider {

    static final int MAX_QUERIES = 500;
    static final int MAX_QUERY_LENGTH = 20_000;

    private final Map<String, PreparsedDocumentEntry> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
            return size() > MAX_QUERIES;
        }
    };

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
            ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String query = input.getQuery();
        if (query.length() > MAX_QUERY_LENGTH) {
            return CompletableFuture.completedFuture(parseAndValidate.apply(input));
        }
        PreparsedDocumentEntry entry;
        synchronized (entries) {
            entry = entries.get(query);
        }
        if (entry == null) {
            // Parsed outside the lock: two threads may parse the same new text once each, which is harmless.
            entry = parseAndValidate.apply(input);
            synchronized (entries) {
                entries.put(query, entry);
            }
        }
        return CompletableFuture.completedFuture(entry);
    }
}
