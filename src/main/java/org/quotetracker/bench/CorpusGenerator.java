package org.quotetracker.bench;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Realistic synthetic news pages for benchmarks: an outlet, section, headline, byline and dateline, then paragraphs
 * quoting two to four people in the attribution patterns the extractor handles ({@code “…,” said Title Name.},
 * {@code Name said: “…”}, {@code “…,” Surname said.}, pronouns, a paragraph of quotes after the reporter's sentence
 * naming the speaker). The same few hundred people recur with a skew, so that some have thousands of quotes spread
 * over years and timelines fill. Article {@code i} of a seed is always the same text, whatever else is generated.
 */
public final class CorpusGenerator {

    private static final String[] OUTLETS = {"Harbour Times", "Daily Ledger", "Northern Courier", "Capital Wire",
            "Evening Standard Post", "Valley Herald", "Coastal Gazette", "Morning Dispatch"};
    private static final String[] SECTIONS = {"POLITICS", "WORLD", "ECONOMY", "HEALTH", "CITY", "ENERGY"};
    private static final String[] CITIES = {"Oslo", "Brussels", "Geneva", "Madrid", "Vienna", "Lisbon", "Warsaw",
            "Ottawa", "Canberra", "Nairobi", "Santiago", "Helsinki"};
    private static final String[] AGENCIES = {"AFP", "Reuters", "AP"};
    private static final String[] REPORTERS = {"Ann Reporter", "Tom Field", "Lena Brook", "Mark Stone",
            "Ruth Hale", "Paul Greer"};
    private static final String[] FEMALE_NAMES = {"Anna", "Maria", "Laura", "Helen", "Sarah", "Julia", "Karen",
            "Emma", "Sofia", "Nina", "Clara", "Rachel"};
    private static final String[] MALE_NAMES = {"John", "Peter", "Michael", "David", "Thomas", "Daniel", "Robert",
            "Martin", "Henry", "Simon", "George", "Victor"};
    private static final String[] SURNAME_STARTS = {"Al", "Ber", "Cor", "Dal", "Esk", "Fen", "Gar", "Hal", "Isen",
            "Jor", "Kel", "Lind", "Mor", "Nor", "Ost", "Pel", "Quist", "Ros", "Sten", "Tor", "Ulv", "Vas", "Wes",
            "Yar", "Zel"};
    private static final String[] SURNAME_ENDS = {"berg", "son", "ova", "ski", "ley", "man", "ton", "ard", "ini",
            "holm", "ov", "sen"};
    private static final String[] TITLES = {"Foreign Minister", "Defense Minister", "Finance Minister",
            "Health Minister", "Prime Minister", "Senator", "Governor", "Mayor", "Interior Minister",
            "Trade Minister", "Energy Minister", "Education Minister"};
    private static final String[] SUBJECTS = {"We", "Our government", "The people of this country", "Nobody",
            "This agreement", "The council", "Every family", "Our partners"};
    private static final String[] MODALS = {"will", "must", "cannot", "should", "could", "would never", "might"};
    private static final String[] VERBS = {"protect", "rebuild", "defend", "review", "fund", "reform", "support",
            "reject", "expand", "delay", "finish", "explain"};
    private static final String[] OBJECTS = {"the budget", "our schools", "the new bridge", "the trade deal",
            "the northern border", "public health", "the pension system", "the energy grid", "the harbour project",
            "the rail line", "the housing plan", "the water supply", "local hospitals", "the tax reform"};
    private static final String[] TAILS = {"before the end of the year", "without delay", "whatever it costs",
            "for the next generation", "as long as it takes", "this winter", "in the coming months",
            "with or without their help", "step by step"};
    private static final String[] TOPICS = {"budget", "bridge", "border", "pension", "grid", "harbour", "rail",
            "housing", "water", "hospital", "tax", "school"};
    private static final DateTimeFormatter DATELINE_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
    private static final LocalDate FIRST_DAY = LocalDate.of(2018, 1, 1);
    private static final int DAYS = 8 * 365;
    private static final int PEOPLE = SURNAME_STARTS.length * SURNAME_ENDS.length;

