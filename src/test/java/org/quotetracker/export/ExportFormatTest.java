package org.quotetracker.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(A1)", "+1 555", "-- and then", "@SUM(A1)", "\tnot"})
    void csvTextThatASpreadsheetWouldRunAsAFormulaGetsALeadingApostrophe(String formula) throws IOException {
        StringWriter out = new StringWriter();
        ExportFormat.CSV.row(out, new ExportRow(9L, null, formula, SpeakerKind.PERSON, formula, formula, false, formula,
                formula, null, 5L, null, 0.5));

        String cell = "'" + formula;
        assertThat(out).hasToString("9,," + cell + ",PERSON," + cell + "," + cell + ",false," + cell + "," + cell + ",,5,,0.5\r\n");
    }

    @Test
    void csvTextStartingWithACarriageReturnIsNeutralisedInsideItsQuotes() throws IOException {
        StringWriter out = new StringWriter();
        ExportFormat.CSV.row(out, new ExportRow(9L, null, "x", SpeakerKind.PERSON, null, "\r=1+1", false, null, null, null,
                5L, null, 0.5));

        assertThat(out).hasToString("9,,x,PERSON,,\"'\r=1+1\",false,,,,5,,0.5\r\n");
    }

    @Test
    void csvLeavesNumbersAndTextThatOnlyContainsFormulaCharactersAlone() throws IOException {
        StringWriter out = new StringWriter();
        ExportFormat.CSV.row(out, new ExportRow(10L, null, "Jean-Pierre", SpeakerKind.PERSON, null, "1 + 1 = 2", false,
                null, null, null, 6L, null, 0.5));

        assertThat(out).hasToString("10,,Jean-Pierre,PERSON,,1 + 1 = 2,false,,,,6,,0.5\r\n");
    }

    @Test
    void jsonLinesKeepsTextThatLooksLikeAFormulaVerbatim() throws IOException {
        StringWriter out = new StringWriter();
        ExportFormat.JSONL.row(out, new ExportRow(11L, null, "@someone", SpeakerKind.PERSON, null, "=1+1", false, null,
                null, null, 7L, null, 0.5));

        JsonNode row = JsonMapper.builder().build().readTree(out.toString());
        assertThat(row.get("text").asString()).isEqualTo("=1+1");
        assertThat(row.get("speaker").asString()).isEqualTo("@someone");
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
