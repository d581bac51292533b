package org.quotetracker.feeds;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.quotetracker.articles.ArticleView;
import org.quotetracker.people.PersonView;
import org.quotetracker.quotes.QuoteView;

/** A quote as a feed entry, with its speaker and article. */
record FeedEntry(QuoteView quote, PersonView speaker, ArticleView article) {

    /** Atom requires a time for every entry; a quote with neither a day said nor a published article has the epoch. */
    static final Instant UNKNOWN = Instant.EPOCH;

    private static final int TITLE_WORDS_MAX = 80;

    /** When the words were said, else when their article was published (start of the day, UTC). */
    Instant updated() {
        LocalDate day = quote.saidOn() != null ? quote.saidOn() : article.publishedOn();
        return day == null ? UNKNOWN : day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The speaker and the start of the words, short enough for a feed reader's list. */
    String title() {
        String words = quote.text().length() <= TITLE_WORDS_MAX ? quote.text()
                : quote.text().substring(0, quote.text().lastIndexOf(' ', TITLE_WORDS_MAX) > 0
                        ? quote.text().lastIndexOf(' ', TITLE_WORDS_MAX) : TITLE_WORDS_MAX) + "…";
        return speaker.name() + ": “" + words + "”";
    }

    /** The whole quote with who said it, in what role, when, and where it was reported. */
    String summary() {
        StringBuilder summary = new StringBuilder("“").append(quote.text()).append("” — ").append(speaker.name());
        if (quote.role() != null && !quote.role().isBlank()) {
            summary.append(", ").append(quote.role());
        }
        summary.append(quote.saidOn() != null ? ", " + quote.saidOn() : ", date unknown");
        String source = article.outlet() != null ? article.outlet() : null;
        if (article.headline() != null) {
            source = source == null ? article.headline() : source + ": " + article.headline();
        }
        if (source != null) {
            summary.append(". In ").append(source);
        }
        return summary.append('.').toString();
    }

    /** The web app's view of the article, scrolled to the quote. */
    String articlePath() {
        return "/articles/" + article.id() + "#quote-" + quote.id();
    }
}
