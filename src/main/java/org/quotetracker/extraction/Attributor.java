package org.quotetracker.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds who said each quote of a sentence: the speech verb that governs the quote, then its subject — a name, a
 * title ("the US president"), an institution, an anonymous source ("a US official") or a pronoun — resolved against
 * the discourse model of the article.
 */
final class Attributor {

    /** Words that open an introductory phrase, which runs to its comma: "In a forceful introduction at NATO, ...". */
    private static final Set<String> PHRASE_OPENERS = Set.of("in", "on", "at", "after", "before", "while", "when",
            "although", "though", "as", "despite", "for", "during", "since", "if", "because", "with", "without", "under",
            "amid", "ahead", "referring", "speaking", "asked", "by", "from", "to", "over", "across", "north", "south",
            "east", "west", "following", "outside", "inside", "near", "within", "like", "unlike", "once", "given",
            "between", "among", "against", "around", "through", "throughout", "toward", "towards", "upon", "via",
            "beyond", "behind", "below", "above", "besides", "except", "including", "regarding", "concerning", "until", "unless",
            "more", "most", "shortly", "soon", "long");
    /** Words that open a clause on their own: "But he poured cold water ...". */
    private static final Set<String> CONJUNCTIONS = Set.of("but", "and", "so", "yet", "or", "however", "meanwhile",
            "still", "also", "instead", "then", "now", "today", "earlier", "later", "even", "indeed", "moreover",
            "separately", "similarly", "nonetheless", "nevertheless", "again", "finally", "first", "second", "third",
            "lastly", "plus", "thus", "therefore", "otherwise", "rather", "already", "perhaps", "maybe", "sometimes");
    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("\\d+(?:st|nd|rd|th)");
    private static final java.util.regex.Pattern PARTY_STATE = java.util.regex.Pattern.compile("[RDI]-\\p{Lu}[\\p{L}.]*");
    private static final Set<String> SUBORDINATORS = Set.of("after", "when", "while", "although", "though", "as", "before",
            "because", "since", "if", "once", "whereas", "until", "unless");
    /** Descriptions of a news organisation: "the newspaper said". */
    private static final Set<String> MEDIA_HEADS = Set.of("newspaper", "paper", "daily", "network", "channel", "magazine",
            "outlet", "station", "broadcaster", "website", "site", "agency", "wire");
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "it", "they", "we", "i");
    private static final Set<String> INDEFINITE = Set.of("a", "an", "one", "two", "three", "four", "five", "several",
            "some", "many", "other", "another", "senior", "top", "both");
    private static final Set<String> PHRASE_STOPS = Set.of("in", "on", "at", "to", "that", "who", "which", "when", "while",
            "after", "before", "during", "as", "and", "but", "because", "if", "though", "although", "with", "from", "into");

    /** Verbs whose object, not their subject, follows them: "told POLITICO", "asked reporters". */
    private static final Set<String> OBJECT_VERBS = Set.of("told", "tells", "asked", "asks", "informed", "urged", "warned",
            "assured", "reminded", "advised");

    private final Lexicon lex = Lexicon.get();
    private final NounPhrases phrases;
    private final Discourse discourse;
    private final int story;

    Attributor(Discourse discourse, NounPhrases phrases, int story) {
        this.discourse = discourse;
        this.phrases = phrases;
        this.story = story;
    }

    List<Cue> cues(List<Token> tokens) {
        List<Cue> cues = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                continue;
            }
            Token before = i > 0 ? tokens.get(i - 1) : null;
            if (t.is("according") && i + 1 < tokens.size() && tokens.get(i + 1).is("to")) {
                cues.add(new Cue(i, "according to", Cue.Kind.ACCORDING_TO));
            } else if (lex.isSpeechVerb(t.lower()) && (Character.isLowerCase(t.text().charAt(0)) || i == 0 && (t.is("said") || lex.isParticipialCue(t.lower())))
                    && (before == null || !isNounMarker(before)) && !isModifiedNoun(tokens, i) && !beforeInfinitive(tokens, i) && !isPassive(tokens, i)
                    && !(i + 1 < tokens.size() && tokens.get(i + 1).isPossessive())) {
                boolean asked = t.is("asked") && before != null && (before.is("when") || before.is("if") || before.is("after") || before.is(","));
                Cue.Kind kind = lex.isParticipialCue(t.lower()) || t.text().endsWith("ing") || asked ? Cue.Kind.PARTICIPLE : Cue.Kind.FINITE;
                cues.add(new Cue(i, t.text(), kind));
            }
        }
        return cues;
    }

    /** "a Trump-style retort", "his angry reply": a bare form after a determiner and a modifier is a noun. */
    private boolean isModifiedNoun(List<Token> tokens, int i) {
        if (i < 2 || isInflected(tokens.get(i).lower())) {
            return false;
        }
        Token modifier = tokens.get(i - 1);
        return isNounMarker(tokens.get(i - 2)) && modifier.isWord() && !lex.isAuxiliary(modifier.text()) && !modifier.is("not");
    }

    /** "vowed to reach", "will continue to be": a verb before an infinitive reports an intention, not words. */
    private boolean beforeInfinitive(List<Token> tokens, int i) {
        if (i + 2 >= tokens.size() || !tokens.get(i + 1).is("to")) {
            return false;
        }
        Token next = tokens.get(i + 2);
        String w = next.text().toLowerCase(Locale.ROOT);
        return next.isWord() && !next.isCapitalized() && !isDeterminer(next) && !w.endsWith("s")
                && !lex.isTitleHead(w) && !lex.isAnonymousHead(w) && !PERSONAL_PRONOUNS.contains(w) && !w.equals("him") && !w.equals("her")
                && !w.equals("me") && !w.equals("us") && !w.equals("them");
    }

    /** "the report", "a statement", "his remarks": a determiner makes the word a noun, not a verb. */
    private boolean isNounMarker(Token t) {
        return NounPhrases.DETERMINERS.contains(t.text().toLowerCase(Locale.ROOT)) && !t.is("that") || t.isPossessive();
    }

    /** The cue that governs the quote at token index q, or null. */
    Cue governingCue(List<Token> tokens, List<Cue> cues, int q) {
        Cue after = null;
        Cue before = null;
        for (Cue cue : cues) {
            if (cue.index() > q && after == null) {
                after = cue;
            }
            if (cue.index() < q && !inClosedRelativeClause(tokens, cue.index(), q)) {
                before = cue;
            }
        }
        before = outermost(tokens, cues, before);
        if (before != null && introduces(tokens, before, q)) {
            return before; // "Trump claimed on Tuesday that “…,” one of the prosecutors said": the claim is Trump's
        }
        if (after != null && adjacentAfter(tokens, q, after)) {
            return after;
        }
        if (before != null) {
            return before;
        }
        return after != null && !lex.isWeakSpeechVerb(after.verb()) ? after : null;
    }

    /** ", which the Tax Foundation estimates would cost …, would risk “…”": a verb in a closed relative clause. */
    private static boolean inClosedRelativeClause(List<Token> tokens, int cue, int q) {
        int open = cue - 1;
        while (open >= 0 && !tokens.get(open).is(",") && !tokens.get(open).isQuote()) {
            open--;
        }
        boolean relative = open >= 0 && open + 1 < cue && tokens.get(open).is(",")
                && Set.of("which", "who", "whom", "whose").contains(tokens.get(open + 1).lower());
        if (!relative) {
            return false;
        }
        for (int i = cue + 1; i < q; i++) {
            if (tokens.get(i).is(",")) {
                return true;
            }
        }
        return false;
    }

    /** Where the main clause starts after an introductory subordinate clause ("After Brown criticized Clinton, ..."), or 0. */
    static int mainClauseStart(List<Token> tokens) {
        if (tokens.isEmpty() || !SUBORDINATORS.contains(tokens.get(0).lower())) {
            return 0;
        }
        for (int i = 1; i < tokens.size() && i < 30; i++) {
            if (tokens.get(i).isQuote()) {
                return 0;
            }
            if (tokens.get(i).is(",")) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * "Rep. Israel said Clinton called on members to be “closely coordinated”": reported speech inside reported speech
     * is the outer speaker's account, so an earlier finite verb whose clause runs on to this one governs instead.
     */
    private Cue outermost(List<Token> tokens, List<Cue> cues, Cue cue) {
        if (cue == null || cue.kind() != Cue.Kind.FINITE) {
            return cue;
        }
        for (Cue earlier : cues) {
            if (earlier.index() >= cue.index()) {
                break;
            }
            if (earlier.kind() == Cue.Kind.FINITE && !lex.isWeakSpeechVerb(earlier.verb()) && isInflected(earlier.verb())
                    && clauseRunsOn(tokens, earlier.index(), cue.index())) {
                return earlier;
            }
        }
        return cue;
    }

    /** "said", "claims", "wrote": a form that can only be a verb ("state", "report" may be nouns). */
    private static boolean isInflected(String verb) {
        return verb.endsWith("ed") || verb.endsWith("s") || Set.of("said", "told", "wrote", "spoke", "thought", "felt").contains(verb);
    }

    /** No clause boundary (";", "and", "but", a quote) between two verbs, so the second stands in the first's report. */
    private static boolean clauseRunsOn(List<Token> tokens, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            Token t = tokens.get(i);
            if (t.isQuote() || t.is(";") || t.is("and") || t.is("but") || t.is("while") || t.is("as") || t.is(",") || t.is(":")) {
                return false;
            }
        }
        return true;
    }

    /** "said: “…”", "claimed on Tuesday that “…”", "told CNN: “…”": the verb leads straight into the quote. */
    private boolean introduces(List<Token> tokens, Cue cue, int q) {
        if (cue.kind() == Cue.Kind.ACCORDING_TO || q - cue.index() > 5) {
            return false;
        }
        for (int i = cue.index() + 1; i < q; i++) {
            Token t = tokens.get(i);
            boolean filler = t.is("that") || t.is(":") || t.is(",") || lex.isAuxiliary(t.text()) || isTimeWord(tokens, i)
                    || t.is("on") || t.is("to") || t.isCapitalized() && q - cue.index() <= 3;
            if (!filler) {
                return false;
            }
        }
        return true;
    }

    /** "“…,” X said", "“…,” said X": only punctuation and a name phrase stand between quote and verb. */
    private boolean adjacentAfter(List<Token> tokens, int q, Cue cue) {
        if (cue.index() - q > 12) {
            return false;
        }
        for (int i = q + 1; i < cue.index(); i++) {
            Token t = tokens.get(i);
            if (t.isQuote() || lex.isSpeechVerb(t.lower()) && Character.isLowerCase(t.text().charAt(0))) {
                return false;
            }
            if (t.isWord() && !isPhraseWord(t) && !lex.isAuxiliary(t.text())) {
                return false;
            }
        }
        return true;
    }

    /** "Former secretary of state Hillary Clinton: “…”": a name and a colon introduce the quote, transcript style. */
    Optional<Attribution> colonSpeaker(List<Token> tokens, int q, int sentence) {
        if (q < 2 || !tokens.get(q - 1).is(":")) {
            return Optional.empty();
        }
        Cue none = new Cue(q - 1, null, Cue.Kind.FINITE);
        return phraseBefore(tokens, q - 1)
                .filter(r -> namesSource(tokens, r) && (r[0] == 0 || startsClause(tokens, r[0]) || tokens.get(r[0] - 1).is("-")))
                .flatMap(r -> resolve(tokens, r[0], r[1], sentence, none, "colon-intro", 0.8));
    }

    /** The speaker of a cue: the subject before a finite verb, after an inverted one or after "according to". */
    Optional<Attribution> speakerOf(List<Token> tokens, Cue cue, int sentence, int quote) {
        return switch (cue.kind()) {
            case ACCORDING_TO -> phraseAfter(tokens, cue.index() + 2)
                    .flatMap(range -> resolve(tokens, range[0], range[1], sentence, cue, "according-to", 0.9));
            case PARTICIPLE -> ownSubject(tokens, cue, sentence).or(() -> mainSpeaker(tokens, cue, sentence))
                    .map(a -> new Attribution(a.speaker(), a.role(), cue.verb(), "participle", 0.85, a.subjectAt()));
            case FINITE -> {
                if (passiveAgent(tokens, cue)) {
                    Optional<Attribution> agent = phraseAfter(tokens, cue.index() + 2)
                            .flatMap(range -> resolve(tokens, range[0], range[1], sentence, cue, "explicit-before", 0.9));
                    if (agent.isPresent()) {
                        yield agent;
                    }
                }
                int before = quoteBefore(tokens, cue);
                if (before >= 0 && (invertedAfterQuote(tokens, before, cue) || quote == before && invertedAfterComma(tokens, cue))) {
                    // "“A,” said X, “B.”": both halves are X's
                    Optional<Attribution> inverted = phraseAfter(tokens, cue.index() + 1)
                            .flatMap(range -> resolve(tokens, range[0], range[1], sentence, cue, "explicit-after", 0.95));
                    if (inverted.isPresent()) {
                        yield inverted;
                    }
                }
                String method = quote >= 0 && quote < cue.index() ? "explicit-after" : "explicit-before";
                if (isCoordinated(tokens, cue)) {
                    // "Paul said the plan was bad, and called him “a liar”": the subject of the first verb or clause
                    yield mainSpeaker(tokens, cue, sentence)
                            .map(a -> new Attribution(a.speaker(), a.role(), cue.verb(), a.method(), a.confidence(), a.subjectAt()));
                }
                yield phraseBefore(tokens, cue.index())
                        .flatMap(range -> resolve(tokens, range[0], range[1], sentence, cue, method, 0.95));
            }
        };
    }

    /** The personal pronoun that is the subject of a speech verb ("he said", "she has told", "said he"), or null. */
    String pronounSubject(List<Token> tokens, Cue cue) {
        if (cue.kind() != Cue.Kind.FINITE) {
            return null; // a participle borrows the main clause's subject; "according to" names a source, not a pronoun
        }
        int i = cue.index();
        for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
            String w = tokens.get(j).lower();
            if (PERSONAL_PRONOUNS.contains(w)) {
                return w;
            }
            if (!lex.isAuxiliary(tokens.get(j).text()) && !isTimeWord(tokens, j)) {
                break;
            }
        }
        return i + 1 < tokens.size() && PERSONAL_PRONOUNS.contains(tokens.get(i + 1).lower()) ? tokens.get(i + 1).lower() : null;
    }

    /** "…, and called him": a verb after "and" or "but" shares the subject of the clause before it. */
    private static boolean isCoordinated(List<Token> tokens, Cue cue) {
        int i = cue.index();
        return i > 0 && (tokens.get(i - 1).is("and") || tokens.get(i - 1).is("but"));
    }

    /** "“…” that Sanders can catch Clinton, said Steve Elmendorf": the verb after a comma, its subject after it. */
    private boolean invertedAfterComma(List<Token> tokens, Cue cue) {
        int i = cue.index();
        return i > 0 && tokens.get(i - 1).is(",") && i + 1 < tokens.size() && !OBJECT_VERBS.contains(cue.verb())
                && (tokens.get(i + 1).isCapitalized() && !Lexicon.get().isStopCapitalized(tokens.get(i + 1).text()) || tokens.get(i + 1).is("the"));
    }

    /** "the staffer was charged with battery": a passive verb's subject did not speak, unless "by" names who did. */
    private static boolean isPassive(List<Token> tokens, int i) {
        return i > 0 && Set.of("was", "were", "is", "are", "been", "being", "be").contains(tokens.get(i - 1).lower())
                && !(i + 1 < tokens.size() && tokens.get(i + 1).is("by")) && !tokens.get(i).lower().endsWith("ing");
    }

    /** "Sanders was asked by host Bill Maher, “…”": the asker follows "by". */
    private static boolean passiveAgent(List<Token> tokens, Cue cue) {
        int i = cue.index();
        return i > 0 && i + 2 < tokens.size() && Set.of("was", "were", "is", "being", "been").contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT))
                && tokens.get(i + 1).is("by");
    }

    /** The index of the last quote before the cue, or -1. */
    private static int quoteBefore(List<Token> tokens, Cue cue) {
        for (int i = cue.index() - 1; i >= 0; i--) {
            if (tokens.get(i).isQuote()) {
                return i;
            }
        }
        return -1;
    }

    private boolean invertedAfterQuote(List<Token> tokens, int quote, Cue cue) {
        for (int i = quote + 1; i < cue.index(); i++) {
            if (tokens.get(i).kind() != Token.Kind.PUNCT && !lex.isAuxiliary(tokens.get(i).text())) {
                return false;
            }
        }
        return cue.index() + 1 < tokens.size() && tokens.get(cue.index() + 1).isWord();
    }

    /** "with Donald Trump tweeting that ...": a participle right after a name has that name as its subject. */
    private Optional<Attribution> ownSubject(List<Token> tokens, Cue cue, int sentence) {
        int i = cue.index();
        if (i > 0 && tokens.get(i - 1).is("and")) {
            for (Cue earlier : cues(tokens)) {
                if (earlier.kind() == Cue.Kind.PARTICIPLE && earlier.index() < i - 1) {
                    return ownSubject(tokens, earlier, sentence);
                }
            }
            return Optional.empty();
        }
        if (i == 0 || !tokens.get(i - 1).isCapitalized()) {
            return Optional.empty();
        }
        // only "with X tweeting": a name before a participle is otherwise the object of the main verb
        return phraseBefore(tokens, i).filter(range -> range[0] > 0 && tokens.get(range[0] - 1).is("with"))
                .flatMap(range -> resolve(tokens, range[0], range[1], sentence, cue, "participle", 0.85));
    }

    /** The speaker of a sentence's main clause, for participles ("..., saying") that borrow it. */
    Optional<Attribution> mainSpeaker(List<Token> tokens, Cue participle, int sentence) {
        for (Cue cue : cues(tokens)) {
            if (cue.kind() == Cue.Kind.FINITE && cue.index() < participle.index()) {
                Optional<Attribution> a = speakerOf(tokens, cue, sentence, -1);
                if (a.isPresent()) {
                    return a;
                }
            }
        }
        return mainSubject(tokens, sentence);
    }

    /** The subject at the start of the sentence's main clause ("On Tuesday, Trump welcomed ..."), if it names someone. */
    Optional<Attribution> mainSubject(List<Token> tokens, int sentence) {
        int i = 0;
        while (i < tokens.size() && (tokens.get(i).kind() == Token.Kind.PUNCT || isOpener(tokens.get(i)))) {
            boolean opener = PHRASE_OPENERS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT));
            i++;
            if (opener) {
                // skip the introductory phrase up to its comma, if it has one close by ("in Salem, New Hampshire," too)
                for (int j = i; j < tokens.size() && j < i + 15; j++) {
                    if (tokens.get(j).is(",")) {
                        i = afterPlaceTail(tokens, j + 1);
                        break;
                    }
                    if (tokens.get(j).isQuote()) {
                        break;
                    }
                }
            }
        }
        if (i < tokens.size() && tokens.get(i).isQuote()) {
            // "“…,” Trump went on": the subject follows the quote
            i++;
            while (i < tokens.size() && tokens.get(i).kind() == Token.Kind.PUNCT) {
                i++;
            }
        }
        if (i >= tokens.size() || tokens.get(i).isQuote() || isSentenceAdverb(tokens, i)) {
            return Optional.empty();
        }
        Cue none = new Cue(i, null, Cue.Kind.FINITE);
        return phraseAfter(tokens, i).flatMap(range -> resolve(tokens, range[0], range[1], sentence, none, "subject", 0.7));
    }

    /** Past ", New Hampshire," after a city: the place's second part still belongs to the opening phrase. */
    private int afterPlaceTail(List<Token> tokens, int i) {
        int end = i;
        while (end < tokens.size() && tokens.get(end).isCapitalized()) {
            end++;
        }
        boolean place = end > i && end < tokens.size() && tokens.get(end).is(",") && lex.isPlace(NounPhrases.text(tokens, i, end));
        return place ? end + 1 : i;
    }

    /** "Specifically, ...", "Preceded by ...": a capitalised word at the start that is an adverb or a participle. */
    private boolean isSentenceAdverb(List<Token> tokens, int i) {
        String w = tokens.get(i).text();
        boolean alone = i + 1 >= tokens.size() || !tokens.get(i + 1).isCapitalized();
        return alone && lex.firstNameGender(w) == null && (w.endsWith("ly") || w.endsWith("ed") || w.endsWith("ing"));
    }

    private static boolean isOpener(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        return PHRASE_OPENERS.contains(w) || CONJUNCTIONS.contains(w);
    }

    /** The noun phrase that ends just before a verb, skipping adverbs, auxiliaries and "on Tuesday". */
    Optional<int[]> phraseBefore(List<Token> tokens, int verb) {
        int end = verb;
        while (end > 0 && (lex.isAuxiliary(tokens.get(end - 1).text()) && !tokens.get(end - 1).isCapitalized() || isTimeWord(tokens, end - 1))) {
            end--;
        }
        end = beforeParenthesis(tokens, end);
        if (end == 0) {
            return Optional.empty();
        }
        if (tokens.get(end - 1).is(",")) {
            return phraseBeforeAppositive(tokens, end - 1);
        }
        int start = end;
        while (start > 0 && isPhraseWord(tokens.get(start - 1))) {
            start--;
            if (isDeterminer(tokens.get(start))) {
                break;
            }
        }
        int phraseStart = trimLeading(tokens, coordinatedNamesStart(tokens, start), end);
        Optional<int[]> owner = nameBeforeOf(tokens, phraseStart).or(() -> nameBeforeDescription(tokens, phraseStart));
        if (owner.isPresent()) {
            return owner;
        }
        return phraseStart < end ? Optional.of(new int[] {phraseStart, end}) : Optional.empty();
    }

    /**
     * "Sam Lau, the communications director for the Iowa Democratic Party said": an apposition that never closes;
     * the institution belongs to the description, whose owner is the name before its comma.
     */
    private Optional<int[]> nameBeforeDescription(List<Token> tokens, int start) {
        int i = start - 1;
        if (i >= 0 && tokens.get(i).is("the")) {
            i--;
        }
        if (i < 0 || !Set.of("for", "of", "at", "with").contains(tokens.get(i).lower())) {
            return Optional.empty();
        }
        boolean head = false;
        for (i--; i >= 0 && !tokens.get(i).is(","); i--) {
            Token t = tokens.get(i);
            if (t.isQuote() || t.isCapitalized() && !lex.isTitleHead(t.lower()) && !lex.isTitleModifier(t.lower())) {
                return Optional.empty();
            }
            head |= lex.isTitleHead(t.lower());
        }
        if (i <= 0 || !head) {
            return Optional.empty();
        }
        int comma = i;
        return phraseBefore(tokens, comma).filter(r -> r[1] == comma && namesPerson(tokens, r));
    }

    /** "Sens. Carper, Feinstein and Leahy wrote": names joined by commas and "and" speak together. */
    private int coordinatedNamesStart(List<Token> tokens, int start) {
        if (start < 2 || !tokens.get(start - 1).is("and")) {
            return start;
        }
        int i = start;
        while (i >= 2 && (tokens.get(i - 1).is("and") || tokens.get(i - 1).is(",")) && isNameToken(tokens.get(i - 2))
                && tokens.get(i).isCapitalized()) {
            int j = i - 2;
            while (j > 0 && (isNameToken(tokens.get(j - 1)) || lex.isHonorific(tokens.get(j - 1).lower()))) {
                j--;
            }
            i = j;
        }
        return i;
    }

    private boolean isNameToken(Token t) {
        return t.isCapitalized() && !lex.isStopCapitalized(t.text()) && !lex.isPlace(t.lower());
    }

    /** "Sen. Ann Hale (D-Ore.) said": the parenthesis after a name is no part of the phrase before the verb. */
    private static int beforeParenthesis(List<Token> tokens, int end) {
        if (end > 0 && tokens.get(end - 1).is(")")) {
            for (int i = end - 2; i >= 0 && i > end - 10; i--) {
                if (tokens.get(i).is("(")) {
                    return i;
                }
            }
        }
        return end;
    }

    /** "Archbishop Aris Vance of the Armenian Church told": the person before "of", not the institution after it. */
    private Optional<int[]> nameBeforeOf(List<Token> tokens, int start) {
        int of = start - 1;
        if (of >= 0 && tokens.get(of).is("the")) {
            of--;
        }
        if (of < 1 || !tokens.get(of).is("of") || !tokens.get(of - 1).isCapitalized()) {
            return Optional.empty();
        }
        int nameEnd = of;
        int nameStart = nameEnd;
        while (nameStart > 0 && tokens.get(nameStart - 1).isCapitalized() && !lex.isStopCapitalized(tokens.get(nameStart - 1).text())) {
            nameStart--;
        }
        Mention m = nameStart < nameEnd ? phrases.phrase(tokens, nameStart, nameEnd) : null;
        boolean person = m != null && m.isPerson() && (m.title() != null || m.name().contains(" "));
        return person ? Optional.of(new int[] {nameStart, nameEnd}) : Optional.empty();
    }

    /**
     * "Randall Stephenson, AT&T's chief executive, said", "Clinton, during a town hall in Columbus, Ohio, said": walking
     * back over the commas, the subject is the leftmost phrase that opens the clause; "the minister, Paul Grant, said"
     * gives the name in apposition.
     */
    private Optional<int[]> phraseBeforeAppositive(List<Token> tokens, int comma) {
        int[] nearest = null;
        int[] leftmost = null;
        // "…, Gov. John Kasich (R-OH), said": the name may stand right before the verb's comma
        Optional<int[]> adjacent = phraseBefore(tokens, comma).filter(r -> r[1] == beforeParenthesis(tokens, comma));
        if (adjacent.isPresent() && namesPerson(tokens, adjacent.get())) {
            nearest = adjacent.get();
            leftmost = startsClause(tokens, nearest[0]) ? nearest : null;
        }
        int right = comma;
        for (int j = comma - 1; j >= 0 && j > comma - 40; j--) {
            Token t = tokens.get(j);
            if (t.isQuote() || t.kind() == Token.Kind.PUNCT && !t.is(",") && !t.is("(") && !t.is(")") && !t.is("-")) {
                break;
            }
            if (!t.is(",")) {
                continue;
            }
            int[] candidate = subjectEndingAt(tokens, j, right);
            if (candidate != null) {
                nearest = nearest == null ? candidate : nearest;
                if (startsClause(tokens, candidate[0])) {
                    leftmost = candidate;
                }
            }
            right = j;
        }
        int[] chosen = leftmost != null ? leftmost : nearest;
        return Optional.ofNullable(chosen);
    }

    /** The subject-like phrase that ends at a comma, or the name in apposition right after it. */
    private int[] subjectEndingAt(List<Token> tokens, int comma, int nextComma) {
        int end = beforeParenthesis(tokens, comma);
        Optional<int[]> before = phraseBefore(tokens, comma).filter(r -> r[1] == end);
        if (isName(tokens, comma + 1, nextComma) && (before.isEmpty() || !namesPerson(tokens, before.get()))) {
            return new int[] {comma + 1, nextComma};
        }
        if (before.isEmpty() || isTimeWord(tokens, before.get()[1] - 1)) {
            return null;
        }
        return before.get();
    }

    /** Whether a phrase starting here opens the sentence or a clause, so that it can be a subject. */
    private boolean startsClause(List<Token> tokens, int start) {
        if (start == 0) {
            return true;
        }
        Token before = tokens.get(start - 1);
        return before.isQuote() || before.kind() == Token.Kind.PUNCT && !before.is(",")
                || CONJUNCTIONS.contains(before.text().toLowerCase(Locale.ROOT))
                || before.is(",") && (start < 2 || tokens.get(start - 2).isQuote() || isOpenerPhraseEnd(tokens, start - 1));
    }

    /** "In Washington, ..." or "However, ...": the comma closes an opening phrase, so what follows starts the clause. */
    private boolean isOpenerPhraseEnd(List<Token> tokens, int comma) {
        for (int i = comma - 1; i >= 0 && i > comma - 12; i--) {
            if (tokens.get(i).is(",") || tokens.get(i).isQuote()) {
                return false;
            }
            if (i == 0) {
                return isOpener(tokens.get(0));
            }
        }
        return false;
    }

    /** A person or a named institution ("Pew Research"), not a description. */
    private boolean namesSource(List<Token> tokens, int[] range) {
        if (namesPerson(tokens, range)) {
            return true;
        }
        Mention m = phrases.phrase(tokens, range[0], range[1]);
        return m != null && m.kind() == SpeakerKind.ORGANIZATION && m.nameTo() == range[1];
    }

    /** Whether the phrase names a person, not a description ("Santilli's attorney") or an institution. */
    private boolean namesPerson(List<Token> tokens, int[] range) {
        if (!tokens.get(range[1] - 1).isCapitalized()) {
            return false;
        }
        Mention m = phrases.phrase(tokens, range[0], range[1]);
        return m != null && m.isPerson() && m.nameTo() == range[1];
    }

    private boolean isName(List<Token> tokens, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!tokens.get(i).isCapitalized() || lex.isStopCapitalized(tokens.get(i).text()) && !lex.isHonorific(tokens.get(i).lower())) {
                return false;
            }
        }
        return true;
    }

    /** The noun phrase that starts at index from: "Britain's defence minister John Healey" in "said ... in a reply". */
    Optional<int[]> phraseAfter(List<Token> tokens, int from) {
        int end = from;
        while (end < tokens.size() && (isPhraseWord(tokens.get(end)) || end > from && leadsToTitledName(tokens, end)
                || joinsTitles(tokens, from, end))
                && !(end > from && isDeterminer(tokens.get(end)))
                && !(end > from && PHRASE_STOPS.contains(tokens.get(end).text()) && !joinsTitles(tokens, from, end))) {
            end++;
        }
        // "Trump and Ryan issued a statement": two names joined by "and" speak together
        if (end > from && end + 1 < tokens.size() && tokens.get(end).is("and") && tokens.get(end - 1).isCapitalized()
                && isNameToken(tokens.get(end + 1))) {
            int name = end + 1;
            while (name < tokens.size() && isNameToken(tokens.get(name))) {
                name++;
            }
            return Optional.of(new int[] {trimLeading(tokens, from, end), name});
        }
        // "said the bureau's director, James B. Comey": the name in apposition is the speaker
        if (end > from && !tokens.get(end - 1).isCapitalized() && end + 1 < tokens.size() && tokens.get(end).is(",")
                && tokens.get(end + 1).isCapitalized() && !lex.isStopCapitalized(tokens.get(end + 1).text())) {
            int name = end + 1;
            while (name < tokens.size() && tokens.get(name).isCapitalized()) {
                name++;
            }
            return Optional.of(new int[] {end + 1, name});
        }
        // "of the Joint Chiefs of Staff": keep prepositional tails that stay capitalised
        while (end + 1 < tokens.size() && tokens.get(end).is("of") && tokens.get(end + 1).isCapitalized()) {
            end += 2;
            while (end < tokens.size() && tokens.get(end).isCapitalized()) {
                end++;
            }
        }
        int start = trimLeading(tokens, from, end);
        return start < end ? Optional.of(new int[] {start, end}) : Optional.empty();
    }

    /** "Former prosecutor and New York City Mayor Rudy Giuliani": "and" between two titles of one person. */
    private boolean joinsTitles(List<Token> tokens, int from, int i) {
        if (i <= from || i + 1 >= tokens.size() || !tokens.get(i).is("and") || !tokens.get(i + 1).isCapitalized()) {
            return false;
        }
        for (int j = from; j < i; j++) {
            if (lex.isTitleHead(tokens.get(j).lower()) && !tokens.get(j).isCapitalized() || lex.isHonorific(tokens.get(j).lower()) && tokens.get(j).text().endsWith(".")) {
                return true; // the words before "and" are a title ("former Pennsylvania Gov."), not a name
            }
        }
        return false;
    }

    /** "Idaho nutritional-supplement executive Frank VanderSloot": lower-case words that lead to a title and a name. */
    private boolean leadsToTitledName(List<Token> tokens, int i) {
        // "Clinton ally James Carville": a lower-case noun between a name and a full name
        if (i + 2 < tokens.size() && tokens.get(i).isWord() && !tokens.get(i).isCapitalized() && tokens.get(i - 1).isCapitalized()
                && isFullNameAt(tokens, i + 1) && !lex.isSpeechVerb(tokens.get(i).lower()) && !lex.isAuxiliary(tokens.get(i).text())
                && !PHRASE_STOPS.contains(tokens.get(i).text())) {
            return true;
        }
        for (int j = i; j < tokens.size() - 1 && j < i + 3; j++) {
            Token t = tokens.get(j);
            if (!t.isWord() || t.isCapitalized() || lex.isSpeechVerb(t.lower()) || PHRASE_STOPS.contains(t.text())) {
                return false;
            }
            if (lex.isTitleHead(t.lower()) && tokens.get(j + 1).isCapitalized()) {
                return true;
            }
        }
        return false;
    }

    private boolean isFullNameAt(List<Token> tokens, int i) {
        return tokens.get(i).isCapitalized() && tokens.get(i + 1).isCapitalized() && lex.firstNameGender(tokens.get(i).text()) != null
                && !lex.isStopCapitalized(tokens.get(i + 1).text());
    }

    private int trimLeading(List<Token> tokens, int start, int end) {
        while (start < end && !tokens.get(start).isWord()) {
            start++; // "- Carl Bialik:", "& Co."
        }
        while (start < end && tokens.get(start).isCapitalized() && lex.isStopCapitalized(tokens.get(start).text())
                && !isDeterminer(tokens.get(start)) && !lex.isHonorific(tokens.get(start).lower())
                && !PERSONAL_PRONOUNS.contains(tokens.get(start).text().toLowerCase(Locale.ROOT))) {
            start++;
        }
        while (start < end && (tokens.get(start).is("of") || tokens.get(start).is("for"))) {
            start++;
        }
        return start;
    }

    private boolean isPhraseWord(Token t) {
        if (t.isPossessive()) {
            return true;
        }
        if (t.kind() == Token.Kind.NUMBER) {
            return false;
        }
        if (ORDINAL.matcher(t.text()).matches() || PARTY_STATE.matcher(t.text()).matches()) {
            return true; // "1st Lt. Tyler Livingston", "Sen. Ann Hale, D-Ore."
        }
        if (!t.isWord()) {
            return t.is("-") || t.is("&");
        }
        String w = t.text();
        String lower = w.toLowerCase(Locale.ROOT);
        if (PERSONAL_PRONOUNS.contains(lower)) {
            return true;
        }
        if (t.isCapitalized()) {
            return !lex.isStopCapitalized(w) || isDeterminer(t) || lex.isHonorific(w);
        }
        return isDeterminer(t) || lex.isTitleHead(w) || lex.isTitleModifier(w) || lex.isAnonymousHead(w)
                || lex.isOrganizationHead(w) || lex.isDocumentHead(w) || INDEFINITE.contains(lower)
                || Set.of("of", "for", "de", "van", "von", "al", "bin").contains(lower);
    }

    private static boolean isDeterminer(Token t) {
        return NounPhrases.DETERMINERS.contains(t.text().toLowerCase(Locale.ROOT));
    }

    private boolean isTimeWord(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String w = t.text().toLowerCase(Locale.ROOT);
        if (Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
                "tonight", "recently", "earlier", "later", "late", "early", "last", "night", "morning", "afternoon", "evening",
                "week", "month", "year").contains(w)) {
            return true;
        }
        return (w.equals("on") || w.equals("this")) && i + 1 < tokens.size() && isTimeWord(tokens, i + 1);
    }

    /** Resolves the phrase tokens[from, to) to an entity. */
    private Optional<Attribution> resolve(List<Token> tokens, int from, int to, int sentence, Cue cue, String method, double confidence) {
        return resolvePhrase(tokens, from, to, sentence, cue, method, confidence).map(a -> a.at(tokens.get(from).start()));
    }

    private Optional<Attribution> resolvePhrase(List<Token> tokens, int from, int to, int sentence, Cue cue, String method, double confidence) {
        String first = tokens.get(from).text().toLowerCase(Locale.ROOT);
        if (to - from == 1 && PERSONAL_PRONOUNS.contains(first)) {
            return pronoun(first, tokens.get(from).start()).map(e -> new Attribution(e, e.title, cue.verb(), "pronoun", confidence * 0.85));
        }
        if (isCoordination(tokens, from, to)) {
            Mention group = new Mention(from, to, groupName(tokens, from, to), null, SpeakerKind.PERSON, Gender.UNKNOWN,
                    tokens.get(from).start(), from, to);
            Entity entity = discourse.resolve(group, sentence, story);
            return Optional.of(new Attribution(entity, null, cue.verb(), method, confidence * 0.9));
        }
        Token last = tokens.get(to - 1);
        boolean commonHead = !last.isCapitalized() && (lex.isDocumentHead(last.lower()) || lex.isOrganizationHead(last.lower()));
        Mention mention = commonHead || endsInDescription(tokens, from, to) ? null : phrases.phrase(tokens, from, to);
        if (mention != null) {
            Entity entity = discourse.resolve(mention, sentence, story);
            String role = entity.title != null ? entity.title : mention.title();
            return Optional.of(new Attribution(entity, role, cue.verb(), method, confidence));
        }
        return description(tokens, from, to, sentence)
                .map(a -> new Attribution(a.speaker(), a.role(), cue.verb(), a.method().equals("anonymous") ? method : a.method(), confidence * 0.85));
    }

    /**
     * "a Coca-Cola spokesman", "an industry lobbyist", "the company's lawyer": a phrase whose head is a lower-case
     * title names an unnamed person; the name inside it is the employer, never the speaker.
     */
    private boolean endsInDescription(List<Token> tokens, int from, int to) {
        Token last = tokens.get(to - 1);
        if (last.isCapitalized() || !(lex.isTitleHead(last.lower()) || lex.isAnonymousHead(last.lower())) || to - from < 2) {
            return false;
        }
        Mention inside = phrases.phrase(tokens, from, to);
        return inside == null || inside.to() < to;
    }

    private boolean isCoordination(List<Token> tokens, int from, int to) {
        for (int i = from + 1; i < to - 1; i++) {
            if (tokens.get(i).is("and") && isNameToken(tokens.get(i - 1)) && isNameToken(tokens.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** "Sens. Carper, Feinstein and Leahy" is the group "Carper, Feinstein and Leahy". */
    private String groupName(List<Token> tokens, int from, int to) {
        int start = from;
        while (start < to && lex.isHonorific(tokens.get(start).lower())) {
            start++;
        }
        return NounPhrases.text(tokens, start, to);
    }

    private Optional<Entity> pronoun(String pronoun, int offset) {
        return switch (pronoun) {
            case "he" -> discourse.pronoun(Gender.M, story, offset);
            case "she" -> discourse.pronoun(Gender.F, story, offset);
            case "it" -> discourse.latestOrganization(story);
            default -> Optional.empty();
        };
    }

    /** "a US official", "the official", "the US president", "Russia's defence ministry", "the report". */
    private Optional<Attribution> description(List<Token> tokens, int from, int to, int sentence) {
        List<String> words = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (tokens.get(i).isWord() && !tokens.get(i).isPossessive()) {
                words.add(tokens.get(i).text());
            }
        }
        int first = isDeterminer(tokens.get(from)) ? 1 : 0;
        if (words.size() <= first) {
            return Optional.empty();
        }
        String head = words.get(words.size() - 1);
        String determiner = words.get(0).toLowerCase(Locale.ROOT);
        String text = NounPhrases.text(tokens, from, to);
        String withoutDeterminer = isDeterminer(tokens.get(from)) ? NounPhrases.text(tokens, from + 1, to) : text;
        List<String> modifiers = words.subList(first, words.size() - 1);
        boolean indefinite = INDEFINITE.contains(determiner) || head.toLowerCase(Locale.ROOT).endsWith("s") && !isDeterminer(tokens.get(from));
        if (lex.isTitleHead(head) || lex.isAnonymousHead(head)) {
            if (!indefinite) {
                Optional<Entity> known = discourse.byDescription(modifiers, head, story);
                if (known.isPresent()) {
                    known.get().lastMention = sentence;
                    return known.map(e -> new Attribution(e, e.title, null, "title-coreference", 0.8));
                }
            }
            if (lex.isAnonymousHead(head) || indefinite) {
                Entity anonymous = discourse.anonymous(text, withoutDeterminer, sentence, story);
                return Optional.of(new Attribution(anonymous, withoutDeterminer, null, "anonymous", 0.8));
            }
            return Optional.empty();
        }
        if (determiner.equals("the") && MEDIA_HEADS.contains(head.toLowerCase(Locale.ROOT))) {
            Optional<Entity> media = discourse.latestMedia();
            if (media.isPresent()) {
                return media.map(e -> new Attribution(e, null, null, "title-coreference", 0.75));
            }
        }
        if (determiner.equals("the") && lex.isDocumentHead(head)) {
            Optional<Entity> author = discourse.author(head);
            if (author.isPresent()) {
                return author.map(e -> new Attribution(e, e.title, null, "document-author", 0.75));
            }
        }
        if (lex.isOrganizationHead(head) || lex.isDocumentHead(head)) {
            if (determiner.equals("the") && to - from == 2) {
                Optional<Entity> known = discourse.byDescription(List.of(), head, story);
                if (known.isPresent()) {
                    return known.map(e -> new Attribution(e, null, null, "title-coreference", 0.75));
                }
            }
            Mention org = new Mention(from, to, withoutDeterminer, null, SpeakerKind.ORGANIZATION, Gender.UNKNOWN, tokens.get(from).start(), from, to);
            Entity entity = discourse.resolve(org, sentence, story);
            return Optional.of(new Attribution(entity, null, null, "organization", 0.8));
        }
        return Optional.empty();
    }
}
