package org.quotetracker.people;

import java.time.LocalDate;

import org.quotetracker.articles.Article;
import org.springframework.stereotype.Component;

/**
 * Folds every sighting of a title given to a person into one {@link Role} per person and title key, keeping the
 * first and last day it was seen and each article that gave it. Must run inside the ingesting transaction.
 */
@Component
public class RoleHistory {

    private final RoleRepository roles;
    private final RoleSightingRepository sightings;

    RoleHistory(RoleRepository roles, RoleSightingRepository sightings) {
        this.roles = roles;
        this.sightings = sightings;
    }

    /** Records that {@code article} called {@code person} {@code title} on {@code day} (null when undated). */
    public void record(Person person, String title, Article article, LocalDate day) {
        if (title == null || title.isBlank()) {
            return;
        }
        String cleanTitle = NameKey.tidy(title);
        Role role = roles.findFirstByPersonAndTitleKey(person, NameKey.ofTitle(cleanTitle))
                .orElseGet(() -> roles.save(new Role(person, cleanTitle)));
        role.seenOn(day);
        // An article that gives the title twice is one sighting; its span is already widened above.
        if (!sightings.existsByRoleAndArticleId(role, article.getId())) {
            sightings.save(new RoleSighting(role, article, day));
        }
    }
}
