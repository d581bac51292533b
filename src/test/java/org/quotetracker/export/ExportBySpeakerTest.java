package org.quotetracker.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An export of a speaker whose name means several people: every quote of theirs once, in id order, across pages (of
 * two quotes here, so that most rows start a page), with a date narrowing every person's quotes. The behaviour any
 * change to how exports read a speaker (issue 13, the soak's slow JSON Lines exports) must keep.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:export-by-speaker;DB_CLOSE_DELAY=-1",
        "quotes.seed.enabled=false",
        "quotes.export.page-size=2"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportBySpeakerTest {

    private static final Pattern ID = Pattern.compile("\"id\":\"?(\\d+)");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    /** Quotes 1 to 12 go round Ada Lind, Bo Lind and Cy Holm; the odd ones were said in 2019, the even ones in 2021. */
    @BeforeAll
    void storeThreeSpeakersTakingTurns() {
        jdbc.update("insert into article (id, content_hash, outlet, headline, published_on, body) values (1, 'x', 'Wire', 'Day', date '2021-01-01', 'x')");
        String[] names = {"Ada Lind", "Bo Lind", "Cy Holm"};
        for (int person = 1; person <= names.length; person++) {
            String key = names[person - 1].toLowerCase();
            jdbc.update("insert into person (id, name, name_key, kind) values (?, ?, ?, 'PERSON')", person, names[person - 1], key);
            jdbc.update("insert into person_alias (id, person_id, name, name_key) values (?, ?, ?, ?)", person, person, names[person - 1], key);
            jdbc.update("insert into statement (id, speaker_id, text_key) values (?, ?, ?)", person, person, "k" + person);
        }
        for (int quote = 1; quote <= 12; quote++) {
            int speaker = (quote - 1) % 3 + 1;
            jdbc.update("""
                    insert into quote (id, article_id, speaker_id, statement_id, quoted_text, start_offset, end_offset,
                                       partial, said_on, date_precision, confidence)
                    values (?, 1, ?, ?, ?, ?, ?, false, ?, 'DAY', 0.9)""",
                    quote, speaker, speaker, "words " + quote, quote, quote + 1, Date.valueOf(quote % 2 == 1 ? "2019-06-01" : "2021-06-01"));
        }
    }

    private List<Long> exportedIds(String query) throws Exception {
        String body = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/export/quotes.jsonl?" + query)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return body.lines().map(line -> {
            Matcher id = ID.matcher(line);
            assertThat(id.find()).as(line).isTrue();
            return Long.parseLong(id.group(1));
        }).toList();
    }

    @Test
    void aNameMeaningSeveralPeopleExportsAllTheirQuotesOnceInIdOrder() throws Exception {
        assertThat(exportedIds("speaker=Lind")).containsExactly(1L, 2L, 4L, 5L, 7L, 8L, 10L, 11L);
    }

    @Test
    void aDateNarrowsEveryPersonsQuotes() throws Exception {
        assertThat(exportedIds("speaker=Lind&from=2020-01-01")).containsExactly(2L, 4L, 8L, 10L);
    }

    @Test
    void aFullNameExportsOnePerson() throws Exception {
        assertThat(exportedIds("speaker=Bo%20Lind&from=2020-01-01")).containsExactly(2L, 8L);
    }

    @Test
    void aNameNobodyHasExportsNothing() throws Exception {
        assertThat(exportedIds("speaker=Nobody%20Here")).isEmpty();
    }
}
