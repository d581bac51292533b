package org.quotetracker.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.quotetracker.support.ReadmeExamples;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The project's own properties are found in one place by each reader: an IDE (Spring's configuration metadata in the
 * jar) and a person (the README's Configuration table). Both lists must be the same.
 */
class ConfigurationDocumentedTest {

    private static final Pattern TABLE_ROW = Pattern.compile("^\\| `(quotes\\.[a-z.-]+)` \\|", Pattern.MULTILINE);

    @Test
    void everyProjectPropertyIsUnderOnePrefixInTheMetadataAndInTheReadmeTable() throws IOException {
        Set<String> inMetadata = new TreeSet<>();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("configuration metadata in the jar").isNotNull();
            JsonNode metadata = JsonMapper.builder().build().readTree(in);
            for (JsonNode property : metadata.get("properties")) {
                inMetadata.add(property.get("name").asString());
                assertThat(property.path("description").asString(""))
                        .as("description of %s", property.get("name").asString()).isNotBlank();
            }
        }
        String section = ReadmeExamples.section("## Configuration", "## CLI");
        Set<String> inReadme = new TreeSet<>();
        Matcher row = TABLE_ROW.matcher(section);
        while (row.find()) {
            inReadme.add(row.group(1));
        }
        assertThat(inMetadata).allMatch(name -> name.startsWith("quotes."));
        assertThat(inReadme).isEqualTo(inMetadata);
    }
}
