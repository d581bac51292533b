package org.quotetracker.archive;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * An archive as it comes: a folder of article files (the pages {@code ingest} reads), JSON Lines
 * ({@code {"url","outlet","publishedOn","text"}} a line) or Parquet with those columns, on any file system Hadoop
 * reads (local, {@code hdfs://}, {@code s3a://} with hadoop-aws). Every layout becomes rows of {@link #COLUMNS}: the
 * text or the file's bytes, what the archive says about the article, or already the reason it cannot be read.
 */
final class ArchiveInput {

    static final List<String> COLUMNS = List.of("source", "url", "outlet", "publishedOn", "text", "content", "problem");

    enum Layout {
        FILES, JSONL, PARQUET;

        static Layout named(String name) {
            try {
                return valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new JobArguments.Invalid("--format must be files, jsonl or parquet, not " + name);
            }
        }
    }

    private static final String CORRUPT = "_corrupt_record";

    private ArchiveInput() {
    }

    static Dataset<Row> read(SparkSession spark, String path, Layout layout) {
        return switch (layout) {
            case FILES -> files(spark, path);
            case JSONL -> jsonLines(spark, path);
            case PARQUET -> parquet(spark, path);
        };
    }

    /** The layout by the name of the path, or of the first file under it: *.parquet, *.jsonl / *.json, else files. */
    static Layout detect(SparkSession spark, String path) {
        try {
            Path root = new Path(path);
            FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (!fs.exists(root)) {
                throw new JobArguments.Invalid("--input " + path + " does not exist");
            }
            RemoteIterator<LocatedFileStatus> files = fs.listFiles(root, true);
            while (files.hasNext()) {
                String name = files.next().getPath().getName().toLowerCase(Locale.ROOT);
                if (name.startsWith(".") || name.startsWith("_")) {
                    continue;
                }
                return name.endsWith(".parquet") ? Layout.PARQUET
                        : name.endsWith(".jsonl") || name.endsWith(".json") || name.endsWith(".jsonl.gz") ? Layout.JSONL
                        : Layout.FILES;
            }
            return Layout.FILES;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + path + ": " + e.getMessage(), e);
        }
    }

    /** Every regular file under the folder is one page; hidden files are skipped, like ArticleFiles does. */
    private static Dataset<Row> files(SparkSession spark, String path) {
        Dataset<Row> files = spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(path);
        long limit = ArticleExtraction.MAX_ARTICLE_BYTES;
        // A file too big is rejected by its length, without reading it (the length filter skips the file's content).
        Dataset<Row> readable = files.filter(col("length").leq(limit))
                .select(col("path").as("source"), nul("url"), nul("outlet"), nul("publishedOn"), nul("text"), col("content"),
                        lit(null).cast(DataTypes.StringType).as("problem"));
        Dataset<Row> tooBig = files.filter(col("length").gt(limit))
                .select(col("path").as("source"), nul("url"), nul("outlet"), nul("publishedOn"), nul("text"),
                        lit(null).cast(DataTypes.BinaryType).as("content"),
                        concat(lit("the file is "), col("length").cast(DataTypes.StringType),
                                lit(" bytes; at most " + limit + " are accepted (quotes.limits.max-article-size)")).as("problem"));
        return readable.unionByName(tooBig);
    }

    private static Dataset<Row> jsonLines(SparkSession spark, String path) {
        StructType schema = new StructType()
                .add("url", DataTypes.StringType)
                .add("outlet", DataTypes.StringType)
                .add("publishedOn", DataTypes.StringType)
                .add("text", DataTypes.StringType)
                .add(CORRUPT, DataTypes.StringType);
        Dataset<Row> lines = spark.read().schema(schema)
                .option("mode", "PERMISSIVE").option("columnNameOfCorruptRecord", CORRUPT)
                .json(path);
        Column malformed = col(CORRUPT).isNotNull();
        return lines.select(
                when(malformed, concat(input_file_name(), lit(": "), substring(col(CORRUPT), 1, 80)))
                        .otherwise(coalesce(col("url"), input_file_name())).as("source"),
                col("url"), col("outlet"), col("publishedOn"), col("text"),
                lit(null).cast(DataTypes.BinaryType).as("content"),
                when(malformed, lit("not a JSON object with url, outlet, publishedOn and text")).as("problem"));
    }

    private static Dataset<Row> parquet(SparkSession spark, String path) {
        Dataset<Row> rows = spark.read().parquet(path);
        List<String> columns = Arrays.asList(rows.columns());
        if (!columns.contains("text")) {
            throw new JobArguments.Invalid("Parquet input needs a text column (and may have url, outlet, publishedOn); "
                    + path + " has " + columns);
        }
        return rows.select(
                coalesce(optional(columns, "url"), input_file_name()).as("source"),
                optional(columns, "url").as("url"), optional(columns, "outlet").as("outlet"),
                optional(columns, "publishedOn").as("publishedOn"), col("text").cast(DataTypes.StringType).as("text"),
                lit(null).cast(DataTypes.BinaryType).as("content"), lit(null).cast(DataTypes.StringType).as("problem"));
    }

    private static Column optional(List<String> columns, String name) {
        return columns.contains(name) ? col(name).cast(DataTypes.StringType) : lit(null).cast(DataTypes.StringType);
    }

    private static Column nul(String name) {
        return lit(null).cast(DataTypes.StringType).as(name);
    }
}
