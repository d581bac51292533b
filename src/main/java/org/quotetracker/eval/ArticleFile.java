package org.quotetracker.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** An article file's base name and text, held in memory so that it can be extracted (again and again). */
public record ArticleFile(String name, String text) {

    /** The seed articles that ship in the jar, in the order of their gold standard. */
    public static List<ArticleFile> seed() {
        return GoldStandard.seed().articles().stream().map(a -> seed(a.file())).toList();
    }

    private static ArticleFile seed(String name) {
        try (InputStream in = ArticleFile.class.getResourceAsStream("/seed-data/" + name)) {
            if (in == null) {
                throw new IllegalStateException("seed-data/" + name + " is not on the classpath");
            }
            return new ArticleFile(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
