package org.quotetracker.quotes;

import java.util.Collection;
import java.util.List;

import org.quotetracker.people.Person;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface QuoteRepository extends JpaRepository<Quote, Long>, JpaSpecificationExecutor<Quote> {

    List<Quote> findByArticleIdInOrderByStartOffset(Collection<Long> articleIds);

    @Query("select distinct q.speaker.id from Quote q where q.article.id = :articleId")
    List<Long> findSpeakerIdsByArticleId(long articleId);

    @Modifying
    @Query("delete from Quote q where q.article.id = :articleId")
    void deleteByArticleId(long articleId);

    /** Gives the source's quotes to the target, when a person merges two entries for one speaker. */
    @Modifying
    @Query("update Quote q set q.speaker = :target where q.speaker = :source")
    void reassignSpeaker(Person source, Person target);

    /** Every appearance of these statements, earliest published first (undated articles last). */
    @Query("""
            select q from Quote q join q.article a where q.statement.id in :statementIds
            order by a.publishedOn asc nulls last, q.id""")
    List<Quote> findByStatementIds(Collection<Long> statementIds);
}
