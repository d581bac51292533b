package org.quotetracker.archive;

import java.util.Arrays;
import java.util.Locale;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The archive job (issue 16): every article of an archive through the service's extraction engine on Spark, people
 * and statements across the whole archive, Parquet datasets under {@code --output} and, with {@code --jdbc-url}, a
 * load into the service's PostgreSQL database. Runs under {@code spark-submit} or on its own
 * ({@code java -jar target/quote-tracker-spark.jar --master local[2] ...}). See docs/archive.md.
 */
public final class ArchiveJob {

    private ArchiveJob() {
    }

    public static void main(String[] argv) throws Exception {
        JobArguments args;
        try {
            args = JobArguments.parse(Arrays.asList(argv), System.getenv());
        } catch (JobArguments.Invalid e) {
            System.err.println("quote-tracker-spark: " + e.getMessage());
            System.err.println(JobArguments.USAGE);
            System.exit(2);
            return;
        }
        try (SparkSession spark = session(args)) {
            Summary summary = run(spark, args);
            System.out.println(summary);
        } catch (JobArguments.Invalid e) {
            System.err.println("quote-tracker-spark: " + e.getMessage());
            System.exit(2);
        }
    }

    /** A session for the job: spark-submit's settings as given; on its own, local mode without the web UI. */
    static SparkSession session(JobArguments args) {
        SparkConf conf = new SparkConf().setAppName("quote-tracker-archive");
        if (args.master() != null) {
            conf.setMaster(args.master());
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        if (conf.get("spark.master").startsWith("local")) {
            conf.setIfMissing("spark.ui.enabled", "false");
            conf.setIfMissing("spark.sql.shuffle.partitions", "8");
        }
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        spark.sparkContext().setLogLevel(conf.get("spark.log.level", "WARN"));
        return spark;
    }

    /** Reads, extracts, resolves and writes the archive, then loads it when asked; returns what it did. */
    static Summary run(SparkSession spark, JobArguments args) throws Exception {
        long started = System.nanoTime();
        ArchiveInput.Layout layout = args.format() != null ? args.format() : ArchiveInput.detect(spark, args.input());
        Dataset<Row> input = ArchiveInput.read(spark, args.input(), layout);
        int partitions = args.partitions() != null ? args.partitions()
                : Math.max(input.rdd().getNumPartitions(), 2 * spark.sparkContext().defaultParallelism());
        if (partitions != input.rdd().getNumPartitions()) {
            input = input.repartition(partitions);
        }
        Dataset<ArticleResult> extracted = input
                .mapPartitions(new ArticleExtraction(), Encoders.bean(ArticleResult.class))
                .persist(StorageLevel.MEMORY_AND_DISK());
        ArchiveDatasets datasets = ArchiveModel.of(extracted);
        datasets.byName().forEach((name, dataset) -> {
            var writer = dataset.rows().write().mode("overwrite");
            if (!dataset.by().isEmpty()) {
                writer = writer.partitionBy(dataset.by().toArray(String[]::new));
            }
            writer.parquet(args.output() + "/" + name);
        });
        extracted.unpersist();
        double seconds = (System.nanoTime() - started) / 1e9;
        Summary summary = Summary.count(spark, args.output(), layout, seconds);
        if (args.jdbc() != null) {
            long loadStarted = System.nanoTime();
            PostgresLoad.Loaded loaded = new PostgresLoad(spark, args.jdbc()).load(args.output());
            summary = summary.withLoad(loaded, (System.nanoTime() - loadStarted) / 1e9);
        }
        return summary;
    }

    /** What a run did, as the job prints it. */
    record Summary(ArchiveInput.Layout layout, long articles, long rejected, long quotes, long people, long statements,
                   double seconds, PostgresLoad.Loaded loaded, double loadSeconds) {

        static Summary count(SparkSession spark, String output, ArchiveInput.Layout layout, double seconds) {
            return new Summary(layout, rows(spark, output, "articles"), rows(spark, output, "rejected"),
                    rows(spark, output, "quotes"), rows(spark, output, "people"), rows(spark, output, "statements"),
                    seconds, null, 0);
        }

        private static long rows(SparkSession spark, String output, String dataset) {
            return spark.read().parquet(output + "/" + dataset).count();
        }

        Summary withLoad(PostgresLoad.Loaded loaded, double loadSeconds) {
            return new Summary(layout, articles, rejected, quotes, people, statements, seconds, loaded, loadSeconds);
        }

        double articlesPerSecond() {
            return (articles + rejected) / seconds;
        }

        @Override
        public String toString() {
            String text = String.format(Locale.ROOT,
                    "archive (%s): %d articles, %d rejected, %d quotes, %d people, %d statements in %.1f s: %.1f articles/s",
                    layout.name().toLowerCase(Locale.ROOT), articles, rejected, quotes, people, statements, seconds, articlesPerSecond());
            if (loaded != null) {
                text += String.format(Locale.ROOT,
                        "%nloaded: %d articles new, %d already stored; %d quotes, %d people, %d statements new in %.1f s",
                        loaded.articles(), loaded.articlesPresent(), loaded.quotes(), loaded.people(), loaded.statements(), loadSeconds);
            }
            return text;
        }
    }
}
