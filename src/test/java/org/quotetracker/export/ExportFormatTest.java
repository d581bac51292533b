package org.quotetracker.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.quotetracker.extraction.SpeakerKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** How rows are written: CSV per RFC 4180 and JSON Lines. */
class ExportFormatTest {

    private static final ExportRow TRICKY = new ExportRow(7L, LocalDate.of(2025, 2, 12), "Dmitry Peskov", SpeakerKind.PERSON,
            "Kremlin spokesman", "This is impossible, he said \"twice\"\nand left", false, "Peace, at last?", "AFP",
            LocalDate.of(2025, 2, 13), 3L, "explicit-after", 0.9);

    @Test
    void csvStartsWithAHeaderRowEndedByCrLf() throws IOException {
        StringWriter out = new StringWriter();
        ExportFormat.CSV.header(out);

        assertThat(out).hasToString("id,saidOn,speaker,speakerKind,role,text,partial,headline,outlet,publishedOn,articleId,method,confidence\r\n");
    }

    @Test
    void csvQuotesFieldsWithCommasQuotesOrLineBreaksAndDoublesTheQuotes() throws IOException {
        StringWriter out = new StringWriter();
        ExportFormat.CSV.row(out, TRICKY);

        assertThat(out).hasToString("7,2025-02-12,Dmitry Peskov,PERSON,Kremlin spokesman,"
                + "\"This is impossible, he said \"\"twice\"\"\nand left\",false,\"Peace, at last?\",AFP,2025-02-13,3,"
                + "explicit-after,0.9\r\n");
    }

    @Test
    void csvLeavesMissingValuesEmpty() throws IOException {
        StringWriter out = new StringWriter();
        ExportFormat.CSV.row(out, new ExportRow(8L, null, "a US official", SpeakerKind.ANONYMOUS, null, "Soon.", true,
                null, null, null, 4L, null, 0.5));

        assertThat(out).hasToString("8,,a US official,ANONYMOUS,,Soon.,true,,,,4,,0.5\r\n");
    }

    @Test
    void jsonLinesWritesOneObjectPerLineWithEveryField() throws IOException {
        StringWriter out = new StringWriter();
        ExportFormat.JSONL.row(out, TRICKY);

        assertThat(out.toString()).endsWith("\n").doesNotContain("\r").hasLineCount(1);
        JsonNode row = JsonMapper.builder().build().readTree(out.toString());
        assertThat(row.propertyNames()).containsExactly(ExportRow.COLUMNS);
        assertThat(row.get("text").asString()).isEqualTo(TRICKY.text());
        assertThat(row.get("saidOn").asString()).isEqualTo("2025-02-12");
        assertThat(row.get("role").isNull()).isFalse();
    }
}
