package org.quotetracker.ingest;

import java.time.LocalDate;
import java.util.List;

import org.quotetracker.api.Ids;
import org.quotetracker.articles.ArticleView;
import org.quotetracker.articles.ArticleViews;
import org.quotetracker.quotes.QuoteView;
import org.quotetracker.quotes.QuoteViews;
import org.quotetracker.security.RequiresApiKey;
import org.quotetracker.writes.WriteRetry;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** {@code ingestArticle}, {@code reextractArticle} and {@code deleteArticle}. */
@Controller
class ArticleMutations {

    private final ArticleIngester ingester;
    private final ArticleDeletion deletion;
    private final ArticleViews articleViews;
    private final QuoteViews quoteViews;
    private final WriteRetry writes;

    ArticleMutations(ArticleIngester ingester, ArticleDeletion deletion, ArticleViews articleViews, QuoteViews quoteViews,
                     WriteRetry writes) {
        this.ingester = ingester;
        this.deletion = deletion;
        this.articleViews = articleViews;
        this.quoteViews = quoteViews;
        this.writes = writes;
    }

    /** The GraphQL {@code IngestArticleInput}. */
    record IngestArticleInput(String text, String url, String outlet, LocalDate publishedOn, String headline) {
    }

    @MutationMapping
    @RequiresApiKey
    public IngestArticlePayload ingestArticle(@Argument IngestArticleInput input) {
        IngestResult result = ingester.ingest(
                new ArticleSubmission(input.text(), input.url(), input.outlet(), input.publishedOn(), input.headline()));
        return new IngestArticlePayload(article(result.articleId()), quotesOf(result.articleId()), result.created());
    }

    @MutationMapping
    @RequiresApiKey
    public ArticleView reextractArticle(@Argument String id) {
        return article(ingester.reextract(Ids.parse(id, "an article")).articleId());
    }

    @MutationMapping
    @RequiresApiKey
    public boolean deleteArticle(@Argument String id) {
        long articleId = Ids.parse(id, "an article");
        writes.retrying(() -> {
            deletion.delete(articleId);
            return null;
        });
        return true;
    }

    private ArticleView article(long id) {
        return articleViews.find(id);
    }

    private List<QuoteView> quotesOf(long articleId) {
        return quoteViews.byArticle(List.of(articleId)).getOrDefault(articleId, List.of());
    }
}
