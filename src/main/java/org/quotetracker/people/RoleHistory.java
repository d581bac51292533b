package org.quotetracker.people;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

/**
 * Folds every sighting of a title given to a person into one {@link Role} per person and title (ignoring case),
 * keeping the first and last day it was seen. Must run inside the ingesting transaction.
 */
@Component
public class RoleHistory {

    private final RoleRepository roles;

    RoleHistory(RoleRepository roles) {
        this.roles = roles;
    }

    /** Records that an article called {@code person} {@code title} on {@code day} (null when undated). */
    public void record(Person person, String title, LocalDate day) {
        if (title == null || title.isBlank()) {
            return;
        }
        String cleanTitle = NameKey.tidy(title);
        Role role = roles.findFirstByPersonAndTitleIgnoreCase(person, cleanTitle)
                .orElseGet(() -> roles.save(new Role(person, cleanTitle)));
        role.seenOn(day);
    }
}
