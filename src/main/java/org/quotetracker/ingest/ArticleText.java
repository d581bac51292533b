package org.quotetracker.ingest;

import org.quotetracker.api.Limits;
import org.quotetracker.errors.InvalidInput;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/** What an article's text must be to be worth extracting: some words, text rather than binary, and not too long. */
@Component
class ArticleText {

    private final DataSize maxSize;

    ArticleText(Limits limits) {
        this.maxSize = limits.maxArticleSize();
    }

    /** @throws InvalidInput saying what is wrong with the text */
    void check(String text) {
        String problem = TextProblem.of(text, maxSize.toBytes());
        if (problem != null) {
            throw new InvalidInput(problem);
        }
    }
}
