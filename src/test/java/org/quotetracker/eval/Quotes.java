package org.quotetracker.eval;

import java.util.List;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Gold and predicted quotes for the scorer's tests, written the way the files write them. */
final class Quotes {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Quotes() {
    }

    /**
     * A gold quote from JSON with single quotes for readability, e.g. {@code gold("{'speaker': 'Jens Stoltenberg'}")};
     * unless given, it spans characters 0 to 10, where the other helpers' predictions are.
     */
    static GoldQuote gold(String json) {
        ObjectNode quote = (ObjectNode) JSON.readTree(json.replace('\'', '"'));
        quote.putIfAbsent("start", quote.numberNode(0));
        quote.putIfAbsent("end", quote.numberNode(10));
        return JSON.treeToValue(quote, GoldQuote.class);
    }

    /** A gold standard of one article, "a.txt", with these quotes. */
    static GoldStandard goldStandard(GoldQuote... quotes) {
        return new GoldStandard(List.of(new GoldArticle("a.txt", null, List.of(quotes))));
    }

    static Prediction at(int start, int end) {
        return new Prediction("a.txt", "", start, end, null, null, null, null, null);
    }

    static Prediction words(String text) {
        return new Prediction("a.txt", text, null, null, null, null, null, null, null);
    }

    static Prediction saidBy(String speaker) {
        return new Prediction("a.txt", "", 0, 10, speaker, null, null, null, null);
    }

    static Prediction withRole(String role) {
        return new Prediction("a.txt", "", 0, 10, null, null, role, null, null);
    }

    static Prediction saidOn(String day) {
        return new Prediction("a.txt", "", 0, 10, null, null, null, day, null);
    }
}
