package org.quotetracker.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import org.quotetracker.articles.Article;
import org.quotetracker.people.Person;
import org.quotetracker.quotes.Quote;
import org.quotetracker.quotes.QuoteCriteria;
import org.quotetracker.quotes.QuoteFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;

/**
 * Writes every quote matching a {@link QuoteFilter} in constant memory, however many there are: quotes are read in
 * pages of a fixed size, in id order, each page continuing after the last id written (a seek on the primary key, not
 * an OFFSET), straight into rows rather than entities, and written out before the next page is read.
 */
@Service
public class QuoteExport {

    private final EntityManager entityManager;
    private final int pageSize;

    QuoteExport(EntityManager entityManager, @Value("${quotes.export.page-size:1000}") int pageSize) {
        this.entityManager = entityManager;
        this.pageSize = pageSize;
    }

    /** Writes the quotes matching {@code filter} (null for all) to {@code out} as UTF-8 in {@code format}. */
    public void write(QuoteFilter filter, ExportFormat format, OutputStream out) throws IOException {
        write(QuoteCriteria.matching(filter), format, out);
    }

    /** Writes the quotes matching {@code criteria} to {@code out} as UTF-8 in {@code format}. */
    public void write(Specification<Quote> criteria, ExportFormat format, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        format.header(writer);
        long afterId = 0;
        List<ExportRow> page;
        do {
            page = page(criteria, afterId);
            for (ExportRow row : page) {
                format.row(writer, row);
            }
            // Flushed page by page, so the reader receives rows while later ones are still being read.
            writer.flush();
            afterId = page.isEmpty() ? afterId : page.get(page.size() - 1).id();
        } while (page.size() == pageSize);
    }

    private List<ExportRow> page(Specification<Quote> criteria, long afterId) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<ExportRow> query = cb.createQuery(ExportRow.class);
        Root<Quote> quote = query.from(Quote.class);
        Join<Quote, Person> speaker = quote.join("speaker");
        Join<Quote, Article> article = quote.join("article");
        query.select(cb.construct(ExportRow.class, quote.get("id"), quote.get("saidOn"), speaker.get("name"),
                        speaker.get("kind"), quote.get("roleTitle"), quote.get("text"), quote.get("partial"),
                        article.get("headline"), article.get("outlet"), article.get("publishedOn"), article.get("id"),
                        quote.get("method"), quote.get("confidence")))
                .where(criteria.and(after(afterId)).toPredicate(quote, query, cb))
                .orderBy(cb.asc(quote.get("id")));
        return entityManager.createQuery(query).setMaxResults(pageSize).getResultList();
    }

    private static Specification<Quote> after(long id) {
        return (root, query, cb) -> cb.greaterThan(root.get("id"), id);
    }
}
