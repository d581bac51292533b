package org.quotetracker.people;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

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

    /** Starts recording titles for one transaction, which may store many articles. */
    public Titles inTransaction() {
        return new Titles();
    }

    /** Records that {@code article}, stored before, called {@code person} {@code title} on {@code day} (null when undated). */
    public void record(Person person, String title, Article article, LocalDate day) {
        inTransaction().ofArticle(article, true).record(person, title, day);
    }

    /** Forgets that this article gave anyone a title; the titles stay with the other articles that gave them. */
    public void forgetArticle(long articleId) {
        sightings.deleteByArticleId(articleId);
    }

    /** What tells roles apart: whose, and the title's key. */
    private record RoleKey(long personId, String titleKey) {
    }

    /**
     * The roles one transaction found or created, so that each is looked up once for all its articles. Holding every
     * role the transaction created, it needs the database only for roles stored before, whether or not it has
     * written its own yet.
     */
    public final class Titles {

        private final Map<RoleKey, Role> known = new HashMap<>();

        private Titles() {
        }

        /**
         * Starts recording the titles one article gives.
         *
         * @param storedBefore whether the article was stored before this transaction, and so may have sightings already
         */
        public ArticleTitles ofArticle(Article article, boolean storedBefore) {
            return new ArticleTitles(this, article, storedBefore);
        }

        /** The role, created with its first day when new (one INSERT, no UPDATE after it). */
        private Role role(Person person, String cleanTitle, LocalDate day) {
            String titleKey = NameKey.ofTitle(cleanTitle);
            return known.computeIfAbsent(new RoleKey(person.getId(), titleKey), key -> roles
                    .findFirstByPersonAndTitleKey(person, titleKey)
                    .orElseGet(() -> roles.save(new Role(person, cleanTitle, day))));
        }
    }

    /** The titles one article gives; the sightings it writes it remembers, so it asks the database only about older ones. */
    public final class ArticleTitles {

        private final Titles titles;
        private final Article article;
        private final boolean storedBefore;
        private final Set<Long> sightedRoleIds = new HashSet<>();

        private ArticleTitles(Titles titles, Article article, boolean storedBefore) {
            this.titles = titles;
            this.article = article;
            this.storedBefore = storedBefore;
        }

        /** Records that the article called {@code person} {@code title} on {@code day} (null when undated). */
        public void record(Person person, String title, LocalDate day) {
            if (title == null || title.isBlank()) {
                return;
            }
            Role role = titles.role(person, NameKey.tidy(title), day);
            role.seenOn(day);
            // An article that gives the title twice is one sighting; its span is already widened above.
            if (sightedRoleIds.add(role.getId()) && !(storedBefore && sightings.existsByRoleAndArticleId(role, article.getId()))) {
                sightings.save(new RoleSighting(role, article, day));
            }
        }
    }
}
