package org.quotetracker.articles;

import java.time.LocalDate;

/** The GraphQL {@code Article}. */
public record ArticleView(
        Long id,
        String headline,
        String outlet,
        String section,
        String byline,
        String dateline,
        String agency,
        LocalDate publishedOn,
        String text,
        String url) {
}
