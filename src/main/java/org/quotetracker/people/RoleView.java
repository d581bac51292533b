package org.quotetracker.people;

import java.time.LocalDate;

/** The GraphQL {@code Role}; its articles are loaded in batches through {@code id}. */
public record RoleView(Long id, String title, LocalDate firstSeen, LocalDate lastSeen) {
}
