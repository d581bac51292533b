package org.quotetracker.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.quotetracker.extraction.QuoteExtractor;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Where predictions come from: the extractor run over articles, or a JSON Lines file such as {@code extract} writes. */
public final class Predictions {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Predictions() {
    }

    /** Extracts the articles in parallel (the extractor is thread-safe); the predictions keep the articles' order. */
    public static List<Prediction> extract(QuoteExtractor extractor, List<ArticleFile> articles) {
        return articles.parallelStream()
                .flatMap(a -> extractor.extract(a.text()).quotes().stream().map(q -> Prediction.of(a.name(), q)))
                .toList();
    }

    public static List<Prediction> readJsonLines(Path file) throws IOException {
        List<Prediction> predictions = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    predictions.add(JSON.readValue(line, Prediction.class));
                } catch (JacksonException e) {
                    throw new IOException(file + ":" + number + ": not a JSON object", e);
                }
            }
        }
        return predictions;
    }
}
