package org.quotetracker.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.execution.preparsed.persisted.ApolloPersistedQuerySupport;
import graphql.execution.preparsed.persisted.PersistedQueryCache;
import graphql.execution.preparsed.persisted.PersistedQueryCacheMiss;
import graphql.execution.preparsed.persisted.PersistedQueryError;
import graphql.execution.preparsed.persisted.PersistedQueryIdInvalid;
import graphql.execution.preparsed.persisted.PersistedQueryNotFound;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * Automatic persisted queries, Apollo's protocol: a client sends {@code extensions.persistedQuery.sha256Hash} instead
 * of the query text; a hash this server has not seen is answered with the error {@code PersistedQueryNotFound}, upon
 * which the client sends the hash with the text once, and the text is kept after its SHA-256 is checked. By GET the
 * URL then stays short enough for a CDN or browser cache to key on.
 * <p>
 * The hashes kept are bounded by {@code quotes.http.persisted-queries} (1,000 by default), the least recently used
 * going first; a client whose hash was dropped is told it is not found and sends the text again. Texts longer than
 * {@link ParsedQueryCache#MAX_QUERY_LENGTH} are not kept. Parsing and validating still go through the
 * {@link ParsedQueryCache}, for persisted and plain queries alike.
 */
@Component
@EnableConfigurationProperties(HttpQueryProperties.class)
class PersistedQueries implements PreparsedDocumentProvider, GraphQlSourceBuilderCustomizer {

    private final ApolloPersistedQuerySupport apollo;
    private final ParsedQueryCache parsedQueries;

    PersistedQueries(ParsedQueryCache parsedQueries, HttpQueryProperties properties) {
        this.parsedQueries = parsedQueries;
        this.apollo = new ApolloSupport(new KnownQueries(properties.persistedQueries()));
    }

    @Override
    public void customize(GraphQlSource.SchemaResourceBuilder builder) {
        builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(this));
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
            ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        return apollo.getDocumentAsync(input, query -> parsedQueries.getDocumentAsync(query, parseAndValidate).join());
    }

    /** A {@code persistedQuery} extension must be Apollo's: version 1 and a SHA-256 hash in hex. */
    static void check(Object persistedQuery) {
        if (!(persistedQuery instanceof Map<?, ?> extension)) {
            throw new InvalidGraphQlRequest("extensions.persistedQuery must be a JSON object, "
                    + "e.g. {\"version\": 1, \"sha256Hash\": \"...\"}.");
        }
        if (!Integer.valueOf(1).equals(extension.get("version"))) {
            throw new InvalidGraphQlRequest("extensions.persistedQuery.version must be 1, the only version of "
                    + "automatic persisted queries there is.");
        }
        if (!(extension.get("sha256Hash") instanceof String hash) || !hash.matches("[0-9a-fA-F]{64}")) {
            throw new InvalidGraphQlRequest("extensions.persistedQuery.sha256Hash must be the SHA-256 of the query "
                    + "text in hexadecimal: 64 digits 0-9 and a-f.");
        }
    }

    /** Apollo's support, its errors carrying the {@code code} Apollo clients also look for. */
    private static final class ApolloSupport extends ApolloPersistedQuerySupport {

        ApolloSupport(PersistedQueryCache cache) {
            super(cache);
        }

        @Override
        protected PreparsedDocumentEntry mkMissingError(PersistedQueryError error) {
            GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError().errorType(error);
            if (error instanceof PersistedQueryNotFound notFound) {
                builder.message(notFound.getMessage()).extensions(Map.of("code", "PERSISTED_QUERY_NOT_FOUND",
                        "persistedQueryId", notFound.getPersistedQueryId()));
            } else if (error instanceof PersistedQueryIdInvalid invalid) {
                builder.message("The persisted query's sha256Hash is not the SHA-256 of the query text sent with it.")
                        .extensions(Map.of("code", "PERSISTED_QUERY_HASH_MISMATCH", "persistedQueryId", invalid.getPersistedQueryId()));
            } else {
                builder.message(error.getMessage());
            }
            return new PreparsedDocumentEntry(builder.build());
        }
    }

    /** Query texts by their hash, the least recently used dropped beyond {@code capacity}. */
    private static final class KnownQueries implements PersistedQueryCache {

        private final Map<Object, String> texts;

        KnownQueries(int capacity) {
            this.texts = new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Object, String> eldest) {
                    return size() > capacity;
                }
            };
        }

        @Override
        public CompletableFuture<PreparsedDocumentEntry> getPersistedQueryDocumentAsync(
                Object hash, ExecutionInput input, PersistedQueryCacheMiss parseAndValidate) {
            String sent = input.getQuery();
            boolean textSent = sent != null && !sent.isBlank() && !sent.equals(PersistedQuerySupport.PERSISTED_QUERY_MARKER);
            String text;
            if (textSent) {
                text = sent;
            } else {
                synchronized (texts) {
                    text = texts.get(hash);
                }
            }
            // Checks the text against the hash (or throws PersistedQueryNotFound for none) before anything is kept.
            PreparsedDocumentEntry entry = parseAndValidate.apply(text);
            if (textSent && text.length() <= ParsedQueryCache.MAX_QUERY_LENGTH) {
                synchronized (texts) {
                    texts.put(hash, text);
                }
            }
            return CompletableFuture.completedFuture(entry);
        }
    }
}
