package org.quotetracker.extraction;

/** Grammatical gender of a person as far as the text tells it; pronouns must agree with it. */
enum Gender {
    M, F, UNKNOWN;

    static Gender of(String code) {
        return switch (code) {
            case "M" -> M;
            case "F" -> F;
            default -> UNKNOWN;
        };
    }

    boolean agreesWith(Gender other) {
        return this == UNKNOWN || other == UNKNOWN || this == other;
    }
}
