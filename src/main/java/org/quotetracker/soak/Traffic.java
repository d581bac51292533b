package org.quotetracker.soak;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.quotetracker.bench.CorpusGenerator;
import org.quotetracker.bench.GeneratedArticle;
import org.quotetracker.bench.GeneratedQuote;
import org.quotetracker.soak.SoakClient.Failed;
import tools.jackson.databind.JsonNode;

/**
 * The soak's requests: what a newsroom does all day, in proportions that make reads the larger part. Each kind is one
 * request except {@link Kind#BURST}: several writers storing, at the same moment, different articles that quote the
 * same new name, which must end as one person.
 */
final class Traffic {

    enum Kind {
        SPEAKER_PAGE(22, 1), PERSON_PAGE(10, 1), TEXT_SEARCH(10, 1), PEOPLE_SEARCH(6, 1), INGEST(24, 1),
        BURST(2, Traffic.BURST_WRITERS), CORRECTION(8, 1), DELETE(4, 1), EXPORT_CSV(4, 1), EXPORT_JSONL(4, 1);

        final int weight;
        final int requests;

        Kind(int weight, int requests) {
            this.weight = weight;
            this.requests = requests;
        }
    }

    static final int BURST_WRITERS = 4;
    private static final int TOTAL_WEIGHT = java.util.Arrays.stream(Kind.values()).mapToInt(k -> k.weight).sum();
    private static final int SPEAKERS_KEPT = 400;
    private static final String[] FIRST_NAMES = {"Ilvana", "Borek", "Tamsin", "Odile", "Radomir", "Yelena", "Casimir",
            "Ingrid", "Lucian", "Marisol", "Anselm", "Petra"};
    private static final String[] SYLLABLES = {"bro", "ste", "kva", "dim", "lor", "zan", "tre", "vul", "mok", "pra",
            "gel", "nith", "sor", "bax", "quel", "run"};
    private static final String[] TITLES = {"Mayor", "Senator", "Governor", "Finance Minister", "Health Minister"};
    private static final String[] VERBS = {"review", "fund", "rebuild", "delay", "protect", "reject"};
    private static final String[] OBJECTS = {"the ferry line", "the night trains", "the flood barrier", "the new clinic",
            "the grain silos", "the wind farm"};
    private static final String[] WORDS = {"budget", "harbour", "border", "pension", "grid", "rail", "housing",
            "water supply", "tax reform", "the bridge"};
    private static final String[] OUTLETS = {"Soak Herald", "Soak Courier", "Soak Wire"};

    private static final String INGEST_MUTATION = """
            mutation SoakIngest($input: IngestArticleInput!) {
              ingestArticle(input: $input) { created article { id } quotes { id speaker { name } } }
            }""";
    private static final String SPEAKER_PAGE = """
            query SoakSpeakerPage($speaker: String!, $after: String) {
              quotes(filter: {speaker: $speaker}, first: 20, after: $after) {
                totalCount
                nodes { id text saidOn role partial speaker { id name } article { id headline outlet publishedOn } }
                pageInfo { hasNextPage endCursor }
              }
            }""";
    private static final String PERSON_PAGE = """
            query SoakPersonPage($name: String!) {
              people(search: $name, first: 1) {
                nodes {
                  id name kind aliases ambiguous
                  roles { title firstSeen lastSeen }
                  timeline(granularity: YEAR) { start count }
                  quotes(first: 10) { totalCount nodes { id text saidOn article { headline } } }
                }
              }
            }""";
    private static final String TEXT_SEARCH = """
            query SoakTextSearch($text: String!) {
              quotes(filter: {text: $text}, first: 20) { totalCount nodes { id text speaker { name } } }
            }""";
    private static final String PEOPLE_SEARCH = """
            query SoakPeopleSearch($search: String!) {
              people(search: $search, first: 10) { nodes { id name quoteCount } }
            }""";
    private static final String CORRECTION = """
            mutation SoakCorrection($quote: ID!, $name: String!, $role: String) {
              correctAttribution(quoteId: $quote, speakerName: $name, role: $role) { id speaker { name } }
            }""";
    private static final String DELETE = "mutation SoakDelete($id: ID!) { deleteArticle(id: $id) }";

