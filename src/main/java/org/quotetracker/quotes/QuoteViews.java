package org.quotetracker.quotes;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

import org.quotetracker.api.Connection;
import org.quotetracker.api.Keyset;
import org.quotetracker.api.PageArguments;
import org.quotetracker.errors.NotFound;
import org.quotetracker.people.PersonView;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;

/** Reads quotes for the API. */
@Service
public class QuoteViews {

    private final QuoteRepository quotes;
    private final StatementRepository statements;
    private final SpeakerQuotePages speakerPages;
    private final QuotesPerSpeaker perSpeaker;
    private final QuoteMapper mapper;

    QuoteViews(QuoteRepository quotes, StatementRepository statements, SpeakerQuotePages speakerPages,
               QuotesPerSpeaker perSpeaker, QuoteMapper mapper) {
        this.quotes = quotes;
        this.statements = statements;
        this.speakerPages = speakerPages;
        this.perSpeaker = perSpeaker;
        this.mapper = mapper;
    }

    Connection<QuoteView> search(Specification<Quote> criteria, QuoteOrder order, PageArguments page) {
        return QuoteRows.keyset(order).page(quotes, criteria, page, mapper::toView);
    }

    /**
     * {@code quotes(filter: {speaker})} and nothing else, the most asked question: the people the name matches are
     * looked up first, so that one person's page is read from the index in order, and {@code totalCount} is the sum
     * of their quote counts kept at ingest (a row per person instead of an index entry per quote), read with them.
     * Those people are the page's speakers, and one person's page comes in the same statement as they do, with its
     * articles when {@code withArticles}.
     */
    QuotePage bySpeaker(String speaker, QuoteOrder order, PageArguments page, boolean withArticles) {
        Keyset<Quote, QuoteView> keyset = QuoteRows.keyset(order);
        SpeakerQuotePages.Read read = speakerPages.page(speaker, keyset, page, withArticles);
        List<PersonView> matches = read.speakers();
        LongSupplier counter = () -> matches.stream().mapToLong(PersonView::quoteCount).sum();
        Map<Long, PersonView> speakers = matches.stream().collect(Collectors.toMap(PersonView::id, Function.identity()));
        if (matches.size() <= 1) {
            return new QuotePage(keyset.connection(read.rows(), page, counter), speakers, read.articles());
        }
        Specification<Quote> saidByAny = QuoteCriteria.saidByAnyOf(speakers.keySet());
        return new QuotePage(keyset.page(quotes, saidByAny, page, mapper::toView, counter), speakers, Map.of());
    }

    /**
     * {@code Person.quotes} with the same arguments for each of {@code speakers}, by speaker id: the pages in one
     * statement per page of people and, when {@code counted}, their totals in one more (none when {@code filter} narrows nothing: then
     * a speaker's total is the quote count kept at ingest).
     */
    Map<Long, Connection<QuoteView>> ofEach(Collection<PersonView> speakers, QuoteFilter filter, QuoteOrder order,
                                             PageArguments page, boolean counted) {
        Keyset<Quote, QuoteView> keyset = QuoteRows.keyset(order);
        Specification<Quote> criteria = QuoteCriteria.matching(filter);
        List<Long> ids = speakers.stream().map(PersonView::id).distinct().toList();
        Map<Long, List<Quote>> rows = perSpeaker.pages(ids, criteria, keyset, keyset.positionAfter(page), page.first() + 1);
        boolean narrowed = filter != null && !filter.isEmpty();
        Map<Long, Long> counts = counted && narrowed ? perSpeaker.counts(ids, criteria) : Map.of();
        Map<Long, Connection<QuoteView>> pages = new HashMap<>();
        for (PersonView speaker : speakers) {
            List<QuoteView> views = rows.getOrDefault(speaker.id(), List.of()).stream().map(mapper::toView)
                    .sorted(keyset.comparator()).toList();
            LongSupplier total = narrowed ? () -> counts.getOrDefault(speaker.id(), 0L) : speaker::quoteCount;
            pages.put(speaker.id(), keyset.connection(views, page, total));
        }
        return pages;
    }

    public QuoteView find(long id) {
        return quotes.findById(id)
                .map(mapper::toView)
                .orElseThrow(() -> new NotFound("There is no quote with id " + id));
    }

    /** The quotes of each article, in the order they stand in its text. */
    public Map<Long, List<QuoteView>> byArticle(Collection<Long> articleIds) {
        return quotes.findByArticleIdInOrderByStartOffset(articleIds).stream().map(mapper::toView)
                .collect(Collectors.groupingBy(QuoteView::articleId));
    }

    /** Every quote matching {@code criteria}, newest first: for criteria that bound the rows themselves. */
    public List<QuoteView> newestFirst(Specification<Quote> criteria) {
        return quotes.findAll(criteria, QuoteRows.NEWEST_FIRST.sort()).stream().map(mapper::toView).toList();
    }

    /** The {@code limit} newest quotes matching {@code criteria}, those whose date is unknown last. */
    public List<QuoteView> newest(Specification<Quote> criteria, int limit) {
        return quotes.findBy(criteria, query -> query.sortBy(QuoteRows.NEWEST_FIRST.sort()).limit(limit).all()).stream()
                .map(mapper::toView).toList();
    }

    /** The appearances of each statement, earliest published first. */
    Map<Long, List<Appearance>> appearances(Collection<Long> statementIds) {
        return quotes.findByStatementIds(statementIds).stream().map(mapper::toView).map(Appearance::new)
                .collect(Collectors.groupingBy(appearance -> appearance.quote().statementId()));
    }

    /** The first reported day of each statement that has one. */
    Map<Long, LocalDate> firstReported(Collection<Long> statementIds) {
        return statements.findAllById(statementIds).stream().filter(statement -> statement.getFirstReportedOn() != null)
                .collect(Collectors.toMap(Statement::getId, Statement::getFirstReportedOn));
    }
}
