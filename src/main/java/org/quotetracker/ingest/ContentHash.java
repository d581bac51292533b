package org.quotetracker.ingest;

import org.quotetracker.text.Sha256;

/** An article's identity for idempotent ingestion: the SHA-256 of its page text, in hex. */
final class ContentHash {

    private ContentHash() {
    }

    static String of(String pageText) {
        return Sha256.hex(pageText);
    }
}
