package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The attribution methods have one vocabulary: the docs' table and the web app follow {@link AttributionMethod}. */
class AttributionMethodDocsTest {

    private static final Path DOCS = Path.of("docs/extraction.md");
    private static final Path WEB_APP = Path.of("src/main/resources/static/js");

    @Test
    void theDocsTableListsEveryMethodWithItsApiValueAndExplanation() throws IOException {
        List<String> documented = new ArrayList<>();
        boolean inTable = false;
        for (String line : Files.readAllLines(DOCS)) {
            if (line.startsWith("| method (`ExtractedQuote`")) {
                inTable = true;
            } else if (inTable && !line.startsWith("|")) {
                break;
            } else if (inTable && !line.startsWith("| ---")) {
                documented.add(line);
            }
        }
        List<String> expected = Arrays.stream(AttributionMethod.values())
                .map(m -> "| `" + m.code() + "` | `" + m.name() + "` | " + m.explanation() + " |")
                .toList();
        assertThat(documented).containsExactlyElementsOf(expected);
    }

    @Test
    void theWebAppKeepsNoExplanationOfItsOwn() throws IOException {
        try (Stream<Path> files = Files.walk(WEB_APP)) {
            for (Path js : files.filter(f -> f.toString().endsWith(".js")).toList()) {
                String source = Files.readString(js);
                assertThat(AttributionMethod.values()).as(js.toString())
                        .noneMatch(m -> source.contains(m.explanation()) || source.contains("'" + m.code() + "'"));
            }
        }
    }

    @Test
    void everyStoredCodeReadsBackAsItsMethod() {
        for (AttributionMethod method : AttributionMethod.values()) {
            assertThat(AttributionMethod.ofCode(method.code())).isEqualTo(method);
        }
        assertThat(AttributionMethod.ofCode(null)).isNull();
    }
}
