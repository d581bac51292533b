package org.quotetracker.articles;

import java.time.LocalDate;

import org.quotetracker.api.Connection;
import org.quotetracker.api.PageArguments;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code articles} and {@code article}. */
@Controller
class ArticleController {

    private final ArticleViews articles;

    ArticleController(ArticleViews articles) {
        this.articles = articles;
    }

    @QueryMapping
    Connection<ArticleView> articles(@Argument String outlet, @Argument LocalDate from, @Argument LocalDate to,
                                     @Argument Integer first, @Argument String after) {
        return articles.list(outlet, from, to, PageArguments.of(first, after));
    }

    @QueryMapping
    ArticleView article(@Argument String id) {
        return articles.find(id);
    }
}
