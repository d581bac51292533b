package org.quotetracker.articles;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.quotetracker.api.Batches;
import org.quotetracker.api.Connection;
import org.quotetracker.api.Ids;
import org.quotetracker.api.PageArguments;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code articles}, {@code article} and {@code outlets}. */
@Controller
class ArticleController {

    private final ArticleViews articles;
    private final ArticleRepository repository;

    ArticleController(ArticleViews articles, ArticleRepository repository) {
        this.articles = articles;
        this.repository = repository;
    }

    @QueryMapping
    Connection<ArticleView> articles(@Argument String outlet, @Argument LocalDate from, @Argument LocalDate to,
                                     @Argument Integer first, @Argument String after) {
        return articles.list(outlet, from, to, PageArguments.of(first, after));
    }

    @QueryMapping
    ArticleView article(@Argument String id) {
        return articles.find(Ids.parse(id, "an article"));
    }

    @BatchMapping(typeName = "Article", field = "text")
    Map<ArticleView, String> text(List<ArticleView> page) {
        return Batches.onePerParent(page, ArticleView::id, articles.textsById(page.stream().map(ArticleView::id).distinct().toList()));
    }

    @QueryMapping
    List<String> outlets() {
        return repository.findOutlets();
    }
}
