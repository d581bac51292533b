package org.quotetracker.export;

import java.io.IOException;
import java.io.Writer;

import tools.jackson.databind.json.JsonMapper;

/** How exported rows are written: CSV per RFC 4180, or JSON Lines. */
public enum ExportFormat {

    /**
     * RFC 4180: a header row, CRLF line ends, fields with a comma, quote or line break quoted, quotes doubled. A text
     * that a spreadsheet would run as a formula gets a leading {@code '} (see {@link #FORMULA_STARTS}).
     */
    CSV("text/csv") {
        @Override
        void header(Writer out) throws IOException {
            writeRecord(out, ExportRow.COLUMNS);
        }

        @Override
        void row(Writer out, ExportRow row) throws IOException {
            writeRecord(out, row.values());
        }

        private void writeRecord(Writer out, Object[] values) throws IOException {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(field(values[i]));
            }
            out.write("\r\n");
        }

        private String field(Object value) {
            if (value == null) {
                return "";
            }
            String text = value instanceof String string ? neutralised(string) : value.toString();
            boolean needsQuotes = text.indexOf(',') >= 0 || text.indexOf('"') >= 0
                    || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
            return needsQuotes ? '"' + text.replace("\"", "\"\"") + '"' : text;
        }
    },

    /** One JSON object per line, every field present (null where there is no value). */
    JSONL("application/jsonl") {
        private final JsonMapper json = JsonMapper.builder().build();

        @Override
        void header(Writer out) {
            // JSON Lines has no header: every line names its fields.
        }

        @Override
        void row(Writer out, ExportRow row) throws IOException {
            out.write(json.writeValueAsString(row));
            out.write('\n');
        }
    };

    /**
     * What makes a spreadsheet read a cell as a formula (OWASP "CSV injection"): a quote beginning "-- and then" or a
     * headline "=HYPERLINK(...)" must stay text. Tab and carriage return count too, as some spreadsheets skip them.
     */
    static final String FORMULA_STARTS = "=+-@\t\r";

    /** The text with a leading {@code '} when it starts like a formula; spreadsheets show it as text, without the mark. */
    static String neutralised(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private final String mediaType;

    ExportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The media type, served with charset UTF-8. */
    public String mediaType() {
        return mediaType;
    }

    abstract void header(Writer out) throws IOException;

    abstract void row(Writer out, ExportRow row) throws IOException;
}
