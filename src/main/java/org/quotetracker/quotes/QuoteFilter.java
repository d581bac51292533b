package org.quotetracker.quotes;

import java.time.LocalDate;

import org.quotetracker.api.InputText;

/** The GraphQL {@code QuoteFilter} input: every criterion given must hold. */
public record QuoteFilter(String speaker, String text, LocalDate from, LocalDate to, String outlet, String role) {

    /** Whether a speaker is the one criterion: then the speakers' quote counts are the total. */
    boolean isSpeakerOnly() {
        return !isBlank(speaker) && !narrowsBeyondSpeaker();
    }

    /** Whether no criterion is given: every quote matches. */
    boolean isEmpty() {
        return isBlank(speaker) && !narrowsBeyondSpeaker();
    }

    private boolean narrowsBeyondSpeaker() {
        return !isBlank(text) || from != null || to != null || !isBlank(outlet) || !isBlank(role);
    }

    private static boolean isBlank(String value) {
        return InputText.isBlank(value);
    }
}
