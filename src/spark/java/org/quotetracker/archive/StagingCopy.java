package org.quotetracker.archive;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.List;

import org.apache.spark.api.java.function.ForeachPartitionFunction;
import org.apache.spark.sql.Row;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams one partition's rows into a staging table with PostgreSQL's {@code COPY} (text format), on the executor
 * that holds them, so that loading scales with the executors rather than the driver.
 */
final class StagingCopy implements ForeachPartitionFunction<Row> {

    /** Rows are sent in chunks of about this many bytes. */
    private static final int CHUNK = 1 << 20;

    private final JdbcTarget target;
    private final String table;
    private final List<String> columns;

    StagingCopy(JdbcTarget target, String table, List<String> columns) {
        this.target = target;
        this.table = table;
        this.columns = columns;
    }

    @Override
    public void call(Iterator<Row> rows) throws SQLException {
        if (!rows.hasNext()) {
            return;
        }
        try (Connection connection = target.connect()) {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN");
            try {
                ByteArrayOutputStream chunk = new ByteArrayOutputStream(CHUNK + CHUNK / 4);
                StringBuilder line = new StringBuilder();
                while (rows.hasNext()) {
                    line.setLength(0);
                    Row row = rows.next();
                    for (int i = 0; i < row.length(); i++) {
                        if (i > 0) {
                            line.append('\t');
                        }
                        field(line, row.get(i));
                    }
                    line.append('\n');
                    chunk.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
                    if (chunk.size() >= CHUNK) {
                        copy.writeToCopy(chunk.toByteArray(), 0, chunk.size());
                        chunk.reset();
                    }
                }
                copy.writeToCopy(chunk.toByteArray(), 0, chunk.size());
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        }
    }

    /** A value in COPY's text format: \N for null, backslash escapes for the characters that delimit. */
    static void field(StringBuilder line, Object value) {
        if (value == null) {
            line.append("\\N");
            return;
        }
        String text = value.toString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\0' -> { } // PostgreSQL text cannot hold NUL; the job rejects binary articles before.
                default -> line.append(c);
            }
        }
    }
}
