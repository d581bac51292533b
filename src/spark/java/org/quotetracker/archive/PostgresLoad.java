package org.quotetracker.archive;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Loads the archive's Parquet datasets into the service's PostgreSQL database: Flyway migrates it first, the
 * executors {@code COPY} the rows into staging tables, then one transaction merges them by the service's keys.
 * Idempotent: articles whose text is stored already (by content hash) bring nothing, so a second run on the same
 * input changes no row; people, aliases, roles and statements join the stored ones with the same keys.
 *
 * <p>Ids are taken from the service's sequences in blocks of 50, exactly as Hibernate's pooled optimizer takes them
 * (a value {@code hi} is the block {@code hi-49..hi}), so the service and the job never hand out the same id.
 */
final class PostgresLoad {

    /** What the merge added. */
    record Loaded(long articles, long articlesPresent, long quotes, long people, long statements) {
    }

    private final SparkSession spark;
    private final JdbcTarget target;
    private final String stage = "qt_stage_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    PostgresLoad(SparkSession spark, JdbcTarget target) {
        this.spark = spark;
        this.target = target;
    }

    Loaded load(String output) throws SQLException {
        ServiceMigrations.migrate(target);
        try (Connection connection = target.connect()) {
            execute(connection, STAGING.replace("{s}", stage));
            try {
                copy(output);
                connection.setAutoCommit(false);
                execute(connection, MERGE.replace("{s}", stage));
                Loaded loaded = counts(connection);
                connection.commit();
                return loaded;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
                execute(connection, DROP_STAGING.replace("{s}", stage));
            }
        }
    }

    private void copy(String output) {
        Dataset<Row> articles = spark.read().parquet(output + "/articles");
        Dataset<Row> quotes = spark.read().parquet(output + "/quotes").filter(col("person_key").isNotNull());
        Dataset<Row> roles = spark.read().parquet(output + "/roles");
        stage("article", articles, "article_hash", "url", "outlet", "section", "headline", "byline", "dateline_place",
                "agency", "published_on", "body");
        stage("quote", quotes, "article_hash", "start", "end", "text", "role", "said_on", "partial", "cue", "method",
                "confidence", "sentence", "date_precision", "person_key", "statement_key");
        stage("person", spark.read().parquet(output + "/people"), "person_key", "name", "kind", "surname_key", "name_key", "ambiguous");
        stage("alias", spark.read().parquet(output + "/aliases"), "person_key", "name", "name_key");
        stage("role", roles, "person_key", "title", "title_key", "first_seen", "last_seen");
        stage("sighting", roles.select(col("person_key"), col("title_key"), explode(col("sightings")).as("s"))
                .select("person_key", "title_key", "s.article_hash", "s.seen_on"), "person_key", "title_key", "article_hash", "seen_on");
        stage("statement", spark.read().parquet(output + "/statements"), "person_key", "statement_key", "first_reported_on");
    }

    private void stage(String table, Dataset<Row> rows, String... columns) {
        List<String> names = List.of(columns);
        List<String> staged = names.stream().map(name -> name.equals("start") || name.equals("end") ? name + "_offset" : name).toList();
        rows.select(names.stream().map(org.apache.spark.sql.functions::col).toArray(org.apache.spark.sql.Column[]::new))
                .foreachPartition(new StagingCopy(target, stage + "_" + table, staged));
    }

    private Loaded counts(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("""
                     select (select count(*) from new_article),
                            (select count(*) from %1$s_article) - (select count(*) from new_article),
                            (select count(*) from new_quote),
                            (select count(*) from new_person),
                            (select count(*) from new_statement)""".formatted(stage))) {
            row.next();
            return new Loaded(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5));
        }
    }

    private static void execute(Connection connection, String script) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : script.split(";\\s*\\n")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
        }
    }

    /** Ids for the rows of a temp table numbered {@code n} from 0: blocks of 50 from the sequence, as Hibernate takes them. */
    private static String ids(String table, String sequence) {
        return """
                ALTER TABLE %1$s ADD COLUMN id BIGINT;
                CREATE TEMP TABLE %1$s_blocks ON COMMIT DROP AS
                  SELECT row_number() OVER (ORDER BY hi) - 1 AS block, hi FROM (
                    SELECT nextval('%2$s') AS hi FROM generate_series(1,
                      (SELECT CASE WHEN count(*) = 0 THEN 0 ELSE (count(*) + 49) / 50 + 1 END FROM %1$s))) s
                  WHERE hi >= 50;
                UPDATE %1$s t SET id = b.hi - 49 + t.n %% 50 FROM %1$s_blocks b WHERE b.block = t.n / 50;
                """.formatted(table, sequence);
    }

    private static final String STAGING = """
            CREATE UNLOGGED TABLE {s}_article (article_hash VARCHAR(64), url VARCHAR, outlet VARCHAR, section VARCHAR,
              headline VARCHAR, byline VARCHAR, dateline_place VARCHAR, agency VARCHAR, published_on DATE, body VARCHAR);
            CREATE UNLOGGED TABLE {s}_quote (article_hash VARCHAR(64), start_offset INTEGER, end_offset INTEGER, text VARCHAR,
              role VARCHAR, said_on DATE, partial BOOLEAN, cue VARCHAR, method VARCHAR, confidence DOUBLE PRECISION,
              sentence VARCHAR, date_precision VARCHAR, person_key VARCHAR, statement_key VARCHAR(64));
            CREATE UNLOGGED TABLE {s}_person (person_key VARCHAR, name VARCHAR, kind VARCHAR, surname_key VARCHAR, name_key VARCHAR, ambiguous BOOLEAN);
            CREATE UNLOGGED TABLE {s}_alias (person_key VARCHAR, name VARCHAR, name_key VARCHAR);
            CREATE UNLOGGED TABLE {s}_role (person_key VARCHAR, title VARCHAR, title_key VARCHAR, first_seen DATE, last_seen DATE);
            CREATE UNLOGGED TABLE {s}_sighting (person_key VARCHAR, title_key VARCHAR, article_hash VARCHAR(64), seen_on DATE);
            CREATE UNLOGGED TABLE {s}_statement (person_key VARCHAR, statement_key VARCHAR(64), first_reported_on DATE);
            """;

    private static final String DROP_STAGING = """
            DROP TABLE IF EXISTS {s}_article, {s}_quote, {s}_person, {s}_alias, {s}_role, {s}_sighting, {s}_statement;
            """;

    private static final String MERGE = """
            -- Nobody else stores an article while the archive's are merged: the content hash decides what is new.
            LOCK TABLE article IN SHARE ROW EXCLUSIVE MODE;
            CREATE TEMP TABLE new_article ON COMMIT DROP AS
              SELECT s.*, row_number() OVER (ORDER BY s.article_hash) - 1 AS n FROM {s}_article s
              WHERE NOT EXISTS (SELECT 1 FROM article a WHERE a.content_hash = s.article_hash);
            """ + ids("new_article", "article_seq") + """
            INSERT INTO article (id, content_hash, outlet, section, headline, byline, dateline_place, agency, published_on, body, url)
              SELECT id, article_hash, outlet, section, headline, byline, dateline_place, agency, published_on, body, url FROM new_article;

            -- The people the new articles quote or give titles, and the stored people they are: the same name key
            -- (the canonical one first), an ambiguous surname only as such, anonymous sources never.
            CREATE TEMP TABLE needed_person ON COMMIT DROP AS
              SELECT DISTINCT p.* FROM {s}_person p WHERE p.person_key IN (
                SELECT q.person_key FROM {s}_quote q JOIN new_article a USING (article_hash)
                UNION SELECT g.person_key FROM {s}_sighting g JOIN new_article a USING (article_hash));
            CREATE TEMP TABLE person_ids ON COMMIT DROP AS
              SELECT DISTINCT ON (n.person_key) n.person_key, sp.id
              FROM needed_person n
              JOIN {s}_alias al ON al.person_key = n.person_key
              JOIN person_alias pa ON pa.name_key = al.name_key
              JOIN person sp ON sp.id = pa.person_id AND sp.kind <> 'ANONYMOUS' AND sp.ambiguous = n.ambiguous
              WHERE n.kind <> 'ANONYMOUS'
              ORDER BY n.person_key, (pa.name_key = substr(n.person_key, 3)) DESC, sp.id;
            -- A surname alone is the one stored person with that surname.
            INSERT INTO person_ids
              SELECT n.person_key, min(sp.id) FROM needed_person n JOIN person sp
                ON sp.surname_key = substr(n.person_key, 3) AND sp.kind = 'PERSON'
              WHERE n.kind = 'PERSON' AND NOT n.ambiguous AND n.person_key LIKE 'N:%' AND position(' ' in n.person_key) = 0
                AND n.person_key NOT IN (SELECT person_key FROM person_ids)
              GROUP BY n.person_key HAVING count(*) = 1;
            CREATE TEMP TABLE new_person ON COMMIT DROP AS
              SELECT np.*, row_number() OVER (ORDER BY np.person_key) - 1 AS n FROM needed_person np
              WHERE np.person_key NOT IN (SELECT person_key FROM person_ids);
            """ + ids("new_person", "person_seq") + """
            INSERT INTO person (id, name, kind, surname_key, name_key, ambiguous, quote_count)
              SELECT id, name, kind, surname_key, name_key, ambiguous, 0 FROM new_person;
            INSERT INTO person_ids SELECT person_key, id FROM new_person;

            CREATE TEMP TABLE new_alias ON COMMIT DROP AS
              SELECT a.*, row_number() OVER (ORDER BY a.person_id, a.name_key) - 1 AS n FROM (
                SELECT DISTINCT ON (i.id, al.name_key) i.id AS person_id, al.name, al.name_key
                FROM {s}_alias al JOIN person_ids i USING (person_key)
                WHERE NOT EXISTS (SELECT 1 FROM person_alias pa WHERE pa.person_id = i.id AND pa.name_key = al.name_key)
                ORDER BY i.id, al.name_key, al.name) a;
            """ + ids("new_alias", "person_alias_seq") + """
            INSERT INTO person_alias (id, person_id, name, name_key) SELECT id, person_id, name, name_key FROM new_alias;

            -- Roles the new articles give: stored ones widen to the archive's days, the others are created.
            CREATE TEMP TABLE needed_role ON COMMIT DROP AS
              SELECT i.id AS person_id, r.title_key, min(r.title) AS title, min(r.first_seen) AS first_seen, max(r.last_seen) AS last_seen
              FROM {s}_role r JOIN person_ids i USING (person_key)
              WHERE (r.person_key, r.title_key) IN (SELECT g.person_key, g.title_key FROM {s}_sighting g JOIN new_article a USING (article_hash))
              GROUP BY i.id, r.title_key;
            UPDATE person_role pr SET first_seen = least(pr.first_seen, r.first_seen), last_seen = greatest(pr.last_seen, r.last_seen)
              FROM needed_role r WHERE pr.person_id = r.person_id AND pr.title_key = r.title_key;
            CREATE TEMP TABLE new_role ON COMMIT DROP AS
              SELECT r.*, row_number() OVER (ORDER BY r.person_id, r.title_key) - 1 AS n FROM needed_role r
              WHERE NOT EXISTS (SELECT 1 FROM person_role pr WHERE pr.person_id = r.person_id AND pr.title_key = r.title_key);
            """ + ids("new_role", "person_role_seq") + """
            INSERT INTO person_role (id, person_id, title, title_key, first_seen, last_seen)
              SELECT id, person_id, title, title_key, first_seen, last_seen FROM new_role;
            CREATE TEMP TABLE new_sighting ON COMMIT DROP AS
              SELECT s.*, row_number() OVER (ORDER BY s.role_id, s.article_id) - 1 AS n FROM (
                SELECT DISTINCT ON (pr.id, a.id) pr.id AS role_id, a.id AS article_id, g.seen_on
                FROM {s}_sighting g JOIN new_article a USING (article_hash) JOIN person_ids i USING (person_key)
                JOIN person_role pr ON pr.person_id = i.id AND pr.title_key = g.title_key
                ORDER BY pr.id, a.id, g.seen_on NULLS LAST) s;
            """ + ids("new_sighting", "role_sighting_seq") + """
            INSERT INTO role_sighting (id, role_id, article_id, seen_on) SELECT id, role_id, article_id, seen_on FROM new_sighting;

            -- Statements of the new quotes: stored ones keep the earliest report, the others are created.
            CREATE TEMP TABLE needed_statement ON COMMIT DROP AS
              SELECT i.id AS speaker_id, st.statement_key AS text_key, min(st.first_reported_on) AS first_reported_on
              FROM {s}_statement st JOIN person_ids i USING (person_key)
              WHERE (st.person_key, st.statement_key) IN (SELECT q.person_key, q.statement_key FROM {s}_quote q JOIN new_article a USING (article_hash))
              GROUP BY i.id, st.statement_key;
            UPDATE statement s SET first_reported_on = least(s.first_reported_on, n.first_reported_on)
              FROM needed_statement n WHERE s.speaker_id = n.speaker_id AND s.text_key = n.text_key;
            CREATE TEMP TABLE new_statement ON COMMIT DROP AS
              SELECT ns.*, row_number() OVER (ORDER BY ns.speaker_id, ns.text_key) - 1 AS n FROM needed_statement ns
              WHERE NOT EXISTS (SELECT 1 FROM statement s WHERE s.speaker_id = ns.speaker_id AND s.text_key = ns.text_key);
            """ + ids("new_statement", "statement_seq") + """
            INSERT INTO statement (id, speaker_id, text_key, first_reported_on) SELECT id, speaker_id, text_key, first_reported_on FROM new_statement;

            CREATE TEMP TABLE new_quote ON COMMIT DROP AS
              SELECT a.id AS article_id, i.id AS speaker_id, s.id AS statement_id, q.*,
                     row_number() OVER (ORDER BY a.id, q.start_offset) - 1 AS n
              FROM {s}_quote q JOIN new_article a USING (article_hash) JOIN person_ids i USING (person_key)
              JOIN statement s ON s.speaker_id = i.id AND s.text_key = q.statement_key;
            """ + ids("new_quote", "quote_seq") + """
            INSERT INTO quote (id, article_id, speaker_id, statement_id, role_title, quoted_text, start_offset, end_offset, sentence,
                               partial, cue, said_on, date_precision, method, confidence)
              SELECT id, article_id, speaker_id, statement_id, role, text, start_offset, end_offset, sentence,
                     partial, cue, said_on, date_precision, method, confidence FROM new_quote;
            UPDATE person p SET quote_count = p.quote_count + c.quotes
              FROM (SELECT speaker_id, count(*) AS quotes FROM new_quote GROUP BY speaker_id) c WHERE p.id = c.speaker_id;
            """;
}
