package org.quotetracker.ingest;

import java.time.LocalDate;

import org.quotetracker.articles.Article;
import org.quotetracker.articles.ArticleRepository;
import org.quotetracker.extraction.ExtractedQuote;
import org.quotetracker.extraction.Extraction;
import org.quotetracker.extraction.QuoteExtractor;
import org.quotetracker.extraction.RoleMention;
import org.quotetracker.extraction.SpeakerKind;
import org.quotetracker.people.Person;
import org.quotetracker.people.PersonResolver;
import org.quotetracker.people.RoleHistory;
import org.quotetracker.quotes.QuoteRecorder;
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
    private final ArticleRepository articles;
    private final QuoteRecorder quotes;
    private final PersonResolver personResolver;
    private final RoleHistory roleHistory;
    private final TransactionTemplate transaction;

    ArticleIngester(QuoteExtractor extractor, ArticleRepository articles, QuoteRecorder quotes,
                    PersonResolver personResolver, RoleHistory roleHistory, PlatformTransactionManager transactions) {
        this.extractor = extractor;
        this.articles = articles;
        this.quotes = quotes;
        this.personResolver = personResolver;
        this.roleHistory = roleHistory;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Extracts and stores a news page, unless the same text was stored before. */
    public IngestResult ingest(String pageText) {
        // Checked before extracting so that a restart does not re-run the extractor over every stored article.
        if (articles.existsByContentHash(ContentHash.of(pageText))) {
            return IngestResult.alreadyStored();
        }
        return store(extractor.extract(pageText));
    }

    /** Stores what was extracted from a page, unless the same text was stored before. */
    public IngestResult store(Extraction extraction) {
        return transaction.execute(status -> persist(extraction));
    }

    private IngestResult persist(Extraction extraction) {
        String hash = ContentHash.of(extraction.text());
        if (articles.existsByContentHash(hash)) {
            return IngestResult.alreadyStored();
        }
        Article article = articles.save(new Article(hash, extraction.text(), extraction.metadata()));
        LocalDate published = extraction.metadata().published();
        PersonResolver.ArticleSpeakers speakers = personResolver.forArticle();
        int stored = 0;
        int withoutSpeaker = 0;
        for (ExtractedQuote extracted : extraction.quotes()) {
            if (extracted.speaker() == null || extracted.speaker().name() == null || extracted.speaker().name().isBlank()) {
                withoutSpeaker++;
                continue;
            }
            Person speaker = speakers.resolve(extracted.speaker().name(), extracted.speaker().kind());
            quotes.record(article, speaker, extracted);
            roleHistory.record(speaker, extracted.role(), article, extracted.saidOn() != null ? extracted.saidOn() : published);
            stored++;
        }
        for (RoleMention mention : extraction.roleMentions()) {
            if (mention.person() != null && !mention.person().isBlank()) {
                Person person = speakers.resolve(mention.person(), SpeakerKind.PERSON);
                roleHistory.record(person, mention.role(), article, mention.seenOn() != null ? mention.seenOn() : published);
            }
        }
        return new IngestResult(article.getId(), stored, withoutSpeaker);
    }
}
