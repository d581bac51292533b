package org.quotetracker.ingest;

import java.nio.charset.StandardCharsets;

import org.quotetracker.api.ApiError;
import org.quotetracker.api.InputText;
import org.quotetracker.api.Limits;
import org.quotetracker.api.Sizes;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/** What an article's text must be to be worth extracting: some words, text rather than binary, and not too long. */
@Component
class ArticleText {

    /** Control characters are rare in news text; more than this share of them means a binary file or bad encoding. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private final DataSize maxSize;

    ArticleText(Limits limits) {
        this.maxSize = limits.maxArticleSize();
    }

    /** @throws ApiError (BAD_REQUEST) saying what is wrong with the text */
    void check(String text) {
        if (InputText.isBlank(text)) {
            throw ApiError.badRequest("The article text is empty; send the page's text");
        }
        long bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxSize.toBytes()) {
            throw ApiError.badRequest("The article text is " + Sizes.describe(bytes) + "; at most " + Sizes.describe(maxSize.toBytes())
                    + " is accepted (quotes.limits.max-article-size)");
        }
        if (controlCharacters(text) > text.length() * MAX_CONTROL_SHARE) {
            throw ApiError.badRequest("The article text looks binary (it holds control characters); send plain text");
        }
        // The ingest command's edge; through the API the GraphQL arguments were checked the same way already.
        InputText.check("The article text", text);
    }

    private static long controlCharacters(String text) {
        return text.chars().filter(c -> Character.isISOControl(c) && !Character.isWhitespace(c)).count();
    }
}
