package org.quotetracker.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The first step of every comparison key: a text without accents, in lower case ("Zelenský" → "zelensky"). */
public final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Folding() {
    }

    public static String plainLowerCase(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
