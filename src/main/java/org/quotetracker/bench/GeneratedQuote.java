package org.quotetracker.bench;

/** A quote a generated article carries, and who the generator made say it (full name as first introduced). */
public record GeneratedQuote(String text, String speaker) {
}
