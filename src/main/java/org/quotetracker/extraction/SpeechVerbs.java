package org.quotetracker.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The speech verbs of a sentence ("said", "told", "according to", ", saying") and which of them governs each quote:
 * the part of the sentence reading that finds the verb, before anyone looks for its subject.
 */
final class SpeechVerbs {

    private final Lexicon lex = Lexicon.get();
    private final SubjectPhrases phrases;

    SpeechVerbs(SubjectPhrases phrases) {
        this.phrases = phrases;
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
            } else if (lex.isSpeechVerb(t) && (Character.isLowerCase(t.text().charAt(0)) || i == 0 && (t.is("said") || lex.isParticipialCue(t.lower()))
                    || capitalizedAfterApposition(tokens, i))
                    && (before == null || !isNounMarker(before) || SubjectPhrases.isVerbContraction(tokens, i - 1)) && !isModifiedNoun(tokens, i) && !namesABody(tokens, i) && !beforeInfinitive(tokens, i) && !isPassive(tokens, i)
                    && !(i + 1 < tokens.size() && tokens.get(i + 1).isPossessive()) && !isPrepositionalObject(tokens, i)) {
                boolean asked = t.is("asked") && before != null && (before.is("when") || before.is("if") || before.is("after") || before.is(","));
                Cue.Kind kind = (lex.isParticipialCue(t.lower()) || t.text().endsWith("ing")) && !isProgressive(tokens, i) || asked
                        ? Cue.Kind.PARTICIPLE : Cue.Kind.FINITE;
                cues.add(new Cue(i, t.text(), kind));
            } else if (isPhrasalCue(tokens, i) || isAsPutIt(tokens, i)) {
                cues.add(new Cue(i, t.text(), Cue.Kind.FINITE));
            }
        }
        return cues;
    }

    /**
     * "“…?” Lee went on.", "Adams shot back, “…”": a verb and particle that report speech only where nothing follows
     * the particle but the quote or the clause's end ("went on to win", "shot back up" are no speech).
     */
    private boolean isPhrasalCue(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size() || !Character.isLowerCase(tokens.get(i).text().charAt(0)) || !tokens.get(i + 1).isWord()) {
            return false;
        }
        if (!lex.opensPhrasalSpeechVerb(tokens.get(i).lower())) {
            return false; // settled before the tokens after it are compared: nearly every word opens no phrasal verb
        }
        if (i + 2 < tokens.size()) {
            Token after = tokens.get(i + 2);
            if (!after.isQuote() && !after.is(",") && !after.is(".") && !after.is(":")) {
                return false;
            }
        }
        return lex.isPhrasalSpeechVerb(tokens.get(i).text(), tokens.get(i + 1).text());
    }

    /**
     * "As the Gazette's Lu Lan puts it, Holt wants “…”", "…, as he put it, “…”": "put it" after "as" and its subject
     * reports words as "as X said" does; elsewhere ("put it to a vote") it is no speech verb.
     */
    private static boolean isAsPutIt(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!(t.is("put") || t.is("puts")) || !Character.isLowerCase(t.text().charAt(0)) || i + 2 >= tokens.size() || !tokens.get(i + 1).is("it")) {
            return false;
        }
        Token after = tokens.get(i + 2);
        if (!after.is(",") && !after.is(":") && !after.isDash()) {
            return false;
        }
        for (int k = i - 1; k >= 0 && k >= i - 7; k--) {
            Token w = tokens.get(k);
            if (w.is("as")) {
                return k + 1 < i;
            }
            if (!w.isWord() && !w.isPossessive()) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Lopez, the group's treasurer, Tweeted “…”": some writers capitalise a verb made from a brand name, and after the
     * comma that closes an apposition a past form in "-ed" can only be the clause's verb, never the start of a name.
     */
    private static boolean capitalizedAfterApposition(List<Token> tokens, int i) {
        return i > 1 && tokens.get(i - 1).is(",") && tokens.get(i).lower().endsWith("ed") && tokens.get(i).isCapitalized()
                && !tokens.get(i).text().chars().skip(1).anyMatch(Character::isUpperCase);
    }

    /** Forms of "be" that make a following "-ing" form a finite progressive verb ("is predicting", "was saying"). */
    private static final Set<String> BE_FORMS = Set.of("is", "was", "are", "were", "am", "be", "been");

    /**
     * "He is predicting", "she’s been saying", "Reed was still insisting": an "-ing" form after "be" (past adverbs and
     * other auxiliaries) is the clause's own finite verb, with its subject before it, not a participle borrowing one.
     */
    private boolean isProgressive(List<Token> tokens, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
            Token t = tokens.get(k);
            if (BE_FORMS.contains(t.lower()) && !t.isCapitalized() || SubjectPhrases.isVerbContraction(tokens, k)) {
                return true;
            }
            if (!lex.isAuxiliary(t.text()) || t.isCapitalized()) {
                return false;
            }
        }
        return false;
    }

    /** "a Trump-style retort", "his angry reply": a bare form after a determiner and a modifier is a noun. */
    private boolean isModifiedNoun(List<Token> tokens, int i) {
        if (i < 2 || isInflected(tokens.get(i).lower())) {
            return false;
        }
        Token modifier = tokens.get(i - 1);
        return isNounMarker(tokens.get(i - 2)) && modifier.isWord() && !lex.isAuxiliary(modifier.text()) && !modifier.is("not");
    }

    /**
     * "a company called Pier Analytics", "a group named Harbor Watch": "called" gives the body its name, and the body
     * says nothing; "the senator called Reed “…”" is speech.
     */
    private boolean namesABody(List<Token> tokens, int i) {
        if (i < 2 || i + 1 >= tokens.size() || !(tokens.get(i).is("called") || tokens.get(i).is("named")) || !tokens.get(i + 1).isCapitalized()) {
            return false;
        }
        Token noun = tokens.get(i - 1);
        int article = i - 2;
        while (article > 0 && article >= i - 4 && tokens.get(article).isWord() && !SubjectPhrases.INDEFINITE.contains(tokens.get(article).lower())) {
            article--; // "a small consulting firm called …"
        }
        return noun.isWord() && !noun.isCapitalized() && lex.isGenericBodyHead(noun.lower())
                && (tokens.get(article).is("a") || tokens.get(article).is("an"));
    }

    /** Prepositions whose object is a noun phrase, never a clause ("amid", not "after": "after Lee claims victory"). */
    private static final Set<String> NOUN_PREPOSITIONS = Set.of("in", "on", "at", "amid", "alongside", "despite", "with",
            "without", "from", "to", "across", "among", "amongst", "between", "against", "following", "during", "under",
            "over", "into", "onto", "through", "throughout", "toward", "towards", "like", "unlike", "beyond", "behind",
            "regarding", "concerning", "including", "besides", "via", "upon", "within", "outside", "inside", "near");

    /** Words that count or pick out the plural noun of a prepositional object: "in many states", "across the two states". */
    private static final Set<String> PLURAL_MARKERS = Set.of("many", "several", "other", "some", "all", "both", "few", "numerous",
            "various", "most", "these", "those", "the", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

    /**
     * "in many Asian states, …", "Amid Tory calls for calm, …", "across 11 states": a speech verb's "-s" form right after a
     * preposition and nothing but counting words, numbers and capitalised modifiers is a plural noun ("states", "calls",
     * "claims"), not the finite verb of a clause. A lower-case word between may be the head of a subject's own phrase
     * ("a voice-over in the ad states", "a letter to members calls"), and so may a capitalised plural ("a letter to
     * Senate Democrats calls"); "of" and "for" join titles to their subject ("the Secretary of State notes").
     */
    private boolean isPrepositionalObject(List<Token> tokens, int i) {
        String w = tokens.get(i).lower();
        if (!w.endsWith("s") || w.endsWith("ss") || w.equals("says")) {
            return false;
        }
        for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
            Token t = tokens.get(k);
            if (NOUN_PREPOSITIONS.contains(t.lower())) {
                return true;
            }
            boolean modifier = t.kind() == Token.Kind.NUMBER || PLURAL_MARKERS.contains(t.text())
                    || t.isWord() && t.isCapitalized() && !(t.lower().endsWith("s") && !t.lower().endsWith("ss"));
            if (!modifier) {
                return false;
            }
        }
        return false;
    }

    /** "vowed to reach", "will continue to be": a verb before an infinitive reports an intention, not words. */
    private boolean beforeInfinitive(List<Token> tokens, int i) {
        if (i + 2 >= tokens.size() || !tokens.get(i + 1).is("to")) {
            return false;
        }
        Token next = tokens.get(i + 2);
        String w = next.text().toLowerCase(Locale.ROOT);
        return next.isWord() && !next.isCapitalized() && !SubjectPhrases.isDeterminer(next) && !w.endsWith("s")
                && !lex.isTitleHead(w) && !lex.isAnonymousHead(w) && !SubjectPhrases.PERSONAL_PRONOUNS.contains(w) && !w.equals("him") && !w.equals("her")
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
            if (cue.index() < q && !inClosedRelativeClause(tokens, cue.index(), q) && !inClosedAsAside(tokens, cue.index(), q)
                    && !inOpeningTimeClause(tokens, cue, q)) {
                before = cue;
            }
        }
        before = outermost(tokens, cues, before);
        before = answeringVerb(tokens, cues, before);
        if (before != null && after != null && !lex.isWeakSpeechVerb(after.verb()) && inMainClauseAfterOpeningVerb(tokens, before, q)) {
            // "After a reporter asked about it, the Ortons became “agitated,” according to a source": the opening
            // clause's verb has its own words; the main clause's quote is the source's that follows it
            return after;
        }
        if (before != null && introduces(tokens, before, q)) {
            return before; // "Trump claimed on Tuesday that “…,” one of the prosecutors said": the claim is Trump's
        }
        if (before != null && inOpeningClause(tokens, before, q)) {
            return before; // "After Scalia said they would do better at “…,” Trump said": the quote is Scalia's
        }
        if (before != null && namesWithQuote(tokens, before, q)) {
            return before; // "mocked Reed for calling himself the “…,” noting …": the quote completes the naming participle
        }
        if (after != null && adjacentAfter(tokens, q, after)) {
            return after;
        }
        if (before != null) {
            return before;
        }
        return after != null && !lex.isWeakSpeechVerb(after.verb()) ? after : null;
    }

    /**
     * "Lynn, who told the council when asked about the piers: “…”": "when asked" says what the words answered; the
     * speech verb of its own clause just before it (no comma between) is the one that gives them, with its subject.
     */
    private static Cue answeringVerb(List<Token> tokens, List<Cue> cues, Cue cue) {
        int i = cue == null ? -1 : cue.index();
        if (i < 2 || cue.kind() != Cue.Kind.PARTICIPLE || !tokens.get(i).is("asked")
                || !(tokens.get(i - 1).is("when") || tokens.get(i - 1).is("if"))) {
            return cue;
        }
        Cue finite = null;
        for (Cue c : cues) {
            if (c.index() < i - 1 && c.index() >= i - 1 - ANSWERING_VERB_WORDS && c.kind() == Cue.Kind.FINITE) {
                finite = c;
            }
        }
        if (finite == null) {
            return cue;
        }
        for (int k = finite.index() + 1; k < i - 1; k++) {
            if (!tokens.get(k).isWord()) {
                return cue; // "Lynn told the council, when asked, …": a comma or a quote between, another clause
            }
        }
        return finite;
    }

    /** How many words may stand between a speech verb and the "when asked" of its clause ("told Congress"). */
    private static final int ANSWERING_VERB_WORDS = 6;

    /**
     * ", which the Tax Foundation estimates would cost …, would risk “…”": a verb in a relative clause that a comma
     * closes before the quote.
     */
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
        // "Lee, who declared in the spin room, “…”": the comma right before the quote introduces it and closes nothing
        for (int i = cue + 1; i < q - 1; i++) {
            if (tokens.get(i).is(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "As Reed spoke, the union was whipping votes against “…”": an opening time clause whose verb of speaking takes no
     * words, closed by a comma right after the verb, says when, and governs no quote of the main clause after it.
     */
    boolean opensTimeClause(List<Token> tokens, Cue cue) {
        if (tokens.isEmpty() || !lex.isSubordinator(tokens.get(0)) || !lex.isIntransitiveSpeechVerb(cue.verb())) {
            return false;
        }
        int comma = cue.index() + 1;
        if (comma >= tokens.size() || !tokens.get(comma).is(",")) {
            return false;
        }
        for (int i = 1; i < cue.index(); i++) {
            if (!tokens.get(i).isWord() && !tokens.get(i).isPossessive()) {
                return false;
            }
        }
        return true;
    }

    private boolean inOpeningTimeClause(List<Token> tokens, Cue cue, int q) {
        return q > cue.index() + 3 && opensTimeClause(tokens, cue); // the main clause's own words stand before the quote
    }

    /**
     * "he doesn't have small hands - as Rubio has said - and he can “guarantee” …": an aside "as X said" set off by
     * dashes or commas credits X with the clause it interrupts, not with a quote that follows further words of the main
     * clause. A quote right after the closing mark ("Trump is, as Rubio said, “a con artist”") stays X's.
     */
    private static boolean inClosedAsAside(List<Token> tokens, int cue, int q) {
        int end = asideEnd(tokens, cue, q);
        return end >= 0 && q > end + 1; // words of the main clause stand between the aside and the quote
    }

    /** Whether the cue stands in an aside "— as X noted —" or ", as X said," that closes before the sentence ends. */
    static boolean inAside(List<Token> tokens, Cue cue) {
        return asideEnd(tokens, cue.index(), tokens.size()) >= 0;
    }

    /** The dash or comma that closes an aside "— as X noted —" around the verb at cue, before limit, or -1. */
    private static int asideEnd(List<Token> tokens, int cue, int limit) {
        int as = cue - 1;
        while (as > 0 && cue - as <= 6 && tokens.get(as).isWord() && !tokens.get(as).is("as")) {
            as--;
        }
        if (as < 1 || !tokens.get(as).is("as") || as + 1 == cue) {
            return -1;
        }
        Token open = tokens.get(as - 1);
        boolean dash = open.isDash();
        if (!dash && !open.is(",")) {
            return -1;
        }
        for (int i = cue + 1; i < limit && i <= cue + 8; i++) {
            Token t = tokens.get(i);
            if (t.isQuote()) {
                return -1;
            }
            if (dash ? t.isDash() : t.is(",")) {
                return i;
            }
        }
        return -1;
    }

    /**
     * "After Scalia said that students might do better at “…,” Trump said: …": the sentence opens with a subordinate
     * clause whose own finite speech verb leads, with no comma, to the quote: the clause (and the quote in it) ends
     * after the quote, so the main clause's verb after it does not govern the quote.
     */
    private static boolean inOpeningClause(List<Token> tokens, Cue cue, int q) {
        if (cue.kind() != Cue.Kind.FINITE || tokens.isEmpty() || !Lexicon.get().isSubordinator(tokens.get(0)) || cue.index() < 2) {
            return false;
        }
        for (int i = 1; i < q; i++) {
            Token t = tokens.get(i);
            if (t.is(",") || t.is(";") || t.is(":") || t.isQuote() || t.isDash()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the cue stands in an opening subordinate clause and the quote at q in the main clause after it, behind
     * words of that clause ("When a fan shouted, “Cruz,” Lee joked" keeps the shout's quote with the shout).
     */
    private static boolean inMainClauseAfterOpeningVerb(List<Token> tokens, Cue cue, int q) {
        int main = mainClauseStart(tokens);
        return main > cue.index() && q > main;
    }

    /** Where the main clause starts after an introductory subordinate clause ("After Brown criticized Clinton, ..."), or 0. */
    static int mainClauseStart(List<Token> tokens) {
        if (tokens.isEmpty() || !Lexicon.get().isSubordinator(tokens.get(0))) {
            return 0;
        }
        for (int i = 1; i < tokens.size() && i < 30; i++) {
            if (quoteEndsOpeningClause(tokens, i)) {
                return i + 1;
            }
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
     * "While Lee proclaims the plan a “bold step,” Hale fixates on …", "Calling the plan “a disgrace,” Lowe walked out":
     * an opening clause with its own speech verb, or an opening speaking participle's phrase, may end in a quote that
     * carries its comma; the main clause starts after it. ("As for Lee's “plan,” Hale …" has no verb there: the quote
     * is no one's report yet.)
     */
    static boolean quoteEndsOpeningClause(List<Token> tokens, int i) {
        if (!tokens.get(i).isQuoteEndingInComma() || i + 1 >= tokens.size()) {
            return false;
        }
        if (Lexicon.get().isParticipialCue(tokens.get(0).lower())) {
            return true;
        }
        if (!Lexicon.get().isSubordinator(tokens.get(0))) {
            return false;
        }
        for (int j = 1; j < i; j++) {
            Token t = tokens.get(j);
            if (t.isWord() && Character.isLowerCase(t.text().charAt(0)) && Lexicon.get().isSpeechVerb(t)) {
                return true;
            }
        }
        return false;
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
            // "an official who spoke on the condition of anonymity said": a restrictive "who" clause's verb is not the main one
            boolean restrictive = earlier.index() > 0 && tokens.get(earlier.index() - 1).is("who");
            if (earlier.kind() == Cue.Kind.FINITE && !restrictive && !lex.isWeakSpeechVerb(earlier.verb()) && isInflected(earlier.verb())
                    && (clauseRunsOn(tokens, earlier.index(), cue.index()) && asideEnd(tokens, earlier.index(), cue.index()) < 0
                    || isParenthetical(tokens, earlier))) {
                return earlier;
            }
        }
        return cue;
    }

    /**
     * "The network, Cruz said, called the plan “…”", "Lee, he said, called it “…”": a report set off by commas inside
     * the clause it reports, a name or pronoun and its verb alone, is the teller's account of all of it.
     */
    private static boolean isParenthetical(List<Token> tokens, Cue cue) {
        int i = cue.index();
        if (i + 1 >= tokens.size() || !tokens.get(i + 1).is(",")) {
            return false;
        }
        int j = i - 1;
        if (j >= 0 && SubjectPhrases.PERSONAL_PRONOUNS.contains(tokens.get(j).lower())) {
            j--;
        } else {
            while (j >= 0 && j >= i - 4 && tokens.get(j).isCapitalized()) {
                j--;
            }
        }
        return j < i - 1 && j >= 1 && tokens.get(j).is(",");
    }

    /** "said", "claims", "wrote": a form that can only be a verb ("state", "report" may be nouns). */
    private static boolean isInflected(String verb) {
        return verb.endsWith("ed") || verb.endsWith("s") || Set.of("said", "told", "wrote", "spoke", "thought", "felt").contains(verb);
    }

    /** No clause boundary (";", "and", "but", a quote) between two verbs, so the second stands in the first's report. */
    private static boolean clauseRunsOn(List<Token> tokens, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            Token t = tokens.get(i);
            // a clause of time opens a report of its own: "Axelrod tweeted after Clinton argued that “…”" is Clinton's
            // ("if", "although" stay inside the report: "He says if people think it will be fixed by “…”")
            if (t.isQuote() || t.is(";") || t.is("and") || t.is("but") || t.is("while") || t.is("as") || t.is("after")
                    || t.is("before") || t.is("when") || t.is(",") || t.is(":")) {
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
            boolean filler = t.is("that") || t.is(":") || t.is(",") || lex.isAuxiliary(t.text()) || SubjectPhrases.isTimeWord(tokens, i)
                    || t.is("on") || t.is("to") || t.isCapitalized() && q - cue.index() <= 3;
            if (!filler) {
                return false;
            }
        }
        return true;
    }

    /**
     * "calling himself the “…”", "describing the plan as “…”": a naming participle whose object runs, with no comma,
     * into the quote has the quote as its complement; a cue after the closing quote belongs to the next clause.
     */
    private boolean namesWithQuote(List<Token> tokens, Cue cue, int q) {
        if (cue.kind() != Cue.Kind.PARTICIPLE || !lex.isNamingVerb(cue.verb()) || q - cue.index() > 6) {
            return false;
        }
        for (int i = cue.index() + 1; i < q; i++) {
            if (!tokens.get(i).isWord()) {
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
            if (t.isQuote() || lex.isSpeechVerb(t) && Character.isLowerCase(t.text().charAt(0))) {
                return false;
            }
            if (t.isWord() && !phrases.isPhraseWord(t) && !lex.isAuxiliary(t.text())) {
                return false;
            }
        }
        return true;
    }

    /** The personal pronoun that is the subject of a speech verb ("he said", "she has told", "said he"), or null. */
    String pronounSubject(List<Token> tokens, Cue cue) {
        if (cue.kind() != Cue.Kind.FINITE) {
            return null; // a participle borrows the main clause's subject; "according to" names a source, not a pronoun
        }
        int i = cue.index();
        for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
            String w = tokens.get(j).lower();
            if (SubjectPhrases.PERSONAL_PRONOUNS.contains(w)) {
                return w;
            }
            if (!lex.isAuxiliary(tokens.get(j).text()) && !SubjectPhrases.isTimeWord(tokens, j)) {
                break;
            }
        }
        return i + 1 < tokens.size() && SubjectPhrases.PERSONAL_PRONOUNS.contains(tokens.get(i + 1).lower()) ? tokens.get(i + 1).lower() : null;
    }

    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("was", "were", "is", "are", "been", "being", "be");

    /** "the staffer was charged with battery": a passive verb's subject did not speak, unless "by" names who did. */
    static boolean isPassive(List<Token> tokens, int i) {
        return i > 0 && PASSIVE_AUXILIARIES.contains(tokens.get(i - 1).lower())
                && !(i + 1 < tokens.size() && tokens.get(i + 1).is("by")) && !tokens.get(i).lower().endsWith("ing");
    }
}
