package org.quotetracker.quotes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.quotetracker.articles.Article;
import org.quotetracker.extraction.ExtractedQuote;
import org.quotetracker.people.Person;
import org.quotetracker.people.QuoteCounts;
import org.springframework.stereotype.Component;

/**
 * Stores extracted quotes as appearances of their statements: the first article to carry the speaker's words
 * creates the statement, later ones join it; {@link Recording#count} then adds the quotes to their speakers. Must run
 * inside the ingesting transaction.
 */
@Component
public class QuoteRecorder {

    private final QuoteRepository quotes;
    private final StatementRepository statements;
    private final QuoteCounts quoteCounts;

    QuoteRecorder(QuoteRepository quotes, StatementRepository statements, QuoteCounts quoteCounts) {
        this.quotes = quotes;
        this.statements = statements;
        this.quoteCounts = quoteCounts;
    }

    /** Starts recording the quotes of one transaction, which may store many articles. */
    public Recording inTransaction() {
        return new Recording();
    }

    /** What tells statements apart: whose, and the words' {@link StatementKey}. */
    private record StatementOf(long speakerId, String textKey) {
    }

    /**
     * The quotes one transaction recorded. Holding every statement it created, it needs the database only for
     * statements stored before, whether or not it has written its own yet.
     */
    public final class Recording {

        private final Map<StatementOf, Statement> known = new HashMap<>();
        private final SortedMap<Long, Integer> quotesBySpeakerId = new TreeMap<>();
        private final List<Quote> recorded = new ArrayList<>();

        private Recording() {
        }

        public Quote record(Article article, Person speaker, ExtractedQuote extracted) {
            String key = StatementKey.of(extracted.text());
            LocalDate reportedOn = article.getPublishedOn() != null ? article.getPublishedOn() : extracted.saidOn();
            // A new statement is created with its day rather than given it after: one INSERT, no UPDATE after it.
            Statement statement = known.computeIfAbsent(new StatementOf(speaker.getId(), key), of -> statements
                    .findBySpeakerAndTextKey(speaker, key)
                    .orElseGet(() -> statements.save(new Statement(speaker, key, reportedOn))));
            statement.reportedOn(reportedOn);
            quotesBySpeakerId.merge(speaker.getId(), 1, Integer::sum);
            Quote quote = quotes.save(new Quote(article, speaker, statement, extracted));
            recorded.add(quote);
            return quote;
        }

        /** The ids of every quote recorded, in the order recorded, for those who hear of new quotes. */
        public List<Long> recordedIds() {
            return recorded.stream().map(Quote::getId).toList();
        }

        /**
         * Adds the quotes recorded to their speakers' counts: one update per speaker, however many quotes and articles.
         * The updates go straight to the database, so the session must have written new speakers there already.
         */
        public void count() {
            quoteCounts.add(quotesBySpeakerId);
            quotesBySpeakerId.clear();
        }
    }
}
