package org.quotetracker.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import org.quotetracker.articles.Article;
import org.quotetracker.articles.ArticleRepository;
import org.quotetracker.corrections.AttributionCorrections;
import org.quotetracker.corrections.UnquotedPeople;
import org.quotetracker.errors.InvalidInput;
import org.quotetracker.errors.NotFound;
import org.quotetracker.extraction.ExtractedQuote;
import org.quotetracker.extraction.Extraction;
import org.quotetracker.extraction.QuoteExtractor;
import org.quotetracker.extraction.RoleMention;
import org.quotetracker.extraction.SpeakerKind;
import org.quotetracker.people.Person;
import org.quotetracker.people.PersonResolver;
import org.quotetracker.people.RoleHistory;
import org.quotetracker.quotes.QuoteRecorder;
import org.quotetracker.quotes.QuoteRepository;
import org.quotetracker.quotes.Statements;
import org.quotetracker.writes.WriteRetry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Reads an article into the database: extract, then store article, speakers, quotes and roles in one transaction.
 * The page text's hash makes it idempotent: a page stored before is neither extracted nor stored again.
 *
 * <p>The schema promises every quote a speaker, so quotes the extractor could not attribute are left out (and
 * counted). Role mentions of people who are not quoted still create those people, so that their titles are known
 * when they are quoted later.
 */
@Service
public class ArticleIngester {

    private final QuoteExtractor extractor;
    private final ArticleText articleText;
    private final ArticleRepository articles;
    private final QuoteRepository quotes;
    private final QuoteRecorder recorder;
    private final Statements statements;
    private final PersonResolver personResolver;
    private final RoleHistory roleHistory;
    private final AttributionCorrections corrections;
    private final UnquotedPeople unquotedPeople;
    private final WriteRetry writes;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final IngestMetrics metrics;

    ArticleIngester(QuoteExtractor extractor, ArticleText articleText, ArticleRepository articles, QuoteRepository quotes,
                    QuoteRecorder recorder, Statements statements, PersonResolver personResolver, RoleHistory roleHistory,
                    AttributionCorrections corrections, UnquotedPeople unquotedPeople, WriteRetry writes,
                    EntityManager entityManager, ApplicationEventPublisher events, IngestMetrics metrics) {
        this.extractor = extractor;
        this.articleText = articleText;
        this.articles = articles;
        this.quotes = quotes;
        this.recorder = recorder;
        this.statements = statements;
        this.personResolver = personResolver;
        this.roleHistory = roleHistory;
        this.corrections = corrections;
        this.unquotedPeople = unquotedPeople;
        this.writes = writes;
        this.entityManager = entityManager;
        this.events = events;
        this.metrics = metrics;
    }

    /** Extracts and stores a news page, unless the same text was stored before. */
    public IngestResult ingest(String pageText) {
        return ingest(ArticleSubmission.of(pageText));
    }

    /**
     * Extracts and stores a news page with what its submitter says about it, unless the same text was stored before
     * (whatever was said about it then or now).
     *
     * @throws InvalidInput when the text is empty, binary or too long
     */
    public IngestResult ingest(ArticleSubmission submission) {
        check(submission);
        String hash = ContentHash.of(submission.text());
        // Checked before extracting so that a restart does not re-run the extractor over every stored article.
        return articles.findIdByContentHash(hash)
                .map(IngestResult::alreadyStored)
                .orElseGet(() -> store(extractor.extract(submission.text()), submission, hash));
    }

    /**
     * Checks and extracts a page without writing anything; {@link #storeAll} stores it later.
     *
     * @throws InvalidInput when the text is empty, binary or too long
     */
    public PreparedArticle prepare(ArticleSubmission submission) {
        check(submission);
        String hash = ContentHash.of(submission.text());
        Long storedId = articles.findIdByContentHash(hash).orElse(null);
        return new PreparedArticle(submission, hash, storedId, storedId == null ? extractor.extract(submission.text()) : null);
    }

    /**
     * Stores prepared articles in one transaction: all of them or, when it fails, none. Whole articles either way;
     * fewer commits make bulk ingestion faster. A text stored meanwhile (or twice in the list) is stored once. A
     * transaction that lost a race with another writer (the same new person, title, statement or text) runs again
     * and joins what the other stored.
     */
    public List<IngestResult> storeAll(List<PreparedArticle> prepared) {
        List<IngestResult> committed = writes.inTransaction(() -> {
            Storing storing = new Storing();
            List<IngestResult> results = prepared.stream().map(article -> storeUnlessPresent(article, storing)).toList();
            storing.finish();
            // The counts went to the database behind the session's back; whoever reads on in it must not see old ones.
            entityManager.clear();
            List<Long> stored = storing.quotes.recordedIds();
            if (!stored.isEmpty()) {
                // Heard in this transaction, so that live subscribers learn of the quotes only once they are committed.
                events.publishEvent(new QuotesStored(stored));
            }
            return results;
        });
        metrics.committed(committed);
        return committed;
    }

    private void check(ArticleSubmission submission) {
        try {
            articleText.check(submission.text());
        } catch (InvalidInput e) {
            metrics.rejected();
            throw e;
        }
    }

