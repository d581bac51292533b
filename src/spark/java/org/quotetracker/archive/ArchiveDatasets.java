package org.quotetracker.archive;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What the job makes of an archive, as the Parquet datasets under {@code --output}. Rows name each other by natural
 * keys, stable from run to run: an article by its text's SHA-256 ({@code article_hash}), a person by
 * {@code person_key} ({@code N:} and the name key they are known by, {@code S:} and a surname several people share,
 * {@code A:}, the article and the name for an anonymous source), a statement by person and {@code statement_key}.
 */
record ArchiveDatasets(Dataset<Row> articles, Dataset<Row> quotes, Dataset<Row> people, Dataset<Row> aliases,
                       Dataset<Row> roles, Dataset<Row> statements, Dataset<Row> rejected) {

    /** The datasets by name, each with the columns it is partitioned by (none for those a reader loads whole). */
    Map<String, Partitioned> byName() {
        Map<String, Partitioned> all = new LinkedHashMap<>();
        all.put("articles", new Partitioned(articles, List.of("published_year")));
        all.put("quotes", new Partitioned(quotes, List.of("year")));
        all.put("people", new Partitioned(people, List.of()));
        all.put("aliases", new Partitioned(aliases, List.of()));
        all.put("roles", new Partitioned(roles, List.of()));
        all.put("statements", new Partitioned(statements, List.of()));
        all.put("rejected", new Partitioned(rejected, List.of()));
        return all;
    }

    record Partitioned(Dataset<Row> rows, List<String> by) {
    }
}
