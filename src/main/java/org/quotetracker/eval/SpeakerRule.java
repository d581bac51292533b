package org.quotetracker.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * When a predicted speaker counts as the gold one: every key word of the gold speaker is among the predicted
 * speaker's words - the surname of a person, the distinctive words of an institution, "official" for an anonymous
 * official - so that "Peskov", "Dmitry Peskov" and "Kremlin spokesman Dmitry Peskov" all name the same man.
 */
final class SpeakerRule {

    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
    /** Russian sources are the corpus's usual subject: "Russia's defence ministry" is known by "defence ministry". */
    private static final Set<String> TOO_COMMON = Set.of("russia", "russian");

    private SpeakerRule() {
    }

    static boolean isRight(GoldQuote gold, Prediction predicted) {
        if (Words.isEmpty(gold.speaker())) {
            return Words.isEmpty(predicted.speaker());
        }
        return names(keys(gold), predicted.speaker());
    }

    /** Whether the text holds one whole set of key words. */
    static boolean names(List<List<String>> keys, String text) {
        Set<String> have = new HashSet<>(Words.of(text));
        // "Officials" names an official: a plural (or possessive) s never decides.
        List<String> singulars = have.stream().filter(w -> w.endsWith("s")).map(w -> w.substring(0, w.length() - 1)).toList();
        have.addAll(singulars);
        return !have.isEmpty() && keys.stream().anyMatch(have::containsAll);
    }

    /** Alternative sets of key words: the speaker is right when one whole set is present. */
    static List<List<String>> keys(GoldQuote gold) {
        if (gold.speakerKey() != null && !gold.speakerKey().isEmpty()) {
            return gold.speakerKey().alternatives();
        }
        return List.of(defaultKeys(gold));
    }

    private static List<String> defaultKeys(GoldQuote gold) {
        List<String> words = Words.of(gold.speaker()).stream().filter(w -> !SUFFIXES.contains(w)).toList();
        String kind = gold.speakerKind() == null ? "PERSON" : gold.speakerKind();
        return switch (kind) {
            case "PERSON" -> last(words);
            case "ANONYMOUS" -> words.contains("official") || words.contains("officials") ? List.of("official") : last(words);
            default -> {
                List<String> distinctive = words.stream().filter(w -> !Words.STOP.contains(w) && !TOO_COMMON.contains(w)).toList();
                yield distinctive.isEmpty() ? words : distinctive;
            }
        };
    }

    private static List<String> last(List<String> words) {
        return words.isEmpty() ? List.of() : List.of(words.get(words.size() - 1));
    }
}
