package org.quotetracker.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The general word lists the engine reasons with: speech verbs, titles, honorifics, institution words, first names and
 * their usual gender. Loaded once from {@code lexicon.txt} and {@code first-names.txt}; immutable and shared.
 */
final class Lexicon {

    /** Sections that hold one name a line, spaces and all; the others hold words separated by spaces. */
    private static final Set<String> LINE_SECTIONS = Set.of("media", "multi-word-places");
    private static final java.util.regex.Pattern DEMONYM_ENDING = java.util.regex.Pattern.compile("^\\p{Lu}\\p{Ll}+(?:ian|ean|ese|ish|ic)$");
    private static final Lexicon INSTANCE = new Lexicon();

    private final Map<String, Set<String>> sections = new HashMap<>();
    private final Map<String, Gender> honorificGender = new HashMap<>();
    private final Map<String, String> honorificExpansion = new HashMap<>();
    private final Map<String, Gender> firstNames = new HashMap<>();

    static Lexicon get() {
        return INSTANCE;
    }

    private Lexicon() {
        String section = null;
        for (String line : lines("lexicon.txt")) {
            if (line.startsWith("[")) {
                section = line.substring(1, line.indexOf(']'));
            } else if (LINE_SECTIONS.contains(section)) {
                words(section).add(lower(line));
            } else {
                for (String word : line.split("\\s+")) {
                    add(section, word);
                }
            }
        }
        for (String line : lines("first-names.txt")) {
            String[] parts = line.split("\t");
            firstNames.put(parts[0], Gender.of(parts[1]));
        }
    }

    private void add(String section, String word) {
        switch (section) {
            case "honorifics" -> {
                String[] parts = word.split(":");
                words(section).add(parts[0]);
                honorificGender.put(parts[0], parts.length > 1 ? Gender.of(parts[1]) : Gender.UNKNOWN);
            }
            case "honorific-expansions" -> {
                String[] parts = word.split("=");
                honorificExpansion.put(parts[0], parts[1]);
            }
            case "places" -> words(section).add(lower(word));
            default -> words(section).add(word);
        }
    }

    private Set<String> words(String section) {
        return sections.computeIfAbsent(section, s -> new HashSet<>());
    }

    private static List<String> lines(String resource) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean in(String section, String word) {
        return sections.getOrDefault(section, Set.of()).contains(word);
    }

    static String lower(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isUpperCase(c) || c == '’') {
                return word.toLowerCase(Locale.ROOT).replace('’', '\'');
            }
        }
        return word;
    }

    boolean isSpeechVerb(String word) {
        return in("speech-verbs", lower(word));
    }

    boolean isWeakSpeechVerb(String word) {
        return in("weak-speech-verbs", lower(word));
    }

    boolean isParticipialCue(String word) {
        return in("participial-cues", lower(word));
    }

    /** Lower-case only: a capitalised "Will" or "Mark" is a name. */
    boolean isAuxiliary(String word) {
        if (Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        String w = lower(word);
        return in("auxiliaries", w) || (w.endsWith("ly") && w.length() > 4 && Character.isLowerCase(word.charAt(0)));
    }

    boolean isHonorific(String word) {
        return in("honorifics", lower(word));
    }

    Gender honorificGender(String word) {
        return honorificGender.getOrDefault(lower(word), Gender.UNKNOWN);
    }

    /** "Gen." becomes "General", so that a rank given only as an abbreviation still reads as a role. */
    String expandHonorific(String word) {
        return honorificExpansion.getOrDefault(lower(word), word);
    }

    boolean isTitleHead(String word) {
        return in("title-heads", lower(word));
    }

    boolean isTitleModifier(String word) {
        return in("title-modifiers", lower(word));
    }

    boolean isAnonymousHead(String word) {
        return in("anonymous-heads", lower(word));
    }

    boolean isOrganizationHead(String word) {
        return in("organization-heads", lower(word));
    }

    boolean isDocumentHead(String word) {
        return in("document-heads", lower(word));
    }

    boolean isMedia(String name) {
        return in("media", lower(name));
    }

    boolean isPlace(String name) {
        String n = lower(name);
        return in("places", n) || in("multi-word-places", n);
    }

    /** "French", "Ukrainian", "European": adjectives of nationality, never a name on their own. */
    boolean isDemonym(String word) {
        String singular = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
        return in("demonyms", word) || in("demonyms", singular) || singular.length() > 5 && DEMONYM_ENDING.matcher(singular).find();
    }

    boolean isStopCapitalized(String word) {
        return in("stop-capitalized", word.replace(".", ""));
    }

    /** The usual gender of a first name, or null when the name is not a known first name. */
    Gender firstNameGender(String word) {
        return firstNames.get(word);
    }
}
