package org.quotetracker.articles;

import java.time.LocalDate;

/** The GraphQL {@code Article}; its text, the bulk of its row, is loaded only when asked for ({@code ArticleController}). */
public record ArticleView(
        Long id,
        String headline,
        String outlet,
        String section,
        String byline,
        String dateline,
        String agency,
        LocalDate publishedOn,
        String url) {
}
