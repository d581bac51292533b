package org.quotetracker.extraction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Facts about a candidate from the paragraphs around a quote: who the quote's paragraph is about (the entity it names
 * first, the subject of its first sentence, the one it names most before the quote), and who spoke in it or in the
 * paragraph before. A pronoun or a quote-only paragraph most often goes back to the person the passage is about, who
 * is not always the last name mentioned.
 */
final class Paragraphs {

    private final Referent first;
    private final Set<Referent> openingSubjects;
    private final Referent topic;
    private final Set<Referent> speakersHere;
    private final Set<Referent> speakersBefore;
    private final Referent previousParagraphFirst;

    /** The candidates of the pronoun's gender (or, with no pronoun, those that look like people), the latest named first. */
    private List<Referent> agreeingByRecency = List.of();
    /** The latest clause subject among them. */
    private Referent lastAgreeingSubject;

    private Paragraphs(Referent first, Set<Referent> openingSubjects, Referent topic, Set<Referent> speakersHere, Set<Referent> speakersBefore,
                       Referent previousParagraphFirst) {
        this.first = first;
        this.openingSubjects = openingSubjects;
        this.topic = topic;
        this.speakersHere = speakersHere;
        this.speakersBefore = speakersBefore;
        this.previousParagraphFirst = previousParagraphFirst;
    }

    static Paragraphs around(QuoteSite site, ArticleLog log, java.util.function.Function<Referent, Gender> gender) {
        Sentence s = site.sentence();
        int start = log.firstSentenceOf(s.paragraph());
        Referent first = null;
        Map<Referent, Integer> count = new LinkedHashMap<>();
        Set<Referent> speakersHere = new java.util.LinkedHashSet<>();
        for (int i = start; i <= s.index(); i++) {
            for (Referent e : log.named(i)) {
                first = first == null ? e : first;
                count.merge(e, 1, Integer::sum);
                if (i < s.index() && log.isSpeaker(i, e)) {
                    speakersHere.add(e);
                }
            }
        }
        Referent topic = count.entrySet().stream().filter(x -> x.getValue() > 1).max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(null);
        Set<Referent> openingSubjects = new java.util.LinkedHashSet<>();
        for (Referent e : log.named(start)) {
            if (log.isSubject(start, e)) {
                openingSubjects.add(e);
            }
        }
        Set<Referent> speakersBefore = new java.util.LinkedHashSet<>();
        Referent previousFirst = null;
        int previousStart = start > 0 ? log.firstSentenceOf(log.sentence(start - 1).paragraph()) : start;
        for (int i = previousStart; i < start; i++) {
            if (log.sentence(i).story() != s.story()) {
                continue;
            }
            for (Referent e : log.named(i)) {
                previousFirst = previousFirst == null ? e : previousFirst;
                if (log.isSpeaker(i, e)) {
                    speakersBefore.add(e);
                }
            }
        }
        Paragraphs p = new Paragraphs(first, openingSubjects, topic, speakersHere, speakersBefore, previousFirst);
        int from = log.firstSentenceOf(s.paragraph() - 3);
        List<Referent> agreeing = new java.util.ArrayList<>();
        for (int i = s.index(); i >= from; i--) {
            if (log.sentence(i).story() != s.story()) {
                continue;
            }
            List<Referent> named = new java.util.ArrayList<>(log.named(i));
            java.util.Collections.reverse(named); // the latest named in the sentence first
            for (Referent e : named) {
                if (agrees(site.pronoun(), e, gender.apply(e)) && !agreeing.contains(e)) {
                    agreeing.add(e);
                }
                if (p.lastAgreeingSubject == null && log.isSubject(i, e) && agrees(site.pronoun(), e, gender.apply(e))) {
                    p.lastAgreeingSubject = e;
                }
            }
        }
        p.agreeingByRecency = agreeing;
        return p;
    }

    /** Whether the pronoun can stand for the entity; with no pronoun, whether it looks like a person. */
    static boolean agrees(String pronoun, Referent e, Gender gender) {
        if (pronoun == null) {
            return MentionType.looksLikeAPerson(e);
        }
        boolean single = !Candidates.isJoint(e);
        return switch (pronoun) {
            case "he" -> single && (gender == Gender.M || gender == Gender.UNKNOWN && MentionType.looksLikeAPerson(e));
            case "she" -> single && (gender == Gender.F || gender == Gender.UNKNOWN && MentionType.looksLikeAPerson(e));
            default -> true;
        };
    }

    List<String> facts(Referent e) {
        List<String> f = new java.util.ArrayList<>();
        int rank = agreeingByRecency.indexOf(e);
        if (rank >= 0) {
            f.add("nearest-agreeing=" + Math.min(rank, 2));
        }
        if (e == lastAgreeingSubject) {
            f.add("last-agreeing-subject");
        }
        if (e == first) {
            f.add("paragraph-first");
        }
        if (openingSubjects.contains(e)) {
            f.add("paragraph-opening-subject");
        }
        if (e == topic) {
            f.add("paragraph-topic");
        }
        if (speakersHere.contains(e)) {
            f.add("spoke-in-paragraph");
        }
        if (speakersBefore.contains(e)) {
            f.add("spoke-in-previous-paragraph");
        }
        if (e == previousParagraphFirst) {
            f.add("previous-paragraph-first");
        }
        return f;
    }
}
