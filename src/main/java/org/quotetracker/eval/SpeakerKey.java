package org.quotetracker.eval;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * A gold quote's explicit speaker key: alternative sets of words, one of which a predicted speaker must contain whole.
 * The gold file writes either one set ({@code ["peskov"]}) or several ({@code [["peskov"], ["kremlin"]]}).
 */
public record SpeakerKey(List<List<String>> alternatives) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static SpeakerKey of(List<Object> written) {
        if (written.isEmpty()) {
            return new SpeakerKey(List.of());
        }
        if (!(written.get(0) instanceof List<?>)) {
            return new SpeakerKey(List.of(words(written)));
        }
        return new SpeakerKey(written.stream().map(set -> words((List<?>) set)).toList());
    }

    /** Each key is split and folded like a predicted name, as score.py does: "o’donnell" is o + donnell, "garcía" garcia. */
    private static List<String> words(List<?> set) {
        return set.stream().flatMap(w -> Words.of(String.valueOf(w)).stream()).toList();
    }

    boolean isEmpty() {
        return alternatives.isEmpty();
    }
}
