package org.quotetracker.archive;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One input article after extraction: its details as the service stores them, its quotes and the titles it gives
 * people; or, when it could not be read, only its source and the reason ({@link #problem}). A Spark bean.
 */
public class ArticleResult implements Serializable {

    /** Where the article came from: the file's path, or the input file and line or row. */
    private String source;
    /** Why the article was rejected, or null. */
    private String problem;
    /** The SHA-256 of the page text, the service's identity of an article. */
    private String hash;
    private String url;
    private String outlet;
    private String section;
    private String headline;
    private String byline;
    private String datelinePlace;
    private String agency;
    private LocalDate publishedOn;
    private String body;
    private List<QuoteFact> quotes = new ArrayList<>();
    private List<TitleFact> titles = new ArrayList<>();

    static ArticleResult rejected(String source, String problem) {
        ArticleResult result = new ArticleResult();
        result.source = source;
        result.problem = problem;
        return result;
    }

    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public String getProblem() { return problem; }
    public void setProblem(String problem) { this.problem = problem; }
    public String getHash() { return hash; }
    public void setHash(String hash) { this.hash = hash; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public String getOutlet() { return outlet; }
    public void setOutlet(String outlet) { this.outlet = outlet; }
    public String getSection() { return section; }
    public void setSection(String section) { this.section = section; }
    public String getHeadline() { return headline; }
    public void setHeadline(String headline) { this.headline = headline; }
    public String getByline() { return byline; }
    public void setByline(String byline) { this.byline = byline; }
    public String getDatelinePlace() { return datelinePlace; }
    public void setDatelinePlace(String datelinePlace) { this.datelinePlace = datelinePlace; }
    public String getAgency() { return agency; }
    public void setAgency(String agency) { this.agency = agency; }
    public LocalDate getPublishedOn() { return publishedOn; }
    public void setPublishedOn(LocalDate publishedOn) { this.publishedOn = publishedOn; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public List<QuoteFact> getQuotes() { return quotes; }
    public void setQuotes(List<QuoteFact> quotes) { this.quotes = quotes; }
    public List<TitleFact> getTitles() { return titles; }
    public void setTitles(List<TitleFact> titles) { this.titles = titles; }
}
