package org.quotetracker.quotes;

import java.util.Collection;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.quotetracker.articles.Article;
import org.quotetracker.extraction.ExtractedQuote;
import org.quotetracker.people.Person;
import org.quotetracker.people.PersonRepository;
import org.springframework.stereotype.Component;

/**
 * Stores an extracted quote as one appearance of its statement: the first article to carry the speaker's words
 * creates the statement, later ones join it; {@link #count} then adds the article's quotes to their speakers. Must run inside the ingesting transaction.
 */
@Component
public class QuoteRecorder {

    private final QuoteRepository quotes;
    private final StatementRepository statements;
    private final PersonRepository people;

    QuoteRecorder(QuoteRepository quotes, StatementRepository statements, PersonRepository people) {
        this.quotes = quotes;
        this.statements = statements;
        this.people = people;
    }

    public Quote record(Article article, Person speaker, ExtractedQuote extracted) {
        String key = StatementKey.of(extracted.text());
        Statement statement = statements.findBySpeakerAndTextKey(speaker, key)
                .orElseGet(() -> statements.save(new Statement(speaker, key)));
        statement.reportedOn(article.getPublishedOn() != null ? article.getPublishedOn() : extracted.saidOn());
        return quotes.save(new Quote(article, speaker, statement, extracted));
    }

    /** Adds an article's quotes to their speakers' counts: one update per speaker, not per quote. */
    public void count(Collection<Person> speakersOfEachQuote) {
        speakersOfEachQuote.stream()
                .collect(Collectors.groupingBy(Person::getId, TreeMap::new, Collectors.summingInt(speaker -> 1)))
                .forEach(people::countQuotes);
    }
}
