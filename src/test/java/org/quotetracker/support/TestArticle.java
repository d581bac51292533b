package org.quotetracker.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.quotetracker.extraction.ArticleMetadata;
import org.quotetracker.extraction.AttributionMethod;
import org.quotetracker.extraction.DatePrecision;
import org.quotetracker.extraction.ExtractedQuote;
import org.quotetracker.extraction.Extraction;
import org.quotetracker.extraction.RoleMention;
import org.quotetracker.extraction.Speaker;
import org.quotetracker.extraction.SpeakerKind;

/** Builds what the extractor would give for a made-up article: its own text (so its own hash), quotes and mentions. */
public final class TestArticle {

    private final LocalDate published;
    private final String outlet;
    private final List<ExtractedQuote> quotes = new ArrayList<>();
    private final List<RoleMention> mentions = new ArrayList<>();

    private TestArticle(String outlet, LocalDate published) {
        this.outlet = outlet;
        this.published = published;
    }

    public static TestArticle publishedOn(LocalDate published) {
        return new TestArticle("Test Outlet", published);
    }

    public static TestArticle in(String outlet, LocalDate published) {
        return new TestArticle(outlet, published);
    }

    /** A quote of a named person, said on the day the article was published. */
    public TestArticle quote(String speaker, String role, String text) {
        return quote(new Speaker(speaker, SpeakerKind.PERSON), role, text, published);
    }

    public TestArticle quote(Speaker speaker, String role, String text, LocalDate saidOn) {
        int start = quotes.size() * 100;
        quotes.add(new ExtractedQuote(text, start, start + text.length(), "\"" + text + "\"", false, "said", speaker,
                role, saidOn, saidOn == null ? DatePrecision.UNKNOWN : DatePrecision.DAY, AttributionMethod.EXPLICIT_AFTER, 0.9));
        return this;
    }

    /** A title given to a person in a sentence that quotes nobody. */
    public TestArticle mention(String person, String role) {
        mentions.add(new RoleMention(person, role, 0, published));
        return this;
    }

    public Extraction build() {
        ArticleMetadata metadata = new ArticleMetadata(outlet, null, "Test article", null, List.of(), null, null, published);
        return new Extraction(metadata, "page " + UUID.randomUUID(), List.copyOf(quotes), List.copyOf(mentions));
    }
}
