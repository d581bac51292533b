package org.quotetracker.extraction;

/** A speech verb in a sentence ("said", "told", "according to") at token index {@code index}. */
record Cue(int index, String verb, Kind kind) {

    enum Kind {
        /** A finite verb with its own subject: "Peskov said". */
        FINITE,
        /** A participle that borrows the subject of the main clause: "..., saying", "when asked". */
        PARTICIPLE,
        /** "according to X": the source follows. */
        ACCORDING_TO
    }
}
