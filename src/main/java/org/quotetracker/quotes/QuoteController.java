package org.quotetracker.quotes;

import java.time.LocalDate;
import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import org.quotetracker.api.Batches;
import org.quotetracker.api.Connection;
import org.quotetracker.api.PageArguments;
import org.quotetracker.articles.ArticleView;
import org.quotetracker.articles.ArticleViews;
import org.quotetracker.people.PersonView;
import org.quotetracker.people.PersonViews;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

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

    QuoteController(QuoteViews quotes, PersonViews people, ArticleViews articles) {
        this.quotes = quotes;
        this.people = people;
        this.articles = articles;
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
        return quotes.search(QuoteCriteria.matching(filter), orderBy, PageArguments.of(first, after));
    }

    @QueryMapping
    QuoteView quote(@Argument String id) {
        return quotes.find(id);
    }

    @SchemaMapping(typeName = "Person", field = "quotes")
    Connection<QuoteView> quotesOf(PersonView person, @Argument QuoteFilter filter, @Argument QuoteOrder orderBy,
                                   @Argument Integer first, @Argument String after) {
        return quotes.search(QuoteCriteria.saidBy(person.id()).and(QuoteCriteria.matching(filter)), orderBy,
                PageArguments.of(first, after));
    }

    @BatchMapping(typeName = "Article", field = "quotes")
    List<List<QuoteView>> quotesIn(List<ArticleView> articleViews) {
        return Batches.listPerParent(articleViews, ArticleView::id,
                quotes.byArticle(articleViews.stream().map(ArticleView::id).distinct().toList()));
    }

    @BatchMapping(typeName = "Quote", field = "speaker")
    List<PersonView> speaker(List<QuoteView> page) {
        return Batches.onePerParent(page, QuoteView::speakerId,
                people.byId(page.stream().map(QuoteView::speakerId).distinct().toList()));
    }

    @BatchMapping(typeName = "Quote", field = "article")
    List<ArticleView> article(List<QuoteView> page) {
        return Batches.onePerParent(page, QuoteView::articleId,
                articles.byId(page.stream().map(QuoteView::articleId).distinct().toList()));
    }

    @BatchMapping(typeName = "Quote", field = "appearances")
    List<List<Appearance>> appearances(List<QuoteView> page) {
        return Batches.listPerParent(page, QuoteView::statementId, quotes.appearances(statementIds(page)));
    }

    @BatchMapping(typeName = "Quote", field = "firstReportedOn")
    List<LocalDate> firstReportedOn(List<QuoteView> page) {
        return Batches.onePerParent(page, QuoteView::statementId, quotes.firstReported(statementIds(page)));
    }

    @BatchMapping(typeName = "Appearance", field = "article")
    List<ArticleView> appearanceArticle(List<Appearance> appearances) {
        return Batches.onePerParent(appearances, Appearance::articleId,
                articles.byId(appearances.stream().map(Appearance::articleId).distinct().toList()));
    }

    private static List<Long> statementIds(List<QuoteView> page) {
        return page.stream().map(QuoteView::statementId).distinct().toList();
    }
}