    private final long seed;
    private final List<Newsmaker> people;

    public CorpusGenerator(long seed) {
        this.seed = seed;
        this.people = newsmakers(new Random(seed));
    }

    /** Article number {@code index} of this seed. */
    public GeneratedArticle article(int index) {
        Random random = new Random(seed * 1_000_003L + index);
        LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
        Set<Newsmaker> cast = new LinkedHashSet<>();
        int speakers = 2 + random.nextInt(3);
        while (cast.size() < speakers) {
            cast.add(popular(random));
        }
        List<Newsmaker> speaking = List.copyOf(cast);
        String topic = pick(random, TOPICS);
        StringBuilder text = new StringBuilder();
        Newsmaker lead = speaking.get(0);
        text.append(pick(random, OUTLETS)).append('\n')
                .append(pick(random, SECTIONS)).append('\n')
                .append(lead.title()).append(' ').append(lead.surname()).append(" speaks out on the ").append(topic)
                .append(" plan\n")
                .append("By ").append(pick(random, REPORTERS)).append('\n')
                .append(pick(random, CITIES)).append(" (").append(pick(random, AGENCIES)).append(") ")
                .append(DATELINE_DATE.format(day)).append("\n\n");
        String weekday = day.minusDays(1).getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        text.append("Officials met on ").append(weekday).append(" to discuss the ").append(topic)
                .append(" plan, which has divided the government for months.\n\n");
        List<GeneratedQuote> quotes = new ArrayList<>();
        for (int i = 0; i < speaking.size(); i++) {
            Newsmaker person = speaking.get(i);
            int quotesOfPerson = 1 + random.nextInt(3);
            for (int q = 0; q < quotesOfPerson; q++) {
                String words = words(random, topic);
                quotes.add(new GeneratedQuote(words, person.fullName()));
                text.append(paragraph(random, person, q, words, weekday)).append("\n\n");
            }
            if (i + 1 < speaking.size()) {
                text.append("The debate over the ").append(topic).append(" plan is expected to continue next week.\n\n");
            }
        }
        String name = "%07d_%s.txt".formatted(index, day);
        return new GeneratedArticle(name, text.toString(), quotes);
    }

    /** The q-th quote of a person in an article: introduced with title and full name first, then by surname or pronoun. */
    private static String paragraph(Random random, Newsmaker person, int q, String words, String weekday) {
        if (q == 0) {
            return switch (random.nextInt(3)) {
                case 0 -> "“" + words + ",” said " + person.title() + " " + person.fullName() + ".";
                case 1 -> person.title() + " " + person.fullName() + " said: “" + words + ".”";
                default -> person.title() + " " + person.fullName() + " spoke to reporters on " + weekday
                        + ".\n\n“" + words + ".”";
            };
        }
        return switch (random.nextInt(3)) {
            case 0 -> "“" + words + ",” " + person.surname() + " said.";
            case 1 -> "“" + words + ",” " + person.pronoun() + " added.";
            default -> person.surname() + " told reporters: “" + words + ".”";
        };
    }

    private static String words(Random random, String topic) {
        String sentence = pick(random, SUBJECTS) + " " + pick(random, MODALS) + " " + pick(random, VERBS) + " "
                + pick(random, OBJECTS) + " " + pick(random, TAILS);
        return random.nextBoolean() ? sentence
                : sentence + ". The " + topic + " plan is " + (random.nextBoolean() ? "not " : "") + "finished";
    }

    /** Skewed towards the first people: a few are quoted very often, most now and then. */
    private Newsmaker popular(Random random) {
        return people.get((int) (PEOPLE * Math.pow(random.nextDouble(), 3)));
    }

    private static List<Newsmaker> newsmakers(Random random) {
        List<Newsmaker> people = new ArrayList<>();
        for (String start : SURNAME_STARTS) {
            for (String end : SURNAME_ENDS) {
                boolean female = random.nextBoolean();
                people.add(new Newsmaker(pick(random, female ? FEMALE_NAMES : MALE_NAMES), start + end,
                        pick(random, TITLES), female));
            }
        }
        Collections.shuffle(people, random);
        return List.copyOf(people);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
