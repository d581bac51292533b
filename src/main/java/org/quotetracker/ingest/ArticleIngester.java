package org.quotetracker.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.quotetracker.api.ApiError;
import org.quotetracker.articles.Article;
import org.quotetracker.articles.ArticleRepository;
import org.quotetracker.corrections.AttributionCorrections;
import org.quotetracker.corrections.UnquotedPeople;
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
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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
    private final TransactionTemplate transaction;
    private final EntityManager entityManager;

    ArticleIngester(QuoteExtractor extractor, ArticleText articleText, ArticleRepository articles, QuoteRepository quotes,
                    QuoteRecorder recorder, Statements statements, PersonResolver personResolver, RoleHistory roleHistory,
                    AttributionCorrections corrections, UnquotedPeople unquotedPeople, PlatformTransactionManager transactions,
                    EntityManager entityManager) {
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
        this.transaction = new TransactionTemplate(transactions);
        this.entityManager = entityManager;
    }

    /** Extracts and stores a news page, unless the same text was stored before. */
    public IngestResult ingest(String pageText) {
        return ingest(ArticleSubmission.of(pageText));
    }

    /**
     * Extracts and stores a news page with what its submitter says about it, unless the same text was stored before
     * (whatever was said about it then or now).
     *
     * @throws ApiError (BAD_REQUEST) when the text is empty, binary or too long
     */
    public IngestResult ingest(ArticleSubmission submission) {
        articleText.check(submission.text());
        String hash = ContentHash.of(submission.text());
        // Checked before extracting so that a restart does not re-run the extractor over every stored article.
        return articles.findIdByContentHash(hash)
                .map(IngestResult::alreadyStored)
                .orElseGet(() -> store(extractor.extract(submission.text()), submission, hash));
    }

    /**
     * Checks and extracts a page without writing anything; {@link #storeAll} stores it later.
     *
     * @throws ApiError (BAD_REQUEST) when the text is empty, binary or too long
     */
    public PreparedArticle prepare(ArticleSubmission submission) {
        articleText.check(submission.text());
        String hash = ContentHash.of(submission.text());
        Long storedId = articles.findIdByContentHash(hash).orElse(null);
        return new PreparedArticle(submission, hash, storedId, storedId == null ? extractor.extract(submission.text()) : null);
    }

    /**
     * Stores prepared articles in one transaction: all of them or, when it fails, none. Whole articles either way;
     * fewer commits make bulk ingestion faster. A text stored meanwhile (or twice in the list) is stored once.
     */
    public List<IngestResult> storeAll(List<PreparedArticle> prepared) {
        return transaction.execute(status -> prepared.stream().map(article -> {
            IngestResult result = storeUnlessPresent(article);
            // Each query flushes first, checking every entity the session holds: a session that kept the whole
            // group would make each article slower than the one before.
            entityManager.flush();
            entityManager.clear();
            return result;
        }).toList());
    }

    private IngestResult storeUnlessPresent(PreparedArticle prepared) {
        if (prepared.storedId() != null) {
            return IngestResult.alreadyStored(prepared.storedId());
        }
        return articles.findIdByContentHash(prepared.hash())
                .map(IngestResult::alreadyStored)
                .orElseGet(() -> storeQuotes(articles.save(new Article(prepared.hash(), prepared.extraction().text(),
                        prepared.submission().over(prepared.extraction().metadata()), prepared.submission().cleanUrl())),
                        prepared.extraction(), true));
    }

    /** Stores what was extracted from a page, unless the same text was stored before. */
    public IngestResult store(Extraction extraction) {
        return store(extraction, ArticleSubmission.of(extraction.text()), ContentHash.of(extraction.text()));
    }

    /**
     * Extracts a stored article again, as the extractor now reads it, and replaces its quotes; corrections people
     * made to them are applied again. The article keeps its id and details.
     *
     * @throws ApiError (NOT_FOUND) when there is no such article
     */
    public IngestResult reextract(long articleId) {
        String text = articles.findById(articleId).map(Article::getText)
                .orElseThrow(() -> ApiError.notFound("There is no article with id " + articleId));
        Extraction extraction = extractor.extract(text);
        return transaction.execute(status -> {
            Article article = articles.findById(articleId)
                    .orElseThrow(() -> ApiError.notFound("There is no article with id " + articleId));
            List<Long> formerSpeakers = quotes.findSpeakerIdsByArticleId(articleId);
            List<Long> formerStatements = statements.ofArticle(articleId);
            quotes.deleteByArticleId(articleId);
            IngestResult result = storeQuotes(article, extraction, false);
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
        try {
            return storeAll(List.of(new PreparedArticle(submission, hash, null, extraction))).get(0);
        } catch (DataIntegrityViolationException e) {
            // Another request stored the same text between our check and our commit.
            return articles.findIdByContentHash(hash).map(IngestResult::alreadyStored).orElseThrow(() -> e);
        }
    }

    private IngestResult storeQuotes(Article article, Extraction extraction, boolean created) {
        LocalDate published = article.getPublishedOn();
        PersonResolver.ArticleSpeakers speakers = personResolver.forArticle();
        List<Person> speakersOfEachQuote = new ArrayList<>();
        int withoutSpeaker = 0;
        for (ExtractedQuote extracted : extraction.quotes()) {
            if (extracted.speaker() == null || extracted.speaker().name() == null || extracted.speaker().name().isBlank()) {
                withoutSpeaker++;
                continue;
            }
            Person speaker = speakers.resolve(extracted.speaker().name(), extracted.speaker().kind());
            recorder.record(article, speaker, extracted);
            speakersOfEachQuote.add(speaker);
            roleHistory.record(speaker, extracted.role(), article, extracted.saidOn() != null ? extracted.saidOn() : published);
        }
        recorder.count(speakersOfEachQuote);
        for (RoleMention mention : extraction.roleMentions()) {
            if (mention.person() != null && !mention.person().isBlank()) {
                Person person = speakers.resolve(mention.person(), SpeakerKind.PERSON);
                roleHistory.record(person, mention.role(), article, mention.seenOn() != null ? mention.seenOn() : published);
            }
        }
        return new IngestResult(article.getId(), created, speakersOfEachQuote.size(), withoutSpeaker);
    }
}
