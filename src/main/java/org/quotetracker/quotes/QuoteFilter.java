package org.quotetracker.quotes;

import java.time.LocalDate;

/** The GraphQL {@code QuoteFilter} input: every criterion given must hold. */
public record QuoteFilter(String speaker, String text, LocalDate from, LocalDate to, String outlet, String role) {
}
