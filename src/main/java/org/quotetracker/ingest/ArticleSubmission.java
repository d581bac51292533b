package org.quotetracker.ingest;

import java.time.LocalDate;

import org.quotetracker.api.InputText;
import org.quotetracker.extraction.ArticleMetadata;

/**
 * A page to ingest, with what its submitter knows about it. Each detail given overrides what the page parser finds;
 * one left null leaves the parser's.
 */
public record ArticleSubmission(String text, String url, String outlet, LocalDate publishedOn, String headline) {

    public static ArticleSubmission of(String text) {
        return new ArticleSubmission(text, null, null, null, null);
    }

    /** What the article is said to be: the submitter's details over the parser's (public for the archive job). */
    public ArticleMetadata over(ArticleMetadata parsed) {
        return new ArticleMetadata(
                InputText.isBlank(outlet) ? parsed.outlet() : InputText.strip(outlet),
                parsed.section(),
                InputText.isBlank(headline) ? parsed.headline() : InputText.strip(headline),
                parsed.byline(),
                parsed.bylineNames(),
                parsed.datelinePlace(),
                parsed.agency(),
                publishedOn != null ? publishedOn : parsed.published());
    }

    public String cleanUrl() {
        return InputText.isBlank(url) ? null : InputText.strip(url);
    }
}
