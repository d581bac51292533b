package org.quotetracker.archive;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.quotetracker.cli.ArticleFiles;
import org.quotetracker.extraction.ArticleMetadata;
import org.quotetracker.extraction.DatePrecision;
import org.quotetracker.extraction.ExtractedQuote;
import org.quotetracker.extraction.Extraction;
import org.quotetracker.extraction.QuoteExtractor;
import org.quotetracker.extraction.RoleMention;
import org.quotetracker.ingest.ArticleSubmission;
import org.quotetracker.ingest.TextProblem;
import org.quotetracker.people.NameKey;
import org.quotetracker.quotes.StatementKey;
import org.quotetracker.text.Sha256;

/**
 * Extracts the articles of one partition with the service's own engine, exactly as {@code extract} and {@code ingest}
 * do; an article that cannot be read (not UTF-8, empty, binary, too big, a malformed line, an engine failure) becomes
 * a rejection with its reason instead of failing the job. Input rows are {@link ArchiveInput#COLUMNS}.
 */
final class ArticleExtraction implements MapPartitionsFunction<Row, ArticleResult> {

    /** The service's default largest article ({@code quotes.limits.max-article-size}, 1MB). */
    static final long MAX_ARTICLE_BYTES = 1024 * 1024;

    /** One engine per executor JVM: it is thread-safe and its lexicons are worth loading once. */
    private static QuoteExtractor extractor;

    private static synchronized QuoteExtractor extractor() {
        if (extractor == null) {
            extractor = new QuoteExtractor();
        }
        return extractor;
    }

    @Override
    public Iterator<ArticleResult> call(Iterator<Row> rows) {
        QuoteExtractor engine = extractor();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public ArticleResult next() {
                return extract(engine, rows.next());
            }
        };
    }

    static ArticleResult extract(QuoteExtractor engine, Row row) {
        String source = row.getAs("source");
        String problem = row.getAs("problem");
        if (problem != null) {
            return ArticleResult.rejected(source, problem);
        }
        String text = row.getAs("text");
        byte[] content = row.getAs("content");
        if (text == null && content != null) {
            try {
                text = ArticleFiles.utf8(content);
            } catch (IOException e) {
                return ArticleResult.rejected(source, e.getMessage());
            }
        }
        problem = TextProblem.of(text, MAX_ARTICLE_BYTES);
        if (problem != null) {
            return ArticleResult.rejected(source, problem);
        }
        LocalDate publishedOn;
        String published = row.getAs("publishedOn");
        try {
            publishedOn = published == null || published.isBlank() ? null : LocalDate.parse(published.strip());
        } catch (DateTimeParseException e) {
            return ArticleResult.rejected(source, "publishedOn is not a date (YYYY-MM-DD): " + published);
        }
        try {
            ArticleSubmission submission = new ArticleSubmission(text, row.getAs("url"), row.getAs("outlet"), publishedOn, null);
            return result(source, submission, engine.extract(text));
        } catch (RuntimeException e) {
            return ArticleResult.rejected(source, "the extractor failed: " + e);
        }
    }

    private static ArticleResult result(String source, ArticleSubmission submission, Extraction extraction) {
        ArticleMetadata metadata = submission.over(extraction.metadata());
        ArticleResult article = new ArticleResult();
        article.setSource(source);
        article.setHash(Sha256.hex(submission.text()));
        article.setUrl(submission.cleanUrl());
        article.setOutlet(metadata.outlet());
        article.setSection(metadata.section());
        article.setHeadline(metadata.headline());
        article.setByline(metadata.byline());
        article.setDatelinePlace(metadata.datelinePlace());
        article.setAgency(metadata.agency());
        article.setPublishedOn(metadata.published());
        article.setBody(extraction.text());
        for (ExtractedQuote quote : extraction.quotes()) {
            article.getQuotes().add(fact(quote));
        }
        for (RoleMention mention : extraction.roleMentions()) {
            if (mention.person() != null && !mention.person().isBlank() && mention.role() != null && !mention.role().isBlank()) {
                TitleFact title = new TitleFact();
                title.setName(NameKey.tidy(mention.person()));
                title.setNameKey(NameKey.of(title.getName()));
                title.setTitle(NameKey.tidy(mention.role()));
                title.setTitleKey(NameKey.ofTitle(title.getTitle()));
                title.setSeenOn(mention.seenOn());
                article.getTitles().add(title);
            }
        }
        return article;
    }

    private static QuoteFact fact(ExtractedQuote q) {
        QuoteFact fact = new QuoteFact();
        fact.setText(q.text());
        fact.setStart(q.start());
        fact.setEnd(q.end());
        fact.setSentence(q.sentence());
        fact.setPartial(q.partial());
        fact.setCue(q.cue());
        fact.setRole(q.role());
        fact.setSaidOn(q.saidOn());
        // As the service stores it (Quote's constructor).
        fact.setDatePrecision((q.precision() != null ? q.precision()
                : q.saidOn() != null ? DatePrecision.DAY : DatePrecision.UNKNOWN).name());
        fact.setMethod(q.method().code());
        fact.setConfidence(q.confidence());
        if (q.speaker() != null) {
            fact.setSpeaker(q.speaker().name());
            fact.setSpeakerKind(q.speaker().kind().name());
            // The service stores only quotes with a speaker it can name; the others stay in the Parquet output.
            if (q.speaker().name() != null && !q.speaker().name().isBlank()) {
                fact.setSpeakerName(NameKey.tidy(q.speaker().name()));
                fact.setSpeakerKey(NameKey.of(fact.getSpeakerName()));
                fact.setStatementKey(StatementKey.of(q.text()));
                if (q.role() != null && !q.role().isBlank()) {
                    fact.setTitle(NameKey.tidy(q.role()));
                    fact.setTitleKey(NameKey.ofTitle(fact.getTitle()));
                }
            }
        }
        return fact;
    }
}
