package org.quotetracker.people;

import java.time.LocalDate;

/** The GraphQL {@code Role}. */
public record RoleView(String title, LocalDate firstSeen, LocalDate lastSeen) {
}
