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

    private static List<String> words(List<?> set) {
        return set.stream().map(w -> Words.unifySpelling(String.valueOf(w))).toList();
    }

    boolean isEmpty() {
        return alternatives.isEmpty();
    }
}
