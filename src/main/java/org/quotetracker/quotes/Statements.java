package org.quotetracker.quotes;

import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.quotetracker.people.Person;
import org.springframework.stereotype.Component;

/**
 * Keeps statements true to their quotes when people edit the store: a quote given to another speaker joins that
 * speaker's statement of the same words, a merge folds the two people's statements, and statements no quote carries
 * any more go. Runs in the caller's transaction.
 */
@Component
public class Statements {

    private final EntityManager entityManager;
    private final StatementRepository statements;

    Statements(EntityManager entityManager, StatementRepository statements) {
        this.entityManager = entityManager;
        this.statements = statements;
    }

    /** After a correction gave the quote to someone else: the quote becomes an appearance of that speaker's statement. */
    public void relink(Quote quote) {
        Statement current = quote.getStatement();
        if (current == null || current.getSpeaker().getId().equals(quote.getSpeaker().getId())) {
            return;
        }
        Statement target = statements.findBySpeakerAndTextKey(quote.getSpeaker(), current.getTextKey())
                .orElseGet(() -> statements.save(new Statement(quote.getSpeaker(), current.getTextKey(), current.getFirstReportedOn())));
        target.reportedOn(current.getFirstReportedOn());
        quote.appearsIn(target);
    }

    /** The source's statements become the target's; the same words said by both become one statement. */
    public void merge(Person source, Person target) {
        List<Statement> own = entityManager.createQuery("select s from Statement s where s.speaker = :source", Statement.class)
                .setParameter("source", source).getResultList();
        for (Statement statement : own) {
            var same = statements.findBySpeakerAndTextKey(target, statement.getTextKey());
            if (same.isPresent()) {
                same.get().reportedOn(statement.getFirstReportedOn());
                entityManager.createQuery("update Quote q set q.statement = :kept where q.statement = :gone")
                        .setParameter("kept", same.get()).setParameter("gone", statement).executeUpdate();
                statements.delete(statement);
            } else {
                statement.saidBy(target);
            }
        }
    }

    /** The ids of the statements this article's quotes are appearances of. */
    public List<Long> ofArticle(long articleId) {
        return entityManager.createQuery("select distinct q.statement.id from Quote q where q.article.id = :id", Long.class)
                .setParameter("id", articleId).getResultList();
    }

    /** Deletes those of these statements that no quote carries any more. */
    public void removeUnused(Collection<Long> statementIds) {
        if (statementIds.isEmpty()) {
            return;
        }
        entityManager.flush();
        entityManager.createQuery("""
                        delete from Statement s where s.id in :ids and not exists (select 1 from Quote q where q.statement = s)""")
                .setParameter("ids", statementIds).executeUpdate();
    }
}
