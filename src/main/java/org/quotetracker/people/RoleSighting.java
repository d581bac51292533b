package org.quotetracker.people;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.quotetracker.articles.Article;

/** One article giving a person a title, on the day it did: the evidence behind a {@link Role}'s span. */
@Entity
@Table(name = "role_sighting")
class RoleSighting {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "role_id")
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    private Article article;

    private LocalDate seenOn;

    protected RoleSighting() {
    }

    RoleSighting(Role role, Article article, LocalDate seenOn) {
        this.role = role;
        this.article = article;
        this.seenOn = seenOn;
    }

    Role getRole() {
        return role;
    }

    Article getArticle() {
        return article;
    }
}
