package org.quotetracker.extraction;

import java.time.LocalDate;

/**
 * A title an article gives a person, whether or not that person is quoted ("Donald Trump, the former U.S. President").
 *
 * @param seenOn the date of the (sub-)story that mentions it, or null when the page has none
 */
public record RoleMention(String person, String role, int offset, LocalDate seenOn) {
}
