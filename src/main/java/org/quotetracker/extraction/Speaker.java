package org.quotetracker.extraction;

/** A source as the article names it at its fullest, e.g. "Dmitry Peskov" or "Russia's defence ministry". */
public record Speaker(String name, SpeakerKind kind) {
}