    private final SoakClient client;
    private final Ledger ledger;
    private final long seed;
    private final CorpusGenerator generator;
    private final ExecutorService burstThreads;
    private final AtomicInteger articleNumber = new AtomicInteger();
    private final AtomicInteger burstNumber = new AtomicInteger();
    private final AtomicInteger alreadyStored = new AtomicInteger();
    private final List<String> speakers = new CopyOnWriteArrayList<>();
    private final Set<String> namesGiven = new HashSet<>();

    Traffic(SoakClient client, Ledger ledger, long seed, ExecutorService burstThreads) {
        this.client = client;
        this.ledger = ledger;
        this.seed = seed;
        this.generator = new CorpusGenerator(seed);
        this.burstThreads = burstThreads;
    }

    Kind pick(Random random) {
        int r = random.nextInt(TOTAL_WEIGHT);
        for (Kind kind : Kind.values()) {
            r -= kind.weight;
            if (r < 0) {
                return kind;
            }
        }
        throw new AssertionError();
    }

    /** Runs one request of the kind (a burst: its writers at once); a failure is already counted in the tally. */
    void run(Kind kind) throws InterruptedException {
        try {
            switch (kind) {
                case SPEAKER_PAGE -> speakerPage();
                case PERSON_PAGE -> client.graphql("person page", PERSON_PAGE, Map.of("name", speaker()));
                case TEXT_SEARCH -> client.graphql("text search", TEXT_SEARCH, Map.of("text", pick(WORDS)));
                case PEOPLE_SEARCH -> client.graphql("people search", PEOPLE_SEARCH, Map.of("search", surnameOf(speaker())));
                case INGEST -> ingest();
                case BURST -> burst();
                case CORRECTION -> correction();
                case DELETE -> delete();
                case EXPORT_CSV -> client.lines("export csv", "/export/quotes.csv?speaker=" + query(speaker()), line -> { });
                case EXPORT_JSONL -> client.lines("export jsonl", "/export/quotes.jsonl?speaker=" + query(speaker())
                        + "&from=2020-01-01", line -> { });
            }
        } catch (Failed e) {
            // counted in the tally; nothing is acknowledged
        }
    }

    int alreadyStored() {
        return alreadyStored.get();
    }

    private void speakerPage() throws Failed, InterruptedException {
        String speaker = speaker();
        JsonNode page = client.graphql("speaker page", SPEAKER_PAGE, variables("speaker", speaker, "after", null));
        JsonNode info = page.path("quotes").path("pageInfo");
        if (info.path("hasNextPage").asBoolean() && ThreadLocalRandom.current().nextInt(4) == 0) {
            client.graphql("speaker page", SPEAKER_PAGE, variables("speaker", speaker, "after", info.path("endCursor").asString()));
        }
    }

    private void ingest() throws Failed, InterruptedException {
        int number = articleNumber.getAndIncrement();
        GeneratedArticle article = generator.article(number);
        for (GeneratedQuote quote : article.quotes()) {
            if (speakers.size() < SPEAKERS_KEPT && !speakers.contains(quote.speaker())) {
                speakers.add(quote.speaker());
            }
        }
        store("ingest", article.text(), "https://soak.invalid/" + seed + "/" + number);
    }

