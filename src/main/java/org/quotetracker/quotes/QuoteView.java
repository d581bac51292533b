package org.quotetracker.quotes;

import java.time.LocalDate;

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
        String method,
        double confidence,
        String context,
        int start,
        int end,
        Long speakerId,
        Long articleId,
        Long statementId) {
}
