package org.quotetracker.soak;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.quotetracker.people.NameKey;
import org.quotetracker.soak.SoakClient.Failed;
import tools.jackson.databind.JsonNode;

/**
 * What must hold once the traffic has stopped: every article the server acknowledged is listed exactly once with its
 * quotes (and no other quote claims to be theirs), corrections show, deleted articles are gone, and no two people
 * share a name key.
 */
final class FinalCheck {

    private static final int EXAMPLES = 5;
    private static final String ARTICLES = """
            query SoakCheckArticles($after: String) {
              articles(first: 100, after: $after) { nodes { id url } pageInfo { hasNextPage endCursor } }
            }""";
    private static final String PEOPLE = """
            query SoakCheckPeople($after: String) {
              people(first: 100, after: $after) { nodes { id name kind } pageInfo { hasNextPage endCursor } }
            }""";

    private final SoakClient client;
    private final Ledger ledger;
    private final String urlPrefix;
    private final List<String> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    FinalCheck(SoakClient client, Ledger ledger, String urlPrefix) {
        this.client = client;
        this.ledger = ledger;
        this.urlPrefix = urlPrefix;
    }

    /** Runs every check; returns the problems found, each a line (empty: all held). */
    List<String> run() throws InterruptedException {
        try {
            checkArticles();
            checkQuotes();
            checkPeople();
        } catch (Failed e) {
            problems.add("the final check could not read the database: " + e.getMessage());
        }
        return problems;
    }

    List<String> notes() {
        return notes;
    }

    private void checkArticles() throws Failed, InterruptedException {
        Map<Long, Integer> listed = new HashMap<>();
        Map<String, Integer> urls = new HashMap<>();
        page("check articles", ARTICLES, "articles", node -> {
            listed.merge(Long.parseLong(node.path("id").asString()), 1, Integer::sum);
            String url = node.path("url").asString(null);
            if (url != null && url.startsWith(urlPrefix)) {
                urls.merge(url, 1, Integer::sum);
            }
        });
        Set<String> acknowledgedUrls = new HashSet<>();
        List<String> missing = new ArrayList<>();
        List<String> twice = new ArrayList<>();
        for (Ledger.Stored article : ledger.live()) {
            acknowledgedUrls.add(article.url());
            int times = listed.getOrDefault(article.id(), 0);
            if (times == 0) {
                missing.add(article.id() + " " + article.url());
            }
            if (times > 1 || urls.getOrDefault(article.url(), 0) > 1) {
                twice.add(article.id() + " " + article.url());
            }
        }
        List<Long> notDeleted = ledger.deletedIds().stream().filter(listed::containsKey).toList();
        report(missing, "acknowledged articles missing");
        report(twice, "acknowledged articles stored more than once");
        report(notDeleted, "deleted articles still listed");
        long unacknowledged = urls.keySet().stream().filter(url -> !acknowledgedUrls.contains(url)).count()
                - ledger.unsureIds().size();
        notes.add("articles: %d acknowledged and listed, %d deleted, %d deletions unsure, %d stored by requests that failed"
                .formatted(ledger.live().size() - missing.size(), ledger.deletedIds().size(), ledger.unsureIds().size(),
                        Math.max(unacknowledged, 0)));
    }

    private void checkQuotes() throws Failed, InterruptedException {
        Map<Long, Set<Long>> quotesByArticle = new HashMap<>();
        Map<Long, String> speakers = new HashMap<>();
        Set<Long> seen = new HashSet<>();
        List<Long> twice = new ArrayList<>();
        long rows = client.lines("check export", "/export/quotes.jsonl", line -> {
            JsonNode row = client.parse(line);
            long id = Long.parseLong(row.path("id").asString());
            if (!seen.add(id)) {
                twice.add(id);
            }
            quotesByArticle.computeIfAbsent(Long.parseLong(row.path("articleId").asString()), a -> new HashSet<>()).add(id);
            speakers.put(id, row.path("speaker").asString());
        });
        List<String> wrongQuotes = new ArrayList<>();
        List<String> wrongSpeakers = new ArrayList<>();
        for (Ledger.Stored article : ledger.live()) {
            Set<Long> exported = quotesByArticle.getOrDefault(article.id(), Set.of());
            if (!exported.equals(article.quoteIds())) {
                wrongQuotes.add("article %d: acknowledged %d quotes, exported %d".formatted(article.id(),
                        article.quoteIds().size(), exported.size()));
            }
            article.correctedSpeakers().forEach((quote, speaker) -> {
                if (!speaker.equals(Ledger.EITHER) && !speaker.equals(speakers.get(quote))) {
                    wrongSpeakers.add("quote %d: corrected to %s, exported as %s".formatted(quote, speaker, speakers.get(quote)));
                }
            });
        }
        List<Long> ofDeleted = ledger.deletedIds().stream().filter(quotesByArticle::containsKey).toList();
        report(twice, "quotes exported twice");
        report(wrongQuotes, "acknowledged articles whose quotes differ");
        report(wrongSpeakers, "corrections not showing");
        report(ofDeleted, "deleted articles with quotes left");
        notes.add("quotes: %d exported".formatted(rows));
    }

    private void checkPeople() throws Failed, InterruptedException {
        Map<String, List<String>> byKey = new TreeMap<>();
        int[] people = {0};
        page("check people", PEOPLE, "people", node -> {
            people[0]++;
            String kind = node.path("kind").asString();
            if (!kind.equals("ANONYMOUS")) {
                byKey.computeIfAbsent(kind + " " + NameKey.of(node.path("name").asString()), k -> new ArrayList<>())
                        .add(node.path("id").asString() + " " + node.path("name").asString());
            }
        });
        List<String> duplicated = byKey.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> e.getValue().size() + "x " + e.getValue()).toList();
        long newNamesDuplicated = ledger.newNames().stream()
                .filter(name -> byKey.getOrDefault("PERSON " + NameKey.of(name), List.of()).size() > 1).count();
        report(duplicated, "people duplicated (the same name key twice)");
        notes.add("people: %d, %d names duplicated, of them %d of the %d new names the soak introduced"
                .formatted(people[0], duplicated.size(), newNamesDuplicated, ledger.newNames().size()));
    }

    private void page(String kind, String document, String field, java.util.function.Consumer<JsonNode> each)
            throws Failed, InterruptedException {
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>();
            variables.put("after", after);
            JsonNode connection = client.graphql(kind, document, variables).path(field);
            connection.path("nodes").forEach(each);
            JsonNode info = connection.path("pageInfo");
            after = info.path("hasNextPage").asBoolean() ? info.path("endCursor").asString() : null;
        } while (after != null);
    }

    private void report(List<?> found, String what) {
        if (!found.isEmpty()) {
            problems.add("%d %s, e.g. %s".formatted(found.size(), what, found.subList(0, Math.min(EXAMPLES, found.size()))));
        }
    }
}
