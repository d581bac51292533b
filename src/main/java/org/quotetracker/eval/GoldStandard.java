package org.quotetracker.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

/** A gold standard file in score.py's format: {@code {"articles": [{"file", "quotes": [...]}]}}. */
public record GoldStandard(List<GoldArticle> articles) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static GoldStandard read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    public static GoldStandard read(InputStream in) {
        return JSON.readValue(in, GoldStandard.class);
    }

    /** The gold standard of the seed articles that ship in the jar. */
    public static GoldStandard seed() {
        try (InputStream in = GoldStandard.class.getResourceAsStream("/eval/seed-gold.json")) {
            if (in == null) {
                throw new IllegalStateException("eval/seed-gold.json is not on the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
