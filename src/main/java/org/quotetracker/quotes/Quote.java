package org.quotetracker.quotes;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.quotetracker.articles.Article;
import org.quotetracker.extraction.AttributionMethod;
import org.quotetracker.extraction.DatePrecision;
import org.quotetracker.extraction.ExtractedQuote;
import org.quotetracker.people.Person;

/** A direct quotation in an article, attributed to a speaker, with the role and date the article gave. */
@Entity
@Table(name = "quote")
public class Quote {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    private Article article;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "speaker_id")
    private Person speaker;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "statement_id")
    private Statement statement;

    /** The title the article gave the speaker here: the role at the time, whatever titles come later. */
    private String roleTitle;

    @Column(name = "quoted_text")
    private String text;

    private int startOffset;
    private int endOffset;
    private String sentence;
    private boolean partial;
    private String cue;
    private LocalDate saidOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private DatePrecision datePrecision;

    private String method;
    private double confidence;

    protected Quote() {
    }

    Quote(Article article, Person speaker, Statement statement, ExtractedQuote quote) {
        this.article = article;
        this.speaker = speaker;
        this.statement = statement;
        this.roleTitle = quote.role();
        this.text = quote.text();
        this.startOffset = quote.start();
        this.endOffset = quote.end();
        this.sentence = quote.sentence();
        this.partial = quote.partial();
        this.cue = quote.cue();
        this.saidOn = quote.saidOn();
        this.datePrecision = quote.precision() != null ? quote.precision()
                : quote.saidOn() != null ? DatePrecision.DAY : DatePrecision.UNKNOWN;
        this.method = quote.method() == null ? null : quote.method().code();
        this.confidence = quote.confidence();
    }

    /**
     * A person's decision on who said the words and in what role, which overrides the extractor's: the quote says it
     * was corrected, and is as certain as a person's word (the extractor's method and confidence stay in the
     * correction, for audit), so that no one reads the old rule's explanation beside the new speaker.
     */
    public void attributeTo(Person speaker, String roleTitle) {
        this.speaker = speaker;
        this.roleTitle = roleTitle;
        this.method = AttributionMethod.CORRECTED.code();
        this.confidence = 1.0;
    }

    public Long getId() {
        return id;
    }

    public Article getArticle() {
        return article;
    }

    public Person getSpeaker() {
        return speaker;
    }

    public Statement getStatement() {
        return statement;
    }

    void appearsIn(Statement other) {
        this.statement = other;
    }

    public String getRoleTitle() {
        return roleTitle;
    }

    public String getText() {
        return text;
    }

    public int getStartOffset() {
        return startOffset;
    }

    public int getEndOffset() {
        return endOffset;
    }

    public String getSentence() {
        return sentence;
    }

    public boolean isPartial() {
        return partial;
    }

    public String getCue() {
        return cue;
    }

    public LocalDate getSaidOn() {
        return saidOn;
    }

    public DatePrecision getDatePrecision() {
        return datePrecision;
    }

    public AttributionMethod getMethod() {
        return AttributionMethod.ofCode(method);
    }

    public double getConfidence() {
        return confidence;
    }
}
