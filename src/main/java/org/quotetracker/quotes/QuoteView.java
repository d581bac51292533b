package org.quotetracker.quotes;

import java.time.LocalDate;

import org.quotetracker.extraction.AttributionMethod;
import org.quotetracker.extraction.DatePrecision;

/**
 * The GraphQL {@code Quote}; its speaker, article and appearances are loaded in batches through {@code speakerId},
 * {@code articleId} and {@code statementId}.
 */
public record QuoteView(
        Long id,
        String text,
        String role,
        LocalDate saidOn,
        DatePrecision datePrecision,
        boolean partial,
        String cue,
        AttributionMethod method,
        double confidence,
        String context,
        int start,
        int end,
        Long speakerId,
        Long articleId,
        Long statementId) {

    /** The GraphQL {@code Quote.methodExplanation}: the method as a reporter would say it, for the quote card. */
    public String methodExplanation() {
        return method == null ? null : method.explanation();
    }
}
