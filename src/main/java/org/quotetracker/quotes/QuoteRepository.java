package org.quotetracker.quotes;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface QuoteRepository extends JpaRepository<Quote, Long>, JpaSpecificationExecutor<Quote> {

    List<Quote> findByArticleIdInOrderByStartOffset(Collection<Long> articleIds);

    /** Every appearance of these statements, earliest published first (undated articles last). */
    @Query("""
            select q from Quote q join q.article a where q.statement.id in :statementIds
            order by a.publishedOn asc nulls last, q.id""")
    List<Quote> findByStatementIds(Collection<Long> statementIds);
}
