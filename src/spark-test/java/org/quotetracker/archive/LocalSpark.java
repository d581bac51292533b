package org.quotetracker.archive;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** One local Spark for the archive tests (local[2], as the job runs on a laptop), and the job run on it. */
final class LocalSpark {

    private static SparkSession spark;

    private LocalSpark() {
    }

    static synchronized SparkSession session() {
        if (spark == null) {
            spark = ArchiveJob.session(JobArguments.parse(List.of("--master", "local[2]", "--input", "-", "--output", "-"), Map.of()));
        }
        return spark;
    }

    static ArchiveJob.Summary run(String... args) throws Exception {
        return ArchiveJob.run(session(), JobArguments.parse(List.of(args), Map.of()));
    }

    static Dataset<Row> dataset(Path output, String name) {
        return session().read().parquet(output.resolve(name).toString());
    }
}