    private IngestResult storeUnlessPresent(PreparedArticle prepared, Storing storing) {
        if (prepared.storedId() != null) {
            return IngestResult.alreadyStored(prepared.storedId());
        }
        Long storedNow = storing.articleIds.get(prepared.hash());
        if (storedNow != null) {
            return IngestResult.alreadyStored(storedNow);
        }
        return articles.findIdByContentHash(prepared.hash())
                .map(IngestResult::alreadyStored)
                .orElseGet(() -> {
                    Article article = articles.save(new Article(prepared.hash(), prepared.extraction().text(),
                            prepared.submission().over(prepared.extraction().metadata()), prepared.submission().cleanUrl()));
                    storing.articleIds.put(prepared.hash(), article.getId());
                    return storeQuotes(article, prepared.extraction(), true, storing);
                });
    }

    /** Stores what was extracted from a page, unless the same text was stored before. */
    public IngestResult store(Extraction extraction) {
        return store(extraction, ArticleSubmission.of(extraction.text()), ContentHash.of(extraction.text()));
    }

    /**
     * Extracts a stored article again, as the extractor now reads it, and replaces its quotes; corrections people
     * made to them are applied again. The article keeps its id and details.
     *
     * @throws NotFound when there is no such article
     */
    public IngestResult reextract(long articleId) {
        String text = articles.findById(articleId).map(Article::getText)
                .orElseThrow(() -> new NotFound("There is no article with id " + articleId));
        Extraction extraction = extractor.extract(text);
        return writes.inTransaction(() -> {
            Article article = articles.findById(articleId)
                    .orElseThrow(() -> new NotFound("There is no article with id " + articleId));
            List<Long> formerSpeakers = quotes.findSpeakerIdsByArticleId(articleId);
            List<Long> formerStatements = statements.ofArticle(articleId);
            quotes.deleteByArticleId(articleId);
            Storing storing = new Storing();
            IngestResult result = storeQuotes(article, extraction, false, storing);
            storing.finish();
            corrections.reapply(articleId);
            statements.removeUnused(formerStatements);
            // counts move with corrections too, so the article's speakers now are counted again with those before
            List<Long> speakers = new ArrayList<>(formerSpeakers);
            speakers.addAll(quotes.findSpeakerIdsByArticleId(articleId));
            unquotedPeople.removeAmong(speakers);
            return result;
        });
    }

    private IngestResult store(Extraction extraction, ArticleSubmission submission, String hash) {
        // Another request storing the same text between our check and our commit makes storeAll run again, and find it.
        return storeAll(List.of(new PreparedArticle(submission, hash, null, extraction))).get(0);
    }

    private IngestResult storeQuotes(Article article, Extraction extraction, boolean created, Storing storing) {
        LocalDate published = article.getPublishedOn();
        PersonResolver.ArticleSpeakers speakers = storing.people.forArticle();
        RoleHistory.ArticleTitles titles = storing.titles.ofArticle(article, !created);
        int stored = 0;
        int withoutSpeaker = 0;
        for (ExtractedQuote extracted : extraction.quotes()) {
            if (extracted.speaker() == null || extracted.speaker().name() == null || extracted.speaker().name().isBlank()) {
                withoutSpeaker++;
                continue;
            }
            Person speaker = speakers.resolve(extracted.speaker().name(), extracted.speaker().kind());
            storing.quotes.record(article, speaker, extracted);
            stored++;
            titles.record(speaker, extracted.role(), extracted.saidOn() != null ? extracted.saidOn() : published);
        }
        for (RoleMention mention : extraction.roleMentions()) {
            if (mention.person() != null && !mention.person().isBlank()) {
                Person person = speakers.resolve(mention.person(), SpeakerKind.PERSON);
                titles.record(person, mention.role(), mention.seenOn() != null ? mention.seenOn() : published);
            }
        }
        return new IngestResult(article.getId(), created, stored, withoutSpeaker);
    }

    /**
     * One transaction's storing: the people, titles, statements and texts it met, so that each is looked up once for
     * all its articles. Each of these knows what it wrote itself and asks the database only about what was there
     * before, so the session need not write before each look-up (checking every entity it holds for changes): it
     * writes once, at {@link #finish}, in batches.
     */
    private final class Storing {

        private final PersonResolver.Resolutions people = personResolver.inTransaction();
        private final RoleHistory.Titles titles = roleHistory.inTransaction();
        private final QuoteRecorder.Recording quotes = recorder.inTransaction();
        /** The articles stored in this transaction, by content hash. */
        private final Map<String, Long> articleIds = new HashMap<>();
        private final FlushModeType flushMode = entityManager.getFlushMode();

        private Storing() {
            entityManager.setFlushMode(FlushModeType.COMMIT);
        }

        /** Writes what was stored and counts its quotes; the rest of the transaction writes before each query again. */
        void finish() {
            // Through a repository, so that a text another transaction stored meanwhile fails as a
            // DataIntegrityViolationException, which WriteRetry recognises.
            articles.flush();
            quotes.count();
            entityManager.setFlushMode(flushMode);
        }
    }
}
