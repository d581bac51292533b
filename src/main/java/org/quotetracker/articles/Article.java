package org.quotetracker.articles;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.quotetracker.extraction.ArticleMetadata;

/** A news article as read: what the page says about itself, and its text, which quote offsets index into. */
@Entity
@Table(name = "article")
public class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    private String contentHash;
    private String outlet;
    private String section;
    private String headline;
    private String byline;
    private String datelinePlace;
    private String agency;
    private LocalDate publishedOn;

    @Column(name = "body")
    private String text;

    private String url;

    protected Article() {
    }

    /** @param url where the page was fetched from, or null when whoever submitted it did not say */
    public Article(String contentHash, String text, ArticleMetadata metadata, String url) {
        this.contentHash = contentHash;
        this.text = text;
        this.url = url;
        this.outlet = metadata.outlet();
        this.section = metadata.section();
        this.headline = metadata.headline();
        this.byline = metadata.byline();
        this.datelinePlace = metadata.datelinePlace();
        this.agency = metadata.agency();
        this.publishedOn = metadata.published();
    }

    public Long getId() {
        return id;
    }

    public String getOutlet() {
        return outlet;
    }

    public String getSection() {
        return section;
    }

    public String getHeadline() {
        return headline;
    }

    public String getByline() {
        return byline;
    }

    public String getDatelinePlace() {
        return datelinePlace;
    }

    public String getAgency() {
        return agency;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public String getText() {
        return text;
    }

    public String getUrl() {
        return url;
    }
}
