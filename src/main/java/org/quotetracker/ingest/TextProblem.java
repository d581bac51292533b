package org.quotetracker.ingest;

import java.nio.charset.StandardCharsets;

import org.quotetracker.api.InputText;
import org.quotetracker.api.Sizes;

/**
 * What is wrong with an article's text, if anything: empty, too long, binary, or not characters (NUL, lone surrogates). Plain Java so that the service
 * ({@link ArticleText}) and the archive job reject the same pages for the same reasons.
 */
public final class TextProblem {

    /** Control characters are rare in news text; more than this share of them means a binary file or bad encoding. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private TextProblem() {
    }

    /** Why the text is not worth extracting, or null when it is. */
    public static String of(String text, long maxBytes) {
        if (InputText.isBlank(text)) {
            return "The article text is empty; send the page's text";
        }
        long bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxBytes) {
            return "The article text is " + Sizes.describe(bytes) + "; at most " + Sizes.describe(maxBytes)
                    + " is accepted (quotes.limits.max-article-size)";
        }
        if (controlCharacters(text) > text.length() * MAX_CONTROL_SHARE) {
            return "The article text looks binary (it holds control characters); send plain text";
        }
        // Through the API the GraphQL arguments were checked the same way already; files and archives meet it here.
        return InputText.refusal("The article text", text);
    }

    private static long controlCharacters(String text) {
        return text.chars().filter(c -> Character.isISOControl(c) && !Character.isWhitespace(c)).count();
    }
}
