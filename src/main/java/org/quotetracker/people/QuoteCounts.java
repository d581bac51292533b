package org.quotetracker.people;

import java.util.List;
import java.util.SortedMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Raises the quote counts kept on people as their quotes are stored: atomic UPDATEs, so that articles ingested at the
 * same time cannot lose each other's counts. Plain JDBC in the caller's transaction: Hibernate would translate the
 * same HQL update again for every person. The people must have been written (flushed) already.
 */
@Component
public class QuoteCounts {

    private final JdbcTemplate jdbc;

    QuoteCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds quotes to these people's counts in one batch, in id order so that concurrent transactions lock rows alike. */
    public void add(SortedMap<Long, Integer> quotesByPersonId) {
        List<Object[]> rows = quotesByPersonId.entrySet().stream()
                .map(count -> new Object[] {count.getValue(), count.getKey()})
                .toList();
        jdbc.batchUpdate("update person set quote_count = quote_count + ? where id = ?", rows);
    }
}
