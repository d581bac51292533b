package org.quotetracker.quotes;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.quotetracker.api.Batches;
import org.quotetracker.api.Connection;
import org.quotetracker.api.Ids;
import org.quotetracker.api.PageArguments;
import org.quotetracker.articles.ArticleView;
import org.quotetracker.articles.ArticleViews;
import org.quotetracker.errors.NotFound;
import org.quotetracker.people.PersonView;
import org.quotetracker.people.PersonViews;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * {@code quotes}, {@code quote}, and every field that links quotes with people and articles. Links are loaded in
 * batches: a page of quotes costs one query for its speakers and one for its articles, whatever its size. A speaker's
 * page knows its speakers already and reads its articles along with it, so that those batches have nothing left to ask.
 */
@Controller
class QuoteController {

    /** The names Spring for GraphQL gives the batch loaders of the {@code @BatchMapping}s below: their coordinates. */
    private static final String SPEAKER_LOADER = "Quote.speaker";
    private static final String ARTICLE_LOADER = "Quote.article";

    private final QuoteViews quotes;
    private final PersonViews people;
    private final ArticleViews articles;
    private final QuoteLinks links;

    QuoteController(QuoteViews quotes, PersonViews people, ArticleViews articles, QuoteLinks links,
                    BatchLoaderRegistry loaders) {
        this.quotes = quotes;
        this.people = people;
        this.articles = articles;
        this.links = links;
        loaders.<SpeakerQuotes, SpeakerQuotes.Read>forName("speakerQuotes")
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> speakerQuotes(keys)));
    }

    @QueryMapping
    Connection<QuoteView> quotes(@Argument QuoteFilter filter, @Argument QuoteOrder orderBy,
                                 @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        if (filter != null && filter.isSpeakerOnly()) {
            QuotePage page = quotes.bySpeaker(filter.speaker(), orderBy, PageArguments.of(first, after),
                    env.getSelectionSet().containsAnyOf("nodes/article", "edges/node/article"));
            List<QuoteView> found = page.quotes().nodes();
            Batches.prime(env, SPEAKER_LOADER, found, QuoteView::speakerId, page.speakers());
            Batches.prime(env, ARTICLE_LOADER, found, QuoteView::articleId, page.articles());
            return page.quotes();
        }
        return withLinks(quotes.search(QuoteCriteria.matching(filter), orderBy, PageArguments.of(first, after)), env);
    }

    @QueryMapping
    QuoteView quote(@Argument String id, DataFetchingEnvironment env) {
        QuoteView quote = quotes.find(Ids.parse(id, "a quote"));
        if (env.getSelectionSet().containsAnyOf("article", "speaker") && withLinks(List.of(quote), env).isEmpty()) {
            throw new NotFound("There is no quote with id " + id);
        }
        return quote;
    }

    @SchemaMapping(typeName = "Person", field = "quotes")
    CompletableFuture<Connection<QuoteView>> quotesOf(PersonView person, @Argument QuoteFilter filter,
                                                      @Argument QuoteOrder orderBy, @Argument Integer first,
                                                      @Argument String after, DataFetchingEnvironment env,
                                                      DataLoader<SpeakerQuotes, SpeakerQuotes.Read> speakerQuotes) {
        SpeakerQuotes.Query query = new SpeakerQuotes.Query(filter, orderBy, PageArguments.of(first, after),
                env.getSelectionSet().contains("totalCount"), asksForLinks(env));
        return speakerQuotes.load(new SpeakerQuotes(person, query)).thenApply(read -> {
            primeLinks(env, read.page().nodes(), read.links());
            return read.page();
        });
    }

    /**
     * {@code Person.quotes} of every person GraphQL asks for at once: one read per distinct set of arguments, whatever
     * the number of people, with the links of all those pages in one more statement when the query asks for them.
     */
    private Map<SpeakerQuotes, SpeakerQuotes.Read> speakerQuotes(Set<SpeakerQuotes> keys) {
        Map<SpeakerQuotes, SpeakerQuotes.Read> reads = new HashMap<>();
        keys.stream().collect(Collectors.groupingBy(SpeakerQuotes::query)).forEach((query, sameQuery) -> {
            Map<Long, Connection<QuoteView>> pages = quotes.ofEach(sameQuery.stream().map(SpeakerQuotes::speaker).toList(),
                    query.filter(), query.order(), query.page(), query.counted());
            Map<Long, QuoteLinks.Links> current = query.linked()
                    ? links.of(pages.values().stream().flatMap(page -> page.nodes().stream()).map(QuoteView::id).toList())
                    : Map.of();
            for (SpeakerQuotes key : sameQuery) {
                Connection<QuoteView> page = pages.get(key.speaker().id());
                reads.put(key, new SpeakerQuotes.Read(query.linked() ? page.retaining(quote -> current.containsKey(quote.id())) : page, current));
            }
        });
        return reads;
    }

    private static boolean asksForLinks(DataFetchingEnvironment env) {
        return env.getSelectionSet().containsAnyOf("nodes/article", "edges/node/article", "nodes/speaker", "edges/node/speaker");
    }

    /**
     * The page without the quotes deleted since it was read, their speakers and articles handed to the batch
     * loaders, when the query asks for either: a reader sees the page as it stood after the write, never a quote
     * whose article is already gone (which the schema's {@code article: Article!} could only answer with an error).
     */
    private Connection<QuoteView> withLinks(Connection<QuoteView> page, DataFetchingEnvironment env) {
        if (!asksForLinks(env)) {
            return page;
        }
        Set<QuoteView> kept = Set.copyOf(withLinks(page.nodes(), env));
        return page.retaining(kept::contains);
    }

    private List<QuoteView> withLinks(List<QuoteView> found, DataFetchingEnvironment env) {
        Map<Long, QuoteLinks.Links> current = links.of(found.stream().map(QuoteView::id).toList());
        List<QuoteView> kept = found.stream().filter(quote -> current.containsKey(quote.id())).toList();
        primeLinks(env, kept, current);
        return kept;
    }

    /** Hands the speakers and articles read with these quotes to the batch loaders, which then ask for none of them. */
    private static void primeLinks(DataFetchingEnvironment env, List<QuoteView> quotes, Map<Long, QuoteLinks.Links> links) {
        Batches.prime(env, SPEAKER_LOADER, quotes, QuoteView::id, linked(links, QuoteLinks.Links::speaker));
        Batches.prime(env, ARTICLE_LOADER, quotes, QuoteView::id, linked(links, QuoteLinks.Links::article));
    }

    private static <V> Map<Long, V> linked(Map<Long, QuoteLinks.Links> links, Function<QuoteLinks.Links, V> part) {
        return links.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> part.apply(entry.getValue())));
    }

    @BatchMapping(typeName = "Article", field = "quotes")
    List<List<QuoteView>> quotesIn(List<ArticleView> articleViews) {
        return Batches.listPerParent(articleViews, ArticleView::id,
                quotes.byArticle(articleViews.stream().map(ArticleView::id).distinct().toList()));
    }

    @BatchMapping(typeName = "Quote", field = "speaker")
    Map<QuoteView, PersonView> speaker(List<QuoteView> page) {
        return Batches.onePerParent(page, QuoteView::speakerId,
                people.byId(page.stream().map(QuoteView::speakerId).distinct().toList()));
    }

    @BatchMapping(typeName = "Quote", field = "article")
    Map<QuoteView, ArticleView> article(List<QuoteView> page) {
        return Batches.onePerParent(page, QuoteView::articleId,
                articles.byId(page.stream().map(QuoteView::articleId).distinct().toList()));
    }

    @BatchMapping(typeName = "Quote", field = "appearances")
    List<List<Appearance>> appearances(List<QuoteView> page) {
        return Batches.listPerParent(page, QuoteView::statementId, quotes.appearances(statementIds(page)));
    }

    @BatchMapping(typeName = "Quote", field = "firstReportedOn")
    Map<QuoteView, LocalDate> firstReportedOn(List<QuoteView> page) {
        return Batches.onePerParent(page, QuoteView::statementId, quotes.firstReported(statementIds(page)));
    }

    @BatchMapping(typeName = "Appearance", field = "article")
    Map<Appearance, ArticleView> appearanceArticle(List<Appearance> appearances) {
        return Batches.onePerParent(appearances, Appearance::articleId,
                articles.byId(appearances.stream().map(Appearance::articleId).distinct().toList()));
    }

    private static List<Long> statementIds(List<QuoteView> page) {
        return page.stream().map(QuoteView::statementId).distinct().toList();
    }
}
