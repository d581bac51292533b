package org.quotetracker.archive;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.quotetracker.extraction.SpeakerKind;
import org.quotetracker.people.NameKey;

/**
 * From extracted articles to the archive's datasets: people, their aliases and roles, and statements, decided by the
 * service's rules ({@code PersonResolver}, {@code RoleHistory}, {@code QuoteRecorder}) as aggregations over the whole
 * archive rather than article by article:
 * <ul>
 * <li>names meet by {@link NameKey} (case, accents, punctuation, a leading "the", doubled letters);</li>
 * <li>a titled name of a person joins the name its last words make ("NATO chief Jens Stoltenberg" is "Jens
 * Stoltenberg"), the shortest such name there is, which is where the service's longest-first look-ups lead;</li>
 * <li>a surname alone joins the one person with that surname; several make it a person of its own,
 * {@code ambiguous}; none leave it a person of its own;</li>
 * <li>anonymous sources are never merged: one person per name per article;</li>
 * <li>titles fold by their key into roles with the first and last day and each article that gave them; the same
 * words by the same person are one statement, first reported when the earliest article carrying them appeared.</li>
 * </ul>
 * Seen all at once, the outcome does not depend on the order articles come in, where the service's may (a full name
 * read after its titled form, say); the name a person is shown by is the one used most, preferring the full name.
 */
final class ArchiveModel {

    private static final String PERSON = SpeakerKind.PERSON.name();
    private static final String ORGANIZATION = SpeakerKind.ORGANIZATION.name();
    private static final String ANONYMOUS = SpeakerKind.ANONYMOUS.name();

    /** The service's unique person key (person.name_key): anonymous sources have none, they are never merged. */
    private static final UserDefinedFunction NAME_KEY_OF =
            udf((String name) -> NameKey.of(name), DataTypes.StringType);
    private static final UserDefinedFunction SURNAME_OF =
            udf((String name) -> NameKey.surnameOf(name), DataTypes.StringType);

    private ArchiveModel() {
    }

    /** @param extracted every input article: those read ({@code problem} null) and those rejected */
    static ArchiveDatasets of(Dataset<ArticleResult> extracted) {
        Dataset<Row> results = extracted.toDF();
        Dataset<Row> rejected = results.filter(col("problem").isNotNull()).select(col("source"), col("problem").as("reason"));
        // The same page twice in an archive is one article, as a second ingest of it is.
        Dataset<Row> read = results.filter(col("problem").isNull()).dropDuplicates("hash");

        Dataset<Row> quotes = read.select(col("hash").as("article_hash"), col("source"), col("publishedOn").as("published_on"),
                explode(col("quotes")).as("q")).select(col("article_hash"), col("source"), col("published_on"), col("q.*"));
        Dataset<Row> mentions = mentions(read, quotes);
        Dataset<Row> named = personKeys(mentions.filter(col("kind").notEqual(ANONYMOUS)));
        Dataset<Row> withPerson = mentions.filter(col("kind").notEqual(ANONYMOUS)).join(named, "key")
                .unionByName(mentions.filter(col("kind").equalTo(ANONYMOUS))
                        .withColumn("person_key", concat(lit("A:"), col("article_hash"), lit(":"), col("key")))
                        .withColumn("person_kind", lit(ANONYMOUS))
                        .withColumn("ambiguous", lit(false)));
        withPerson = withPerson.persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());

        Dataset<Row> quoteOwners = withPerson.filter(col("quote_start").isNotNull())
                .select(col("article_hash"), col("quote_start").as("start"), col("person_key"));
        Dataset<Row> quoteRows = quotes.join(quoteOwners, new String[] {"article_hash", "start"}, "left")
                .select(col("article_hash"), col("source"), col("published_on"), col("start"), col("end"), col("text"),
                        col("speaker"), col("speakerKind").as("speaker_kind"), col("role"), col("saidOn").as("said_on"),
                        col("partial"), col("cue"), col("method"), col("confidence"), col("sentence"),
                        col("datePrecision").as("date_precision"), col("person_key"), col("statementKey").as("statement_key"),
                        year(coalesce(col("saidOn"), col("published_on"))).as("year"));

