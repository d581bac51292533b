package org.quotetracker.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What went wrong in a scoring run, grouped so that the most frequent pattern - the next rule worth writing - comes
 * first: missed quotes by what follows them, wrong speakers by the kind given against the kind expected, false quotes
 * by length and attribution; each with counts along a few other facets.
 */
public record MissReport(List<Section> sections) {

    /** One kind of miss, its patterns most frequent first, and its counts by other facets. */
    public record Section(String title, int count, List<Group> groups, List<Facet> facets) {
    }

    public record Group(String pattern, List<Example> examples) {
    }

    public record Example(String file, String quote, String detail) {
    }

    /** Counts by one facet, most frequent first. */
    public record Facet(String name, Map<String, Integer> counts) {
    }

    private record Item<T>(T miss, String pattern) {
    }

    /** @param texts the article texts by base name, for context; files without text are grouped less finely */
    public static MissReport of(Scoring scoring, Map<String, String> texts) {
        return new MissReport(List.of(
                section("quotes missed", "by the shape around the quote", scoring.missed(),
                        m -> QuoteContext.shape(m.gold().text(), texts.get(m.file()), m.gold().start(), m.gold().end()),
                        m -> new Example(m.file(), m.gold().text(), m.gold().speaker() + ", " + QuoteContext.speakerPlace(m.gold(), texts.get(m.file()))),
                        Map.of("length", m -> QuoteContext.length(m.gold().text()),
                                "gold speaker", m -> QuoteContext.speakerPlace(m.gold(), texts.get(m.file())))),
                section("speakers wrong", "by kind given -> kind expected", scoring.wrongSpeakers(),
                        w -> kind(w.given().speaker(), w.given().speakerKind()) + " -> " + kind(w.gold().speaker(), w.gold().speakerKind()),
                        w -> new Example(w.file(), w.gold().text(), "expected " + w.gold().speaker() + ", given " + orNone(w.given().speaker())),
                        Map.of("method", w -> orNone(w.given().method()),
                                "expected speaker", w -> QuoteContext.speakerPlace(w.gold(), texts.get(w.file())))),
                section("false quotes", "by length and speaker", scoring.falseQuotes(),
                        f -> QuoteContext.length(f.given().text()) + ", " + (Words.isEmpty(f.given().speaker()) ? "no speaker" : "with speaker"),
                        f -> new Example(f.file(), f.given().text(), "given " + orNone(f.given().speaker())),
                        Map.of("method", f -> orNone(f.given().method()),
                                "shape", f -> QuoteContext.shape(f.given().text(), texts.get(f.file()), f.given().start(), f.given().end())))));
    }

    private static <T> Section section(String name, String groupedBy, List<T> misses, Function<T, String> pattern,
            Function<T, Example> example, Map<String, Function<T, String>> facets) {
        Map<String, List<Example>> groups = new LinkedHashMap<>();
        for (T miss : misses) {
            groups.computeIfAbsent(pattern.apply(miss), p -> new ArrayList<>()).add(example.apply(miss));
        }
        List<Group> sorted = groups.entrySet().stream()
                .map(e -> new Group(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt((Group g) -> -g.examples().size()).thenComparing(Group::pattern))
                .toList();
        List<Facet> counted = facets.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(f -> new Facet(f.getKey(), counts(misses, f.getValue())))
                .toList();
        return new Section(name + " (" + misses.size() + "), " + groupedBy, misses.size(), sorted, counted);
    }

    private static <T> Map<String, Integer> counts(List<T> misses, Function<T, String> facet) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        misses.forEach(m -> counts.merge(facet.apply(m), 1, Integer::sum));
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private static String kind(String speaker, String kind) {
        if (Words.isEmpty(speaker)) {
            return "none";
        }
        return kind == null ? "PERSON" : kind;
    }

    private static String orNone(String value) {
        return value == null ? "none" : value;
    }

    /**
     * The report as text.
     *
     * @param groups   how many patterns to show per section, the rest summed up in one line
     * @param examples how many examples to show per pattern
     */
    public List<String> lines(int groups, int examples) {
        List<String> lines = new ArrayList<>();
        for (Section section : sections) {
            if (section.count() == 0) {
                continue;
            }
            lines.add("");
            lines.add(section.title() + ":");
            section.groups().stream().limit(groups).forEach(g -> {
                lines.add("%6d  %s".formatted(g.examples().size(), g.pattern()));
                g.examples().stream().limit(examples).forEach(e ->
                        lines.add("          %s  \"%s\"  %s".formatted(e.file(), snippet(e.quote()), e.detail())));
            });
            List<Group> rest = section.groups().stream().skip(groups).toList();
            if (!rest.isEmpty()) {
                lines.add("%6d  in %d more patterns".formatted(rest.stream().mapToInt(g -> g.examples().size()).sum(), rest.size()));
            }
            for (Facet facet : section.facets()) {
                List<String> counts = facet.counts().entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").toList();
                lines.add("        by " + facet.name() + ": " + String.join(", ", counts));
            }
        }
        return lines;
    }

    private static String snippet(String quote) {
        String flat = quote == null ? "" : quote.replaceAll("\\s+", " ").strip();
        return flat.length() <= 60 ? flat : flat.substring(0, 59) + "…";
    }
}
