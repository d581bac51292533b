package org.quotetracker.articles;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.quotetracker.api.Connection;
import org.quotetracker.api.InputText;
import org.quotetracker.api.Keyset;
import org.quotetracker.api.PageArguments;
import org.quotetracker.errors.NotFound;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads articles for the API. */
@Service
public class ArticleViews {

    /** Most recently published first; articles without a date last. */
    private static final Keyset<Article, ArticleView> NEWEST_FIRST =
            new Keyset<>("article", "publishedOn", "published_on", false, ArticleView::publishedOn, ArticleView::id, LocalDate::parse);

    /** The columns of an {@link ArticleView} but its id, for queries that join articles to rows that name them. */
    public static final String COLUMNS = "headline, outlet, section, byline, dateline_place, agency, published_on, url";
    /** {@link #COLUMNS} qualified by the alias {@code a}, for a join in which another table has columns too. */
    public static final String COLUMNS_OF_A = "a." + COLUMNS.replace(", ", ", a.");

    private final ArticleRepository articles;
    private final ArticleMapper mapper;
    private final JdbcClient jdbc;

    ArticleViews(ArticleRepository articles, ArticleMapper mapper, JdbcClient jdbc) {
        this.articles = articles;
        this.mapper = mapper;
        this.jdbc = jdbc;
    }

    public Connection<ArticleView> list(String outlet, LocalDate from, LocalDate to, PageArguments page) {
        return NEWEST_FIRST.page(articles, Specification.allOf(fromOutlet(outlet), publishedFrom(from), publishedTo(to)),
                page, mapper::toView);
    }

    public ArticleView find(long id) {
        return articles.findById(id)
                .map(mapper::toView)
                .orElseThrow(() -> new NotFound("There is no article with id " + id));
    }

    /**
     * The articles with these ids, without their text: the articles of a page of quotes, on every request. In SQL
     * because Hibernate plans a query with a list parameter anew for each list, which cost more than the rest of
     * the request's database work.
     */
    public Map<Long, ArticleView> byId(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select id, " + COLUMNS + " from article where id in (:ids)").param("ids", ids)
                .query((row, n) -> view(row, row.getLong("id")))
                .list().stream().collect(Collectors.toMap(ArticleView::id, Function.identity()));
    }

    /** The article with this id in a row holding {@link #COLUMNS}. */
    public static ArticleView view(ResultSet row, long id) throws SQLException {
        return new ArticleView(id, row.getString("headline"), row.getString("outlet"), row.getString("section"),
                row.getString("byline"), row.getString("dateline_place"), row.getString("agency"),
                row.getObject("published_on", LocalDate.class), row.getString("url"));
    }

    /** The text of each of these articles. */
    Map<Long, String> textsById(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select id, body from article where id in (:ids)").param("ids", ids)
                .query((row, n) -> Map.entry(row.getLong("id"), row.getString("body")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Specification<Article> fromOutlet(String outlet) {
        if (InputText.isBlank(outlet)) {
            return Specification.unrestricted();
        }
        String key = InputText.strip(outlet).toLowerCase(Locale.ROOT);
        return (root, query, cb) -> cb.equal(cb.lower(root.get("outlet")), key);
    }

    private static Specification<Article> publishedFrom(LocalDate from) {
        return from == null ? Specification.unrestricted() : (root, query, cb) -> cb.greaterThanOrEqualTo(root.get("publishedOn"), from);
    }

    private static Specification<Article> publishedTo(LocalDate to) {
        return to == null ? Specification.unrestricted() : (root, query, cb) -> cb.lessThanOrEqualTo(root.get("publishedOn"), to);
    }
}
