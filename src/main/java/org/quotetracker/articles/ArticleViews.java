package org.quotetracker.articles;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.quotetracker.api.ApiError;
import org.quotetracker.api.Connection;
import org.quotetracker.api.Ids;
import org.quotetracker.api.Keyset;
import org.quotetracker.api.PageArguments;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;

/** Reads articles for the API. */
@Service
public class ArticleViews {

    /** Most recently published first; articles without a date last. */
    private static final Keyset<Article, ArticleView> NEWEST_FIRST =
            new Keyset<>("article", "publishedOn", false, ArticleView::publishedOn, ArticleView::id, LocalDate::parse);

    private final ArticleRepository articles;
    private final ArticleMapper mapper;

    ArticleViews(ArticleRepository articles, ArticleMapper mapper) {
        this.articles = articles;
        this.mapper = mapper;
    }

    public Connection<ArticleView> list(String outlet, LocalDate from, LocalDate to, PageArguments page) {
        return NEWEST_FIRST.page(articles, Specification.allOf(fromOutlet(outlet), publishedFrom(from), publishedTo(to)),
                page, mapper::toView);
    }

    public ArticleView find(String id) {
        return articles.findById(Ids.parse(id, "an article"))
                .map(mapper::toView)
                .orElseThrow(() -> ApiError.notFound("There is no article with id " + id));
    }

    public Map<Long, ArticleView> byId(Collection<Long> ids) {
        return articles.findAllById(ids).stream().map(mapper::toView)
                .collect(Collectors.toMap(ArticleView::id, Function.identity()));
    }

    private static Specification<Article> fromOutlet(String outlet) {
        if (outlet == null || outlet.isBlank()) {
            return Specification.unrestricted();
        }
        String key = outlet.trim().toLowerCase(Locale.ROOT);
        return (root, query, cb) -> cb.equal(cb.lower(root.get("outlet")), key);
    }

    private static Specification<Article> publishedFrom(LocalDate from) {
        return from == null ? Specification.unrestricted() : (root, query, cb) -> cb.greaterThanOrEqualTo(root.get("publishedOn"), from);
    }

    private static Specification<Article> publishedTo(LocalDate to) {
        return to == null ? Specification.unrestricted() : (root, query, cb) -> cb.lessThanOrEqualTo(root.get("publishedOn"), to);
    }
}
