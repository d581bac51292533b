package org.quotetracker.ingest;

import java.util.List;

import org.quotetracker.articles.ArticleRepository;
import org.quotetracker.corrections.AttributionCorrections;
import org.quotetracker.corrections.UnquotedPeople;
import org.quotetracker.errors.NotFound;
import org.quotetracker.people.RoleHistory;
import org.quotetracker.quotes.QuoteRepository;
import org.quotetracker.quotes.Statements;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes an article with everything that was only there because of it: its quotes and the statements only it
 * carried, the corrections made to them, the titles it gave, and the speakers it alone quoted, unless they have titles
 * on record.
 */
@Service
class ArticleDeletion {

    private final ArticleRepository articles;
    private final QuoteRepository quotes;
    private final AttributionCorrections corrections;
    private final UnquotedPeople unquotedPeople;
    private final Statements statements;
    private final RoleHistory roleHistory;

    ArticleDeletion(ArticleRepository articles, QuoteRepository quotes, AttributionCorrections corrections,
                    UnquotedPeople unquotedPeople, Statements statements, RoleHistory roleHistory) {
        this.articles = articles;
        this.quotes = quotes;
        this.corrections = corrections;
        this.unquotedPeople = unquotedPeople;
        this.statements = statements;
        this.roleHistory = roleHistory;
    }

    /** @throws NotFound when there is no such article */
    @Transactional
    public void delete(long articleId) {
        if (!articles.existsById(articleId)) {
            throw new NotFound("There is no article with id " + articleId);
        }
        List<Long> speakers = quotes.findSpeakerIdsByArticleId(articleId);
        List<Long> statementIds = statements.ofArticle(articleId);
        corrections.forgetArticle(articleId);
        roleHistory.forgetArticle(articleId);
        quotes.deleteByArticleId(articleId);
        statements.removeUnused(statementIds);
        articles.deleteById(articleId);
        unquotedPeople.removeAmong(speakers);
    }
}