        Dataset<Row> articles = read.select(col("hash").as("article_hash"), col("source"), col("url"), col("outlet"),
                col("section"), col("headline"), col("byline"), col("datelinePlace").as("dateline_place"), col("agency"),
                col("publishedOn").as("published_on"), col("body"), size(col("quotes")).as("quote_count"),
                year(col("publishedOn")).as("published_year"));

        return new ArchiveDatasets(articles, quoteRows, people(withPerson), aliases(withPerson), roles(withPerson),
                statements(withPerson), rejected);
    }

    /** Every time an article names someone: as a quote's speaker, or as a person it gives a title. */
    private static Dataset<Row> mentions(Dataset<Row> read, Dataset<Row> quotes) {
        Dataset<Row> speakers = quotes.filter(col("speakerKey").isNotNull()).select(
                col("article_hash"), col("speakerName").as("name"), col("speakerKey").as("key"), col("speakerKind").as("kind"),
                col("title"), col("titleKey").as("title_key"),
                // RoleHistory dates a title by the day said, else the article's; a statement by the article's, else the day said.
                coalesce(col("saidOn"), col("published_on")).as("day"),
                coalesce(col("published_on"), col("saidOn")).as("reported_on"),
                col("start").as("quote_start"), col("statementKey").as("statement_key"), col("text"));
        Dataset<Row> titled = read.select(col("hash").as("article_hash"), col("publishedOn").as("published_on"),
                explode(col("titles")).as("t")).select(
                col("article_hash"), col("t.name").as("name"), col("t.nameKey").as("key"), lit(PERSON).as("kind"),
                col("t.title").as("title"), col("t.titleKey").as("title_key"),
                coalesce(col("t.seenOn"), col("published_on")).as("day"),
                lit(null).cast(DataTypes.DateType).as("reported_on"), lit(null).cast(DataTypes.IntegerType).as("quote_start"),
                lit(null).cast(DataTypes.StringType).as("statement_key"), lit(null).cast(DataTypes.StringType).as("text"));
        return speakers.unionByName(titled);
    }

    /**
     * Which person each name key of a named (not anonymous) source means: {@code key, person_key, person_kind,
     * ambiguous}.
     */
    private static Dataset<Row> personKeys(Dataset<Row> named) {
        // A key is a person's or an organisation's by how articles mostly call it (the service: by whoever came first).
        Dataset<Row> keys = named.groupBy("key").agg(
                        sum(when(col("kind").equalTo(PERSON), 1).otherwise(0)).as("persons"),
                        sum(when(col("kind").equalTo(ORGANIZATION), 1).otherwise(0)).as("organizations"))
                .select(col("key"), when(col("persons").geq(col("organizations")), PERSON).otherwise(ORGANIZATION).as("kind"),
                        size(split(col("key"), " ")).as("words"))
                .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());

        // "nato chief jens stoltenberg" -> its trailing names of two words or more that are keys too; the shortest wins.
        Dataset<Row> suffixes = keys.filter(col("kind").equalTo(PERSON).and(col("words").geq(3)))
                .select(col("key"), expr("posexplode(transform(sequence(1, words - 2),"
                        + " i -> array_join(slice(split(key, ' '), i + 1, words - i), ' ')))").as(new String[] {"drop", "suffix"}));
        Dataset<Row> titledRoots = suffixes.join(keys.select(col("key").as("suffix")), "suffix")
                .groupBy("key").agg(max(struct(col("drop"), col("suffix"))).getField("suffix").as("root"));
        Dataset<Row> rooted = keys.join(titledRoots, new String[] {"key"}, "left")
                .withColumn("root", coalesce(col("root"), col("key")));

        // Surnames of the full names of people: "stoltenberg" alone is Jens Stoltenberg when he is the only one.
        Dataset<Row> rootKinds = keys.select(col("key").as("root"), col("kind").as("root_kind"), col("words").as("root_words"));
        Dataset<Row> fullNames = rooted.select("root").distinct().join(rootKinds, "root")
                .filter(col("root_kind").equalTo(PERSON).and(col("root_words").geq(2)))
                .select(col("root"), SURNAME_OF.apply(col("root")).as("surname"))
                .filter(col("surname").isNotNull());
        Dataset<Row> surnames = fullNames.groupBy("surname").agg(count_distinct(col("root")).as("people"), min("root").as("only"));

        Column surnameAlone = col("kind").equalTo(PERSON).and(col("words").equalTo(1));
        Dataset<Row> resolved = rooted.join(surnames, rooted.col("key").equalTo(surnames.col("surname")).and(surnameAlone), "left")
                .select(col("key"),
                        when(col("people").equalTo(1), col("only")).otherwise(col("root")).as("root"),
                        coalesce(col("people").gt(1), lit(false)).as("ambiguous"));
        return resolved.join(rootKinds, "root").select(col("key"),
                when(col("ambiguous"), concat(lit("S:"), col("key"))).otherwise(concat(lit("N:"), col("root"))).as("person_key"),
                when(col("ambiguous"), lit(PERSON)).otherwise(col("root_kind")).as("person_kind"),
                col("ambiguous"));
    }

    private static Dataset<Row> people(Dataset<Row> withPerson) {
        Dataset<Row> names = spellings(withPerson)
                // The full name a person is known by first, then the spelling used most.
                .withColumn("rank", row_number().over(Window.partitionBy("person_key").orderBy(
                        col("is_root").desc(), col("uses").desc(), col("name"))))
                .filter(col("rank").equalTo(1)).select("person_key", "name");
        Dataset<Row> facts = withPerson.groupBy("person_key").agg(
                min("person_kind").as("kind"), max("ambiguous").as("ambiguous"),
                count(col("quote_start")).cast(DataTypes.IntegerType).as("quote_count"));
        return names.join(facts, "person_key").select(col("person_key"), col("name"), col("kind"),
                when(col("kind").equalTo(PERSON), SURNAME_OF.apply(col("name"))).as("surname_key"),
                when(col("kind").notEqual(ANONYMOUS), NAME_KEY_OF.apply(col("name"))).as("name_key"),
                col("ambiguous"), col("quote_count"));
    }

    /** Every name a person was called, once per key, in its most used spelling: the canonical name among them. */
    private static Dataset<Row> aliases(Dataset<Row> withPerson) {
        return spellings(withPerson)
                .withColumn("rank", row_number().over(Window.partitionBy("person_key", "key").orderBy(col("uses").desc(), col("name"))))
                .filter(col("rank").equalTo(1)).select(col("person_key"), col("name"), col("key").as("name_key"));
    }

    private static Dataset<Row> spellings(Dataset<Row> withPerson) {
        return withPerson.groupBy("person_key", "key", "name").agg(count(lit(1)).as("uses"))
                .withColumn("is_root", expr("person_key = concat('N:', key) or person_key = concat('S:', key)"));
    }

    /** One role per person and title key: its most used spelling, first and last day, and each article that gave it. */
    private static Dataset<Row> roles(Dataset<Row> withPerson) {
        Dataset<Row> titled = withPerson.filter(col("title_key").isNotNull());
        Dataset<Row> spelling = titled.groupBy("person_key", "title_key", "title").agg(count(lit(1)).as("uses"))
                .withColumn("rank", row_number().over(Window.partitionBy("person_key", "title_key").orderBy(col("uses").desc(), col("title"))))
                .filter(col("rank").equalTo(1)).select("person_key", "title_key", "title");
        // An article that gives the title twice is one sighting, on the first day it gives it.
        Dataset<Row> sightings = titled.groupBy("person_key", "title_key", "article_hash")
                .agg(min("day").as("seen_on"), max("day").as("last_day"));
        Dataset<Row> spans = sightings.groupBy("person_key", "title_key").agg(
                min("seen_on").as("first_seen"), max("last_day").as("last_seen"),
                collect_list(struct(col("article_hash"), col("seen_on"))).as("sightings"));
        return spelling.join(spans, new String[] {"person_key", "title_key"})
                .select("person_key", "title", "title_key", "first_seen", "last_seen", "sightings");
    }

    /** The same words by the same person, however many articles carried them. */
    private static Dataset<Row> statements(Dataset<Row> withPerson) {
        return withPerson.filter(col("statement_key").isNotNull()).groupBy("person_key", "statement_key").agg(
                min("reported_on").as("first_reported_on"), count(lit(1)).as("appearances"), min("text").as("text"));
    }
}
