package org.quotetracker.articles;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.quotetracker.api.Connection;
import org.quotetracker.api.InputText;
import org.quotetracker.api.Keyset;
import org.quotetracker.api.PageArguments;
import org.quotetracker.errors.NotFound;
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

    private final JdbcClient jdbc;

    ArticleViews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The articles from {@code outlet} (ignoring case) published from {@code from} to {@code to}, each if given. */
    public Connection<ArticleView> list(String outlet, LocalDate from, LocalDate to, PageArguments page) {
        StringBuilder condition = new StringBuilder("true");
        Map<String, Object> parameters = new HashMap<>();
        if (!InputText.isBlank(outlet)) {
            condition.append(" and lower(outlet) = :outlet");
            parameters.put("outlet", InputText.strip(outlet).toLowerCase(Locale.ROOT));
        }
        if (from != null) {
            condition.append(" and published_on >= :from");
            parameters.put("from", from);
        }
        if (to != null) {
            condition.append(" and published_on <= :to");
            parameters.put("to", to);
        }
        return NEWEST_FIRST.page(jdbc, "select id, " + COLUMNS + " from article where " + condition, "article",
                parameters, page, ArticleViews::viewWithId, () -> jdbc.sql("select count(*) from article where " + condition)
                        .params(parameters).query(Long.class).single());
    }

    public ArticleView find(long id) {
        return Optional.ofNullable(byId(List.of(id)).get(id))
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
                .query(ArticleViews::viewWithId)
                .list().stream().collect(Collectors.toMap(ArticleView::id, Function.identity()));
    }

    /** The article in a row holding its id and {@link #COLUMNS}. */
    private static ArticleView viewWithId(ResultSet row, int number) throws SQLException {
        return view(row, row.getLong("id"));
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
}
