package org.quotetracker.quotes;

import java.time.LocalDate;

/** The GraphQL {@code QuoteFilter} input: every criterion given must hold. */
public record QuoteFilter(String speaker, String text, LocalDate from, LocalDate to, String outlet, String role) {

    /** Whether a speaker is the one criterion: then the speakers' quote counts are the total. */
    boolean isSpeakerOnly() {
        return speaker != null && !speaker.isBlank() && isBlank(text) && from == null && to == null && isBlank(outlet)
                && isBlank(role);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
