package org.quotetracker.api;

import java.util.List;
import java.util.Map;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;

/**
 * What a field costs in {@code quotes.limits.max-query-complexity}: 1, or its weight for a long text, plus what the
 * fields under it cost times how many items it returns. A paged list returns as many as its {@code first} asks for.
 * A list without {@code first} is counted by its real size where the query tells it (a contrast's speakers), or else
 * by a size that most such lists stay under: the answer's size is capped too ({@link ResponseSizeLimit}), so an
 * article with thousands of quotes cannot stream gigabytes either. Introspection (the schema itself) costs nothing.
 */
final class QueryCost implements FieldComplexityCalculator {

    /** Lists without {@code first}, by type and field, with the size they are counted as. */
    static final Map<String, Integer> UNPAGED_LIST_SIZES = Map.of(
            "Article.quotes", 20,
            "Quote.appearances", 5,
            "Person.aliases", 5,
            "Person.roles", 5,
            "Role.articles", 5,
            "Person.timeline", 12,
            "Contrast.periods", 12,
            "ContrastPeriod.speakers", 10);

    /** Fields whose values are long texts, with how many ordinary fields each weighs (an article is some 5 KB). */
    static final Map<String, Integer> WEIGHTS = Map.of("Article.text", 50, "Quote.context", 2);

    @Override
    public int calculate(FieldComplexityEnvironment env, int childComplexity) {
        if (isIntrospection(env)) {
            return 0;
        }
        String field = env.getParentType().getName() + "." + env.getField().getName();
        long complexity = WEIGHTS.getOrDefault(field, 1) + (long) childComplexity * items(env, field);
        return (int) Math.min(complexity, Integer.MAX_VALUE);
    }

    private static int items(FieldComplexityEnvironment env, String field) {
        if (env.getArguments().get("first") instanceof Integer first) {
            return Math.max(first, 1);
        }
        if (field.equals("ContrastPeriod.speakers")) {
            Integer asked = speakersAsked(env);
            if (asked != null) {
                return Math.max(asked, 1);
            }
        }
        return UNPAGED_LIST_SIZES.getOrDefault(field, 1);
    }

    /** How many speakers the enclosing {@code contrast} names. */
    private static Integer speakersAsked(FieldComplexityEnvironment env) {
        for (FieldComplexityEnvironment up = env.getParentEnvironment(); up != null; up = up.getParentEnvironment()) {
            if (up.getArguments().get("speakers") instanceof List<?> speakers) {
                return speakers.size();
            }
        }
        return null;
    }

    /** The schema's own fields ({@code __schema}, {@code __type}, {@code __typename} and all under them): not data. */
    private static boolean isIntrospection(FieldComplexityEnvironment env) {
        return env.getField().getName().startsWith("__") || env.getParentType().getName().startsWith("__");
    }
}
