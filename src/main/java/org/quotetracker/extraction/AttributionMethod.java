package org.quotetracker.extraction;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How a quote's speaker was found: the stage of attribution that decided it ({@link Stages}), or a person who
 * corrected it. The one vocabulary of methods: the extractor gives them, the database stores their {@link #code()},
 * the API publishes them as the GraphQL enum {@code AttributionMethod} with each {@link #explanation()} as its
 * description, the web app's quote card reads those descriptions, and docs/extraction.md lists them (a test checks).
 */
public enum AttributionMethod {

    EXPLICIT_AFTER("explicit-after", true, "named right after the quote (“…,” X said)"),
    EXPLICIT_BEFORE("explicit-before", true, "named right before the quote (X said: “…”)"),
    ACCORDING_TO("according-to", true, "credited with “according to”"),
    COLON_INTRO("colon-intro", true, "introduced the quote with a colon (X said:)"),
    PARTICIPLE("participle", true, "the quote follows “, saying” after the speaker’s own sentence"),
    PRONOUN("pronoun", false, "referred to as “he” or “she” next to the quote, after being named just before"),
    TITLE_COREFERENCE("title-coreference", false, "referred to by title next to the quote (“the minister said”), named earlier"),
    ORGANIZATION("organization", false, "the organisation the quote is credited to"),
    DOCUMENT_AUTHOR("document-author", false, "the author of the document quoted"),
    CONTINUATION("continuation", false, "the quote is a paragraph of its own continuing the previous speaker"),
    PREVIOUS_SENTENCE("previous-sentence", false, "named as the source in the sentence before"),
    SENTENCE_SPEAKER("sentence-speaker", false, "the speaker of the sentence the quote stands in"),
    SUBJECT("subject", false, "the subject of the sentence, whose second speech verb gives the quote (X said …, and called it “…”)"),
    SENTENCE_SUBJECT("sentence-subject", false, "the subject of the sentence the quote stands in"),
    NEXT_SENTENCE("next-sentence", false, "named as the source in the sentence after"),
    NEXT_PARAGRAPH("next-paragraph", false, "named as the source in the next paragraph"),
    NEAREST_PERSON("nearest-person", false, "the nearest person mentioned; no source is named, so this is a guess"),
    RANKER("ranker", false, "chosen by the trained ranker among the people named around the quote"),
    CORRECTED("corrected", true, "corrected by a person, whose word replaces the extractor’s");

    private static final Map<String, AttributionMethod> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(AttributionMethod::code, Function.identity()));

    private final String code;
    private final boolean certain;
    private final String explanation;

    AttributionMethod(String code, boolean certain, String explanation) {
        this.code = code;
        this.certain = certain;
        this.explanation = explanation;
    }

    /** The name stored and printed for the method, e.g. {@code explicit-after}; the ranker's features use it too. */
    public String code() {
        return code;
    }

    /**
     * Whether a speaker found this way stands without the ranker: a speech verb or colon with its own subject, or a
     * person's correction.
     */
    public boolean certain() {
        return certain;
    }

    /** How the speaker was found, as a reporter would say it. */
    public String explanation() {
        return explanation;
    }

    /** The method stored as {@code code}; null for null. */
    public static AttributionMethod ofCode(String code) {
        if (code == null) {
            return null;
        }
        AttributionMethod method = BY_CODE.get(code);
        if (method == null) {
            throw new IllegalArgumentException("No attribution method is called " + code);
        }
        return method;
    }
}
