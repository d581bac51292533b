package org.quotetracker.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.quotetracker.support.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The feeds read as a feed reader reads them: parsed as XML and checked for what RFC 4287 requires. */
@ApiTest
class AtomFeedTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    HttpGraphQlTester graphQlTester;

    @Test
    void aPersonsFeedIsAtomWithEveryRequiredElement() throws Exception {
        String id = personId("Peskov");
        HttpResponse<byte[]> response = get("/feeds/people/" + id + ".atom");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/atom+xml"));
        Element feed = parse(response).getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(text(feed, "title")).isEqualTo("Quotes by Dmitry Peskov");
        assertThat(children(feed, "id")).hasSize(1);
        Instant.parse(text(feed, "updated"));
        assertThat(links(feed, "self")).containsExactly(url("/feeds/people/" + id + ".atom"));
        List<Element> entries = children(feed, "entry");
        assertThat(entries).isNotEmpty().allSatisfy(entry -> {
            assertThat(text(entry, "id")).startsWith("tag:localhost,2026:quote:");
            assertThat(text(entry, "title")).startsWith("Dmitry Peskov: “");
            Instant.parse(text(entry, "updated"));
            assertThat(text(child(entry, "author"), "name")).isEqualTo("Dmitry Peskov");
            assertThat(text(entry, "summary")).contains("— Dmitry Peskov");
            assertThat(links(entry, "alternate")).singleElement().satisfies(link ->
                    assertThat(link).matches(url("/articles/\\d+#quote-\\d+")));
        });
    }

    @Test
    void entriesComeNewestFirstAndTheFeedIsAsNewAsItsNewestEntry() throws Exception {
        Element feed = parse(get("/feeds/quotes.atom?speaker=Stoltenberg")).getDocumentElement();

        List<Instant> updated = children(feed, "entry").stream().map(entry -> Instant.parse(text(entry, "updated"))).toList();

        assertThat(updated).hasSizeGreaterThan(1).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(Instant.parse(text(feed, "updated"))).isEqualTo(updated.get(0));
    }

    @Test
    void theSearchFeedKeepsOnlyWhatItsParametersAskFor() throws Exception {
        Element feed = parse(get("/feeds/quotes.atom?speaker=Peskov&text=impossible")).getDocumentElement();

        assertThat(text(feed, "title")).isEqualTo("Quotes by “Peskov”, with the words “impossible”");
        assertThat(children(feed, "entry")).singleElement().satisfies(entry ->
                assertThat(text(entry, "summary")).startsWith("“This is impossible").contains("— Dmitry Peskov"));
    }

    @Test
    void aFeedHoldsAtMostFiftyEntries() throws Exception {
        assertThat(children(parse(get("/feeds/quotes.atom")).getDocumentElement(), "entry")).hasSize(QuoteFeeds.ENTRIES);
    }

    @Test
    void anUnknownPersonIsNotFound() throws Exception {
        assertThat(get("/feeds/people/999999.atom").statusCode()).isEqualTo(404);
    }

    @Test
    void badParametersAreBadRequestsSayingWhy() throws Exception {
        assertThat(get("/feeds/people/abc.atom").statusCode()).isEqualTo(400);
        HttpResponse<byte[]> badDate = get("/feeds/quotes.atom?from=2024-02-30");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(new String(badDate.body())).contains("dates are YYYY-MM-DD");
        HttpResponse<byte[]> misspelt = get("/feeds/quotes.atom?speakr=Peskov");
        assertThat(misspelt.statusCode()).isEqualTo(400);
        assertThat(new String(misspelt.body())).startsWith("Unknown parameter speakr");
    }

    private String personId(String name) {
        return graphQlTester.document("query ($name: String) { people(search: $name, first: 1) { nodes { id } } }")
                .variable("name", name).execute().path("people.nodes[0].id").entity(String.class).get();
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static Document parse(HttpResponse<byte[]> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(200);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body()));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && ATOM.equals(element.getNamespaceURI()) && name.equals(element.getLocalName())) {
                children.add(element);
            }
        }
        return children;
    }

    private static Element child(Element parent, String name) {
        List<Element> children = children(parent, name);
        assertThat(children).as("<%s> in <%s>", name, parent.getLocalName()).hasSize(1);
        return children.get(0);
    }

    private static String text(Element parent, String name) {
        return child(parent, name).getTextContent();
    }

    private static List<String> links(Element parent, String rel) {
        return children(parent, "link").stream().filter(link -> rel.equals(link.getAttribute("rel")))
                .map(link -> link.getAttribute("href")).toList();
    }
}