    /** Several writers at the same moment, each a different article quoting the same new person with the same words. */
    private void burst() throws InterruptedException {
        int number = burstNumber.getAndIncrement();
        Random random = new Random(seed * 31 + number);
        String first = pick(random, FIRST_NAMES);
        String surname = newSurname(random);
        String title = pick(random, TITLES);
        String shared = "We will " + pick(random, VERBS) + " " + pick(random, OBJECTS) + " before the " + number
                + " deadline";
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Void>> writers = new ArrayList<>();
        for (int w = 0; w < BURST_WRITERS; w++) {
            String text = burstArticle(random, number, w, first + " " + surname, surname, title, shared);
            String url = "https://soak.invalid/" + seed + "/burst-" + number + "-" + w;
            writers.add(CompletableFuture.runAsync(() -> {
                try {
                    start.await();
                    store("burst ingest", text, url);
                } catch (Failed e) {
                    // counted
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, burstThreads));
        }
        ledger.introduced(first + " " + surname);
        start.countDown();
        CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).join();
    }

    private static String burstArticle(Random random, int number, int writer, String name, String surname, String title,
                                       String shared) {
        String own = "Nobody will " + pick(random, VERBS) + " " + pick(random, OBJECTS) + " in week " + (writer + 1)
                + " of plan " + number;
        return """
                %s
                POLITICS
                %s %s speaks on plan %d
                By Ann Reporter
                Oslo (AFP) March %d, 2025

                Officials met on Monday to discuss plan %d, which has divided the council for months.

                “%s,” said %s %s.

                “%s,” %s said.
                """.formatted(OUTLETS[writer % OUTLETS.length], title, surname, number, 1 + writer, number, shared,
                title, name, own, surname);
    }

    private void store(String kind, String text, String url) throws Failed, InterruptedException {
        JsonNode payload = client.graphql(kind, INGEST_MUTATION,
                Map.of("input", Map.of("text", text, "url", url))).path("ingestArticle");
        if (!payload.path("created").asBoolean()) {
            alreadyStored.incrementAndGet();
            return;
        }
        Set<Long> quoteIds = new HashSet<>();
        for (JsonNode quote : payload.path("quotes")) {
            quoteIds.add(Long.parseLong(quote.path("id").asString()));
            String name = quote.path("speaker").path("name").asString();
            if (speakers.size() < SPEAKERS_KEPT && !speakers.contains(name)) {
                speakers.add(name);
            }
        }
        long id = Long.parseLong(payload.path("article").path("id").asString());
        ledger.stored(new Ledger.Stored(id, url, Set.copyOf(quoteIds), new java.util.concurrent.ConcurrentHashMap<>()));
    }

    /** Half the time a name new to the database (a person is created), else someone already quoted. */
    private void correction() throws Failed, InterruptedException {
        Optional<Ledger.Stored> claimed = ledger.claim();
        if (claimed.isEmpty()) {
            return;
        }
        Ledger.Stored article = claimed.get();
        try {
            if (article.quoteIds().isEmpty()) {
                return;
            }
            List<Long> quotes = new ArrayList<>(article.quoteIds());
            long quote = quotes.get(ThreadLocalRandom.current().nextInt(quotes.size()));
            boolean newName = ThreadLocalRandom.current().nextBoolean();
            String name = newName ? pick(FIRST_NAMES) + " " + newSurname(ThreadLocalRandom.current()) : speaker();
            JsonNode corrected;
            try {
                corrected = client.graphql("correction", CORRECTION,
                        variables("quote", Long.toString(quote), "name", name, "role", pick(TITLES))).path("correctAttribution");
            } catch (Failed e) {
                // Whether it was applied is unknown: the final check accepts either speaker.
                article.correctedSpeakers().put(quote, Ledger.EITHER);
                throw e;
            }
            article.correctedSpeakers().put(quote, corrected.path("speaker").path("name").asString());
            if (newName) {
                ledger.introduced(name);
            }
        } finally {
            ledger.release(article);
        }
    }

    private void delete() throws Failed, InterruptedException {
        Optional<Ledger.Stored> claimed = ledger.claim();
        if (claimed.isEmpty()) {
            return;
        }
        try {
            client.graphql("delete", DELETE, Map.of("id", Long.toString(claimed.get().id())));
        } catch (Failed e) {
            // Whether it went is unknown; the final check must not count on either, so the article is left claimed.
            ledger.unsure(claimed.get());
            throw e;
        }
        ledger.deleted(claimed.get());
    }

    private synchronized String newSurname(Random random) {
        while (true) {
            String surname = pick(random, SYLLABLES) + pick(random, SYLLABLES) + pick(random, SYLLABLES)
                    + pick(random, SYLLABLES);
            surname = Character.toUpperCase(surname.charAt(0)) + surname.substring(1);
            if (namesGiven.add(surname)) {
                return surname;
            }
        }
    }

    private String speaker() {
        if (speakers.isEmpty()) {
            return "Peskov";
        }
        return speakers.get(ThreadLocalRandom.current().nextInt(speakers.size()));
    }

    private static String surnameOf(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    private static String query(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Map<String, Object> variables(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(k1, v1);
        variables.put(k2, v2);
        return variables;
    }

    private static Map<String, Object> variables(String k1, Object v1, String k2, Object v2, String k3, Object v3) {
        Map<String, Object> variables = variables(k1, v1, k2, v2);
        variables.put(k3, v3);
        return variables;
    }

    private static String pick(String[] choices) {
        return choices[ThreadLocalRandom.current().nextInt(choices.length)];
    }

    private static String pick(Random random, String[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
