package org.quotetracker.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Candidate generation and the facts of each (quote, candidate) pair: every person, institution and description the
 * article names in a window around the quote (three paragraphs back to the sentence after it), plus whoever the rules
 * chose. Facts are feature names, read in the context of the rule that reached the quote (see {@link Candidate#features}).
 */
final class Candidates {

    /** Paragraphs before the quote's own in which a mention still makes a candidate. */
    private static final int PARAGRAPHS_BACK = 3;

    /*
     * The names of the counted facts, made once: every fact of every candidate of every quote was a new string before.
     * Indexed by a bucket (0, 1, 2, 3-5, 6+), a rank (0 to 3) or, for the sentence back, 0 to 2 or the opening clause.
     */
    private static final String[] BUCKETS = {"0", "1", "2", "3-5", "6+"};
    private static final String[] SENTENCES_BACK = named("sentences-back=", BUCKETS);
    private static final String[] PARAGRAPHS_BACK_FACT = named("paragraphs-back=", BUCKETS);
    private static final String[] MENTIONS = named("mentions=", BUCKETS);
    private static final String[] QUOTE_WORDS = named("quote-words=", BUCKETS);
    private static final String[] RECENCY = named("recency=", "0", "1", "2", "3");
    private static final String[] FREQUENCY = named("frequency=", "0", "1", "2", "3");
    private static final String[] STORY_SALIENCE = named("story-salience=", "0", "1", "2", "3");
    /** For a "he said" quote that itself talks of a "he": the candidate's story salience, then the facts it is joined with. */
    private static final String[] TALKS_OF_SALIENCE = named("quote-talks-of-agreeing&story-salience=", "0", "1", "2", "3", "none");
    private static final java.util.Map<String, String> TALKS_OF_JOINED = java.util.Map.of(
            "rule", "quote-talks-of-agreeing&rule",
            "last-agreeing-subject", "quote-talks-of-agreeing&last-agreeing-subject",
            "spoke-previous", "quote-talks-of-agreeing&spoke-previous");
    private static final int OPENING_CLAUSE = 3;
    private static final String[] SUBJECT = named("subject-", "0", "1", "2", "opening-clause");
    private static final String[] SPEAKER = named("speaker-", "0", "1", "2", "opening-clause");
    private static final String[] RESOLVED_SUBJECT = named("resolved-subject-", "0", "1", "2");
    private static final String[] RESOLVED_SPEAKER = named("resolved-speaker-", "0", "1", "2");
    private static final String[] KIND = java.util.Arrays.stream(SpeakerKind.values()).map(k -> "kind=" + k).toArray(String[]::new);
    private static final String[] TYPE = java.util.Arrays.stream(MentionType.values()).map(t -> "type=" + t).toArray(String[]::new);
    private static final String[] QUESTION_TYPE = java.util.Arrays.stream(MentionType.values()).map(t -> "question&type=" + t).toArray(String[]::new);
    private static final String[] NO_PRONOUN_TYPE = java.util.Arrays.stream(MentionType.values()).map(t -> "no-pronoun&type=" + t).toArray(String[]::new);

    private static String[] named(String prefix, String... values) {
        return java.util.Arrays.stream(values).map(v -> prefix + v).toArray(String[]::new);
    }

    private Candidates() {
    }

    /**
     * The candidates of a quote with their facts. {@code previousAsked}: the quote decided before this one was a question;
     * {@code asks}: this one is.
     */
    static List<Candidate> around(QuoteSite site, boolean previousAsked, boolean asks, ArticleLog log) {
        Sentence s = site.sentence();
        int from = log.firstSentenceOf(s.paragraph() - PARAGRAPHS_BACK);
        int to = Math.min(log.size() - 1, s.index() + 1);
        Set<Referent> entities = new LinkedHashSet<>();
        if (site.rule() != null) {
            entities.add(site.rule().speaker());
        }
        Map<Referent, Integer> latest = new LinkedHashMap<>();
        Map<Referent, Integer> count = new LinkedHashMap<>();
        for (int i = from; i <= to; i++) {
            if (log.sentence(i).story() != s.story()) {
                continue;
            }
            for (Referent e : log.named(i)) {
                entities.add(e);
                count.merge(e, 1, Integer::sum);
                if (i <= s.index()) {
                    latest.put(e, i);
                }
            }
        }
        // a person the story goes on calling by title or pronoun ("the senior adviser said", "she said") after the last
        // paragraph that names them is still about: a candidate, with a fact of its own (the reading's guess is not the
        // text's word, so it is no named mention), and never for the quote's own sentence, which is the guess itself
        Set<Referent> resolvedInWindow = new LinkedHashSet<>(); // in the order the sentences resolve them
        for (int i = from; i < s.index(); i++) {
            if (log.sentence(i).story() == s.story()) {
                resolvedInWindow.addAll(log.resolvedSubjects(i));
                resolvedInWindow.addAll(log.resolvedSpeakers(i));
            }
        }
        entities.addAll(resolvedInWindow);
        // how much the story so far is about each entity: "he" is most often the person the passage is about
        Map<Referent, Integer> salience = log.salience(s.index(), s.story());
        List<Referent> bySalience = new ArrayList<>(salience.keySet());
        bySalience.sort(Comparator.comparingInt((Referent e) -> salience.get(e)).reversed());
        List<Referent> byRecency = new ArrayList<>(latest.keySet());
        byRecency.sort(Comparator.comparingInt((Referent e) -> latest.get(e)).reversed());
        List<Referent> byCount = new ArrayList<>(count.keySet());
        byCount.sort(Comparator.comparingInt((Referent e) -> count.get(e)).reversed());
        // a gender the name does not give may be given by the text ("Fiorina ... her qualifications")
        Map<Referent, Gender> genders = new java.util.HashMap<>();
        for (Referent e : entities) {
            genders.put(e, e.gender != Gender.UNKNOWN || e.kind != SpeakerKind.PERSON ? e.gender : log.genderInText(e, s.index() - 1));
        }
        Paragraphs paragraphs = Paragraphs.around(site, log, e -> genders.getOrDefault(e, e.gender));
        String context = site.rule() == null ? "none" : site.rule().method().code();
        Set<Referent> subjectsSince = subjectsSincePreviousQuote(site, log, from);
        List<String> addressed = addressedByPronounVerb(site);
        List<String> underPronoun = namedUnderPronoun(site, log);
        List<String> askedBefore = askedInSentenceBefore(site, log);
        boolean talksOfAgreeing = quoteTalksOfAgreeingPerson(site);
        List<Candidate> candidates = new ArrayList<>();
        // "a US official said" makes a new anonymous entity at each mention: one candidate per name and kind, the
        // first (the rule's own when it has one), so that namesakes do not split its probability
        Set<Map.Entry<SpeakerKind, String>> seen = new java.util.HashSet<>();
        for (Referent e : entities) {
            if (!seen.add(Map.entry(e.kind, e.name()))) {
                continue;
            }
            MentionType type = MentionType.of(e);
            boolean proposed = site.rule() != null && site.rule().speaker() == e;
            if (type == MentionType.OTHER || type == MentionType.PLACE && !proposed) {
                continue; // "Va.", "Reporting": no one; a place speaks only when a speech verb makes it ("Russia said")
            }
            // "Holt and Reed said": the log names the two people, seldom the pair, so a pair stands as close as its
            // nearest member and is named as often as its most named one, or it loses to either of them
            List<Referent> members = isJoint(e) ? members(e, count.keySet()) : List.of();
            Integer near = latest.get(e);
            int recencyRank = byRecency.indexOf(e);
            int countRank = byCount.indexOf(e);
            int mentions = count.getOrDefault(e, 0);
            for (Referent m : members) {
                Integer at = latest.get(m);
                if (at != null && (near == null || at > near)) {
                    near = at;
                }
                int r = byRecency.indexOf(m);
                recencyRank = r >= 0 && (recencyRank < 0 || r < recencyRank) ? r : recencyRank;
                int c = byCount.indexOf(m);
                countRank = c >= 0 && (countRank < 0 || c < countRank) ? c : countRank;
                mentions = Math.max(mentions, count.get(m));
            }
            List<String> facts = facts(site, log, e, members, near, recencyRank, countRank, mentions,
                    bySalience.indexOf(e), paragraphs, genders.get(e));
            if (!count.containsKey(e) && resolvedInWindow.contains(e)) {
                facts.add("resolved-in-window"); // named nowhere in the window, but called by title or pronoun in it
            }
            if (site.previousSpeaker() == e && (previousAsked || asks)) {
                // "“It opens in October,” Reed said. / “Before the election?”": in an exchange a question is often someone
                // else's (an interviewer's); after a rhetorical one ("Who pays? …") the speaker goes on. The ranker weighs which
                facts.add("spoke-previous&" + (previousAsked ? "after-question" : "after-statement") + "&" + (asks ? "question" : "statement"));
            }
            if (("he".equals(site.pronoun()) || "she".equals(site.pronoun())) && site.rule() != null && site.rule().speaker() == e
                    && e.kind == SpeakerKind.PERSON && !isJoint(e) && genders.get(e) == Gender.UNKNOWN) {
                // "Obama … “…,” she said": the reading took the pronoun for a name whose sex neither the name nor the
                // text gives, which agrees with any pronoun and so often wins where someone known to agree was meant
                facts.add("rule&gender=UNKNOWN");
            }
            if (isUnknownGenderSubjectOverRule(site, log, e, genders.get(e))) {
                facts.add("unknown-gender-subject-1-over-rule");
            }
            if (talksOfAgreeing && Paragraphs.agrees(site.pronoun(), e, genders.get(e)) && e.kind == SpeakerKind.PERSON) {
                // "“He's not just talking. He'll do the work,” he said": a speaker who talks of someone of their own
                // gender is seldom that someone, most often the person the story is about
                int rank = bySalience.indexOf(e);
                facts.add(TALKS_OF_SALIENCE[rank < 0 ? 4 : Math.min(rank, 3)]);
                for (int i = 0, n = facts.size(); i < n; i++) {
                    String joined = TALKS_OF_JOINED.get(facts.get(i));
                    if (joined != null) {
                        facts.add(joined);
                    }
                }
            }
            if (introducedWithApposition(site, log, e, salience.getOrDefault(e, 0))) {
                facts.add("introduced-with-apposition-1");
            }
            if (!askedBefore.isEmpty() && e.kind == SpeakerKind.PERSON && askedBefore.stream().anyMatch(e::answersTo)) {
                // "Hale then asked Ruiz which states he could win. / “…,” he said": the answer is the one asked's
                facts.add(asks ? "asked-1&question" : "asked-1&statement");
            }
            if (!addressed.isEmpty() && addressed.stream().anyMatch(e::answersTo)) {
                facts.add("addressed-by-pronoun-verb");
            }
            if (!underPronoun.isEmpty() && e.kind == SpeakerKind.PERSON && Paragraphs.agrees(site.pronoun(), e, genders.get(e))
                    && underPronoun.stream().anyMatch(e::answersTo)) {
                // "He declared that as long as the field stays divided, Trump would win": a "he" is never a name in its
                // own clause after it, and the "he" next to the quote is most often the quote's
                facts.add("named-under-pronoun");
            }
            if (asks) {
                facts.add(QUESTION_TYPE[MentionType.of(e).ordinal()]);
            }
            if (subjectsSince != null) {
                if (e == site.previousSpeaker()) {
                    boolean displaced = subjectsSince.stream().anyMatch(x -> x != e);
                    facts.add(displaced ? "spoke-previous&other-subject-since" : "spoke-previous&no-other-subject-since");
                } else if (subjectsSince.contains(e)) {
                    facts.add("subject-since-previous-quote");
                }
            }
            candidates.add(new Candidate(e, context, facts));
        }
        return candidates;
    }

    /**
     * The people named as a clause subject between the previous quote's sentence (where its speaker was last given a
     * quote in the window) and this quote's: a new subject between two quotes shifts the topic, and the next "he said"
     * or quote-only paragraph tends to follow it ("“…,” Ruiz said. / Vance disagreed. / “…,” he said."). Null when
     * the previous speaker spoke nowhere in the window.
     */
    private static Set<Referent> subjectsSincePreviousQuote(QuoteSite site, ArticleLog log, int from) {
        Referent previous = site.previousSpeaker();
        Sentence s = site.sentence();
        int previousAt = -1;
        for (int i = s.index() - 1; previous != null && i >= from; i--) {
            if (log.isSpeaker(i, previous) || log.isResolvedSpeaker(i, previous)) {
                previousAt = i;
                break;
            }
        }
        if (previousAt < 0) {
            return null;
        }
        Set<Referent> since = new java.util.HashSet<>();
        for (int i = previousAt + 1; i < s.index(); i++) {
            for (Referent e : log.named(i)) {
                if (e.kind == SpeakerKind.PERSON && log.isSubject(i, e)) {
                    since.add(e);
                }
            }
        }
        return since;
    }

    private static List<String> facts(QuoteSite site, ArticleLog log, Referent e, List<Referent> members, Integer latest, int recencyRank,
                                      int countRank, int count,
                                      int salienceRank, Paragraphs paragraphs, Gender gender) {
        Sentence s = site.sentence();
        int at = s.index();
        List<String> f = new ArrayList<>();
        boolean rule = site.rule() != null && site.rule().speaker() == e;
        if (rule) {
            f.add("rule");
        }
        f.add(KIND[e.kind.ordinal()]);
        MentionType type = MentionType.of(e);
        f.add(TYPE[type.ordinal()]);
        boolean agrees = false;
        if (site.pronoun() != null) {
            f.add(pronounAgreement(site.pronoun(), e, type, gender));
            agrees = Paragraphs.agrees(site.pronoun(), e, gender);
        } else {
            f.add(NO_PRONOUN_TYPE[type.ordinal()]);
        }
        if (MentionType.looksLikeAPerson(e)) {
            f.add("person-like");
        }
        if (type == MentionType.PERSON && e.kind == SpeakerKind.PERSON && e.gender == Gender.UNKNOWN && e.title == null
                && e.words().size() == 1 && log.writesInLowerCase(e.name())) {
            f.add("common-word-name"); // "Just", "Section" opening a sentence: the article writes "just", "section" too
        }
        if (type == MentionType.PERSON && e.kind == SpeakerKind.PERSON && e.isNamedOnlyOpeningSentences()) {
            f.add("opening-word-name"); // "Signs of a shift were there": a capital no other place in the story gives it
        }
        if (e.kind == SpeakerKind.ANONYMOUS && !Discourse.describesPeople(e)) {
            f.add("describes-no-person"); // "a floor fight", "a Senate race by ten points": no one who could speak
        }
        if (e.isNamedOnlyAsAThing()) {
            f.add("named-as-a-thing"); // "the Harbor Gazette": a name people are not given
        }
        if (gender != e.gender) {
            f.add("gender-from-text");
        }
        if (isJoint(e)) {
            f.add("plural");
        }
        if (latest == null) {
            f.add(log.isNamed(at + 1, e) ? "only-after" : "not-in-window");
        } else {
            f.add(SENTENCES_BACK[bucket(at - latest)]);
            f.add(PARAGRAPHS_BACK_FACT[bucket(s.paragraph() - log.sentence(latest).paragraph())]);
        }
        // "After Baker criticized the plan, Adams shot back, “…”": Baker is the subject of a speech verb of this
        // sentence, but of its opening clause, which does not govern the quote
        boolean openingClauseOnly = namedOnlyInOpeningClause(site, e);
        for (int back = 0; back <= 2; back++) {
            if (at - back >= 0 && log.sentence(at - back).story() == s.story()) {
                int where = back == 0 && openingClauseOnly ? OPENING_CLAUSE : back;
                int i = at - back;
                // the pair is the subject where the log marks each of its members so ("Holt and Reed said"), not where
                // one of them is alone
                boolean pair = members.size() > 1;
                if (log.isSubject(i, e) || pair && members.stream().allMatch(m -> log.isSubject(i, m))) {
                    f.add(SUBJECT[where]);
                }
                if (log.isSpeaker(i, e) || pair && members.stream().allMatch(m -> log.isSpeaker(i, m))) {
                    f.add(SPEAKER[where]);
                }
                if (log.isResolvedSubject(at - back, e)) {
                    f.add(RESOLVED_SUBJECT[back]);
                }
                if (log.isResolvedSpeaker(at - back, e)) {
                    f.add(RESOLVED_SPEAKER[back]);
                }
            }
        }
        if (log.isNamed(at + 1, e)) {
            f.add("named-next");
            if (log.isSpeaker(at + 1, e)) {
                f.add("speaker-next");
            }
        }
        if (site.previousSpeaker() == e) {
            f.add("spoke-previous");
            if (s.isQuoteOnly()) {
                f.add("spoke-previous&quote-only");
            }
            if (at > 0 && log.sentence(at - 1).story() == s.story() && log.isResolvedSpeaker(at - 1, e)) {
                // "“…,” said the senior adviser. “…”": the previous speaker is also whom the reading took the sentence
                // before's `he` or description for, so the chain and the reading agree
                f.add("spoke-previous&resolved-speaker-1");
            }
        }
        if (recencyRank >= 0) {
            f.add(RECENCY[Math.min(recencyRank, 3)]);
        }
        if (countRank >= 0) {
            f.add(FREQUENCY[Math.min(countRank, 3)]);
        }
        f.add(MENTIONS[bucket(count)]);
        f.add(salienceRank < 0 ? "story-salience=none" : STORY_SALIENCE[Math.min(salienceRank, 3)]);
        if (e.words().size() > 1) {
            f.add("multi-word");
        }
        if (e.title != null) {
            f.add("titled");
        }
        if (s.isQuoteOnly()) {
            f.add(rule ? "quote-only&rule" : "quote-only");
        }
        if (s.first()) {
            f.add(rule ? "first-sentence&rule" : "first-sentence");
        }
        f.add(QUOTE_WORDS[bucket(site.words() / 4)]);
        f.addAll(paragraphs.facts(e));
        if (openingClauseOnly) {
            f.add("opening-clause-only");
        }
        if (namedRightBeforeQuote(site, e)) {
            f.add("named-right-before-quote"); // "Biden “kind of misspoke,”", "called Ames “a fraud”": talked of, not talking
        }
        if (isPassiveAddressee(site, e)) {
            f.add("passive-addressee"); // "Reed was asked, “…?”": the question is the interviewer's
        }
        String asClause = asClause(site, e);
        if (asClause != null) {
            f.add(asClause);
        }
        if (quoteNames(site, e)) {
            f.add("quote-names-it"); // "“Smith is wrong,” he said": people seldom name themselves in what they say
        }
        if (agrees) {
            // what makes a referent likely holds only for candidates the pronoun can stand for
            for (int i = 0, n = f.size(); i < n; i++) {
                String conjoined = AGREEING.computeIfAbsent(f.get(i), Candidates::agreeingForm);
                if (!conjoined.isEmpty()) {
                    f.add(conjoined);
                }
            }
        }
        return f;
    }

    /**
     * Each fact's "agrees&" form, or "" for a fact that has none: made once, as every candidate of a pronoun asks. Facts
     * come from fixed vocabularies (kinds, buckets, pronouns), never from the text, so the map stays small.
     */
    private static final Map<String, String> AGREEING = new java.util.concurrent.ConcurrentHashMap<>();

    private static String agreeingForm(String x) {
        boolean holds = x.startsWith("subject-") || x.startsWith("speaker-") || x.startsWith("recency=")
                || x.startsWith("frequency=") || x.startsWith("sentences-back=") || x.startsWith("story-salience=") || x.equals("rule")
                || x.startsWith("paragraph-") || x.startsWith("spoke-in-") || x.startsWith("nearest-agreeing") || x.equals("last-agreeing-subject");
        return holds ? "agrees&" + x : "";
    }

    /**
     * "Rihanna, who was honoured, spoke about … / “…,” she said": the pronoun rule passed over a person of unknown
     * gender who was the subject or speaker of the sentence just before, for someone further back whose gender it knew
     * and who was neither.
     */
    private static boolean isUnknownGenderSubjectOverRule(QuoteSite site, ArticleLog log, Referent e, Gender gender) {
        String p = site.pronoun();
        Attribution rule = site.rule();
        int before = site.sentence().index() - 1;
        if (!"he".equals(p) && !"she".equals(p) || rule == null || rule.method() != AttributionMethod.PRONOUN || rule.speaker() == e
                || e.kind != SpeakerKind.PERSON || gender != Gender.UNKNOWN || isJoint(e) || before < 0
                || log.sentence(before).story() != site.sentence().story()) {
            return false;
        }
        Referent r = rule.speaker();
        return (log.isSubject(before, e) || log.isSpeaker(before, e)) && !log.isSubject(before, r) && !log.isSpeaker(before, r)
                && !log.isResolvedSubject(before, r) && !log.isResolvedSpeaker(before, r);
    }

    /**
     * "… is Dale Orme, a retired welder from the valley. / “…,” he said": a person named for the first time in the
     * sentence before, with a description after a comma, is how a story brings in a new source just before quoting
     * them.
     */
    private static boolean introducedWithApposition(QuoteSite site, ArticleLog log, Referent e, int sentencesNamedIn) {
        int before = site.sentence().index() - 1;
        if (e.kind != SpeakerKind.PERSON || before < 0 || log.sentence(before).story() != site.sentence().story() || !log.isNamed(before, e)
                || sentencesNamedIn != 1 + (log.isNamed(before + 1, e) ? 1 : 0)) {
            return false;
        }
        List<Token> tokens = log.sentence(before).tokens();
        for (int i = tokens.size() - 3; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.isCapitalized() && e.answersTo(t.text()) && tokens.get(i + 1).is(",")) {
                Token next = tokens.get(i + 2);
                return next.kind() == Token.Kind.NUMBER
                        || next.isWord() && !next.isCapitalized() && !APPOSITION_STOPS.contains(next.lower());
            }
        }
        return false;
    }

    /**
     * Names a question was put to in the sentence before the quote's ("Hale asked Ruiz whether …"), the quote's
     * sentence standing before its quote: an interview's answer follows its question.
     */
    private static List<String> askedInSentenceBefore(QuoteSite site, ArticleLog log) {
        int before = site.sentence().index() - 1;
        if (before < 0 || log.sentence(before).story() != site.sentence().story()) {
            return List.of();
        }
        List<Token> tokens = log.sentence(before).tokens();
        List<String> names = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).isWord() && !tokens.get(i).isQuote()) {
                names.addAll(Addressees.askedAfter(tokens, i));
            }
        }
        return names;
    }

    /** Names after the verb of the quote's "he" or "she" ("“…,” he told Rubio"): whom the speaker spoke to or about. */
    private static List<String> addressedByPronounVerb(QuoteSite site) {
        String p = site.pronoun();
        if (!"he".equals(p) && !"she".equals(p)) {
            return List.of();
        }
        List<Token> tokens = site.sentence().tokens();
        List<String> names = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).isWord() && tokens.get(i).lower().equals(p)) {
                names.addAll(Addressees.after(tokens, i + 1));
            }
        }
        return names;
    }

    /** Words after a comma that join a new clause, whose subject the pronoun before the comma does not command. */
    private static final Set<String> CLAUSE_JOINS = Set.of("but", "while", "yet", "whereas", "and", "although", "though", "so");

    /**
     * Capitalised words that stand in the clause of a "he" (or "she", as the quote's pronoun) after it, in the quote's
     * sentence or the sentences on either side ("He declared that as long as the field stays divided, Donald Trump
     * would have a path"): a pronoun subject and a name in the rest of its clause are never one person. The clause runs
     * to a dash, a semicolon, a comma (or a quote closed by one) before a joined clause or a reporting verb ("…, Trump
     * said"), or, for a pronoun in an opening subordinate clause, to the main clause.
     */
    private static List<String> namedUnderPronoun(QuoteSite site, ArticleLog log) {
        String p = site.pronoun();
        if (!"he".equals(p) && !"she".equals(p)) {
            return List.of();
        }
        Sentence s = site.sentence();
        List<String> names = new ArrayList<>();
        for (int k = s.index() - 1; k <= s.index() + 1; k++) {
            if (k < 0 || k >= log.size() || log.sentence(k).story() != s.story()) {
                continue;
            }
            List<Token> tokens = log.sentence(k).tokens();
            int main = SpeechVerbs.mainClauseStart(tokens);
            for (int i = 0; i < tokens.size(); i++) {
                if (!tokens.get(i).isWord() || !tokens.get(i).lower().equals(p)) {
                    continue;
                }
                int end = i < main ? main : tokens.size();
                for (int j = i + 1; j < end; j++) {
                    Token t = tokens.get(j);
                    if (t.isDash() || t.is(";") || t.is("according")) {
                        break;
                    }
                    // a quoted phrase inside the clause leaves it going on ("he hoped with his “whole heart” that Trump
                    // wins"); one closed by its comma ends it as a comma does
                    if ((t.is(",") || t.isQuoteEndingInComma()) && j + 1 < tokens.size() && (CLAUSE_JOINS.contains(tokens.get(j + 1).lower())
                            || reportingClauseFollows(tokens, j + 1))) {
                        break;
                    }
                    if (t.isCapitalized()) {
                        names.add(t.text());
                    }
                }
            }
        }
        return names;
    }

    /** "…, Trump said", "…, said Trump", "…, Sen. Ann Lee told": a reporting clause after a comma. */
    private static boolean reportingClauseFollows(List<Token> tokens, int from) {
        int k = from;
        while (k < tokens.size() && k < from + 5 && tokens.get(k).isCapitalized()) {
            k++;
        }
        return k < tokens.size() && tokens.get(k).isWord() && Lexicon.get().isSpeechVerb(tokens.get(k));
    }

    /** Third-person pronouns of each gender, as the quote's own words would use them for someone else. */
    private static final Set<String> HE_WORDS = Set.of("he", "him", "his", "himself", "he's", "he'll", "he'd");
    private static final Set<String> SHE_WORDS = Set.of("she", "her", "hers", "herself", "she's", "she'll", "she'd");

    /** Whether the quote of a "he said" ("she said") uses "he", "him" or "his" ("she", "her") itself: someone else. */
    private static boolean quoteTalksOfAgreeingPerson(QuoteSite site) {
        String p = site.pronoun();
        if (!"he".equals(p) && !"she".equals(p)) {
            return false;
        }
        Set<String> words = "he".equals(p) ? HE_WORDS : SHE_WORDS;
        for (Token t : site.sentence().tokens()) {
            if (t.isQuote() && t.start() == site.span().outerStart()) {
                for (String w : Words.split(Lexicon.lower(t.text()))) {
                    if (words.contains(trimPunctuation(w))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** "him," or "“he" as its letters and apostrophes alone. */
    private static String trimPunctuation(String w) {
        int from = 0;
        int to = w.length();
        while (from < to && !isWordChar(w.charAt(from))) {
            from++;
        }
        while (to > from && !isWordChar(w.charAt(to - 1))) {
            to--;
        }
        return w.substring(from, to);
    }

    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c == '\'';
    }

    /** Words after "Name," that start no description of the name: a list or a clause goes on. */
    private static final Set<String> APPOSITION_STOPS = Set.of("and", "or", "but", "nor", "said", "says", "told", "then", "too");

    /**
     * "pronoun=he&gender=M", "pronoun=it&type=ORGANIZATION", "pronoun=she&plural": what the candidate is, in the terms
     * the quote's pronoun agrees by (gender for a person's he or she, the type otherwise), each name built once.
     */
    private static String pronounAgreement(String pronoun, Referent e, MentionType type, Gender gender) {
        int agreement = switch (pronoun) {
            case "he", "she" -> isJoint(e) ? 0 : e.kind == SpeakerKind.PERSON ? 1 + gender.ordinal() : TYPE_AGREEMENT + type.ordinal();
            // "They ask ...": a pair or an unnamed group ("the groups", "residents") is what "they" stands for most often
            case "they" -> isJoint(e) || e.kind == SpeakerKind.ANONYMOUS && Discourse.isGroup(e) ? 0 : TYPE_AGREEMENT + type.ordinal();
            default -> TYPE_AGREEMENT + type.ordinal();
        };
        String[] names = PRONOUN_AGREEMENT.get(pronoun);
        return names != null ? names[agreement] : "pronoun=" + pronoun + "&" + AGREEMENTS.get(agreement);
    }

    /** The agreements a pronoun's candidate can have: plural, each gender, each mention type. */
    private static final List<String> AGREEMENTS = java.util.stream.Stream.concat(java.util.stream.Stream.concat(
            java.util.stream.Stream.of("plural"), java.util.Arrays.stream(Gender.values()).map(g -> "gender=" + g)),
            java.util.Arrays.stream(MentionType.values()).map(t -> "type=" + t)).toList();
    private static final int TYPE_AGREEMENT = 1 + Gender.values().length;
    private static final java.util.Map<String, String[]> PRONOUN_AGREEMENT = SubjectPhrases.PERSONAL_PRONOUNS.stream()
            .collect(java.util.stream.Collectors.toMap(p -> p, p -> AGREEMENTS.stream().map(a -> "pronoun=" + p + "&" + a).toArray(String[]::new)));

    /**
     * Whether the quote stands in the main clause after an introductory subordinate clause, and the entity is named
     * only in that opening clause.
     */
    private static boolean namedOnlyInOpeningClause(QuoteSite site, Referent e) {
        List<Token> tokens = site.sentence().tokens();
        int main = SpeechVerbs.mainClauseStart(tokens);
        if (main <= 0) {
            return false;
        }
        boolean before = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isQuote() && t.start() == site.span().outerStart() && i < main) {
                return false; // the quote is in the opening clause itself
            }
            if (t.isWord() && t.isCapitalized() && e.answersTo(t.text())) {
                if (i >= main) {
                    return false;
                }
                before = true;
            }
        }
        return before;
    }

    /**
     * Whether the word just before the quote's opening mark is the entity's name ("Ames “has no plan,”", "called Ames
     * “a fraud”"): a quote that goes straight on from a name holds words about that person, which are seldom their own.
     */
    private static boolean namedRightBeforeQuote(QuoteSite site, Referent e) {
        List<Token> tokens = site.sentence().tokens();
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isQuote() && t.start() == site.span().outerStart()) {
                Token before = tokens.get(i - 1);
                return before.isCapitalized() && e.answersTo(before.text());
            }
        }
        return false;
    }

    /**
     * Whether the entity is the subject of a passive addressing verb before the quote ("Reed was asked, “…?”", "Reed
     * was told that …"): whom the words were said to, not who said them.
     */
    private static boolean isPassiveAddressee(QuoteSite site, Referent e) {
        List<Token> tokens = site.sentence().tokens();
        boolean named = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isQuote() && t.start() == site.span().outerStart()) {
                return false; // the quote comes before the verb
            }
            if (t.isCapitalized() && e.answersTo(t.text())) {
                named = true;
            } else if (named && Lexicon.get().isAddressingVerb(t.lower()) && SpeechVerbs.isPassive(tokens, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "As Reed put it, the plan is “a fraud”" makes Reed the source of the main clause's words, while an aside
     * "Vance - as Reed noted - has called it “a fraud”" credits Reed only with the fact: "as-clause-opening" or
     * "as-clause-aside" when the entity is named in an "as X said" clause of the quote's sentence that does not
     * hold the quote, else null.
     */
    private static String asClause(QuoteSite site, Referent e) {
        List<Token> tokens = site.sentence().tokens();
        for (int a = 0; a + 2 < tokens.size(); a++) {
            if (!tokens.get(a).is("as") || a > 0 && !tokens.get(a - 1).is(",") && !tokens.get(a - 1).isDash()) {
                continue;
            }
            boolean named = false;
            int verb = -1;
            for (int k = a + 1; k < tokens.size() && k <= a + 7; k++) {
                Token t = tokens.get(k);
                if (!t.isWord() && !t.isPossessive()) {
                    break;
                }
                if (t.isCapitalized() && e.answersTo(t.text())) {
                    named = true;
                } else if (named && !t.isCapitalized() && (Lexicon.get().isSpeechVerb(t)
                        || (t.is("put") || t.is("puts")) && k + 1 < tokens.size() && tokens.get(k + 1).is("it"))) {
                    verb = k;
                    break;
                }
            }
            if (verb < 0) {
                continue;
            }
            int end = verb + 1;
            while (end < tokens.size() && !tokens.get(end).is(",") && !tokens.get(end).isDash() && !tokens.get(end).isQuote()) {
                end++;
            }
            if (end < tokens.size() && tokens.get(end).isQuote()) {
                return null; // "As Politico reported “…”": the clause's own quote, which its verb governs
            }
            return a == 0 ? "as-clause-opening" : "as-clause-aside";
        }
        return null;
    }

    /** Whether the words of the quote, or of another quote of its sentence, name the entity (its surname, as a capitalised word). */
    private static boolean quoteNames(QuoteSite site, Referent e) {
        String surname = e.surname();
        if (surname.length() < 3 || !Character.isUpperCase(surname.charAt(0))) {
            return false;
        }
        // the other pieces of a quote its sentence breaks ("“…,” he said, “… Reed …”") are the same speaker's words
        for (Token t : site.sentence().tokens()) {
            if (t.isQuote()) {
                int at = t.text().indexOf(surname);
                while (at >= 0) {
                    int end = at + surname.length();
                    boolean word = (at == 0 || !Character.isLetter(t.text().charAt(at - 1)))
                            && (end == t.text().length() || !Character.isLetter(t.text().charAt(end)));
                    if (word) {
                        return true;
                    }
                    at = t.text().indexOf(surname, end);
                }
            }
        }
        return false;
    }

    /**
     * Whether the reading found the speaker by resolving a reference (a pronoun, "the senator", "the report") rather
     * than reading a name: its choice is a guess the ranker weighs, not a fact about the text.
     */
    static boolean isResolvedReference(AttributionMethod method) {
        return method == AttributionMethod.PRONOUN || method == AttributionMethod.TITLE_COREFERENCE
                || method == AttributionMethod.DOCUMENT_AUTHOR;
    }

    /** "Sens. Carper, Feinstein and Leahy": joint speakers, whom "he" or "she" cannot stand for. */
    static boolean isJoint(Referent e) {
        return e.name().contains(" and ") || e.name().contains(" & ");
    }

    /**
     * The single referents among those named in the window that a joint referent is made of: "Dana Holt" and "Reed" in
     * "Dana Holt and Tom Reed", each by its surname as a word of the pair's name.
     */
    static List<Referent> members(Referent joint, java.util.Collection<Referent> named) {
        List<String> words = joint.words();
        List<Referent> members = new ArrayList<>();
        for (Referent m : named) {
            if (m != joint && !isJoint(m) && m.kind == SpeakerKind.PERSON && words.contains(m.surname())) {
                members.add(m);
            }
        }
        return members;
    }

    /** The bucket of a count or distance (never negative): 0, 1, 2, 3-5, 6 and more, as an index into a fact's names. */
    private static int bucket(int n) {
        return n <= 2 ? n : n <= 5 ? 3 : 4;
    }
}
