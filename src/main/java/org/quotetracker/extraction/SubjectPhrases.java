package org.quotetracker.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where the phrase that names a speaker begins and ends around a speech verb: before it ("Randall Stephenson, AT&T's
 * chief executive, said"), after it ("said the bureau's director, James B. Comey"), through appositions, parentheses,
 * "X of the Y" and joint speakers; and the word classes those boundaries are read with.
 */
final class SubjectPhrases {

    /** Words that open an introductory phrase, which runs to its comma: "In a forceful introduction at NATO, ...". */
    static final Set<String> PHRASE_OPENERS = Set.of("in", "on", "at", "after", "before", "while", "when",
            "although", "though", "as", "despite", "for", "during", "since", "if", "because", "with", "without", "under",
            "amid", "alongside", "ahead", "referring", "speaking", "asked", "by", "from", "to", "over", "across", "north", "south",
            "east", "west", "following", "outside", "inside", "near", "within", "like", "unlike", "once", "given",
            "between", "among", "against", "around", "through", "throughout", "toward", "towards", "upon", "via",
            "beyond", "behind", "below", "above", "besides", "except", "including", "regarding", "concerning", "until", "unless",
            "more", "most", "shortly", "soon", "long", "early", "late");

    /**
     * Nouns for a span of time, which with a count or alone open an introductory phrase ("Minutes later, she ...",
     * "Twenty years earlier, he ...", "Days after the vote, ..."), and adverbs of place that do ("Somewhere else, he
     * ..."): capitalised at a sentence's start they are no one's name, and the subject comes after the comma.
     */
    private static final Set<String> TIME_SPANS = Set.of("seconds", "minutes", "hours", "days", "weeks", "months",
            "years", "decades", "moments", "somewhere", "elsewhere");

    /** Counts before a span of time: "Twenty years earlier", "A few days later", "Two weeks ago". */
    private static final Set<String> COUNTS = Set.of("a", "few", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "twenty", "thirty", "forty", "fifty",
            "several", "many", "some", "those");

    /**
     * Whether the phrase starting at {@code i} is introductory and runs to its comma: an opener ("In Ohio, ..."), or a
     * span of time ("Minutes later, ...", "Twenty years earlier, ...", "A few days later, ...").
     */
    static boolean opensPhrase(List<Token> tokens, int i) {
        String w = tokens.get(i).lower();
        if (PHRASE_OPENERS.contains(w) || TIME_SPANS.contains(w)) {
            return true;
        }
        int j = i;
        while (j < tokens.size() && j < i + 3 && (COUNTS.contains(tokens.get(j).lower()) || tokens.get(j).text().chars().allMatch(Character::isDigit))) {
            j++;
        }
        return j > i && j < tokens.size() && TIME_SPANS.contains(tokens.get(j).lower());
    }

    /** Words that open a clause on their own: "But he poured cold water ...". */
    private static final Set<String> CONJUNCTIONS = Set.of("but", "and", "so", "yet", "or", "however", "meanwhile",
            "still", "also", "instead", "then", "now", "today", "earlier", "later", "even", "indeed", "moreover",
            "separately", "similarly", "nonetheless", "nevertheless", "again", "finally", "first", "second", "third",
            "lastly", "plus", "thus", "therefore", "otherwise", "rather", "already", "perhaps", "maybe", "sometimes");

    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("\\d+(?:st|nd|rd|th)");

    private static final java.util.regex.Pattern PARTY_STATE = java.util.regex.Pattern.compile("[RDI]-\\p{Lu}[\\p{L}.]*");

    /** Words that join the parts of a name or a title: "Secretary of State", "Ludwig van Beethoven". */
    private static final Set<String> NAME_LINKS = Set.of("of", "for", "de", "van", "von", "al", "bin");

    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "today", "yesterday", "tonight", "recently", "earlier", "later", "late", "early", "last", "night",
            "morning", "afternoon", "evening", "week", "month", "year");

    static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "whom", "whose", "which");

    static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "it", "they", "we", "i");

    /** "He’s predicting", "she's said": "’s" after a personal pronoun is "is" or "has", never a possessive. */
    static boolean isVerbContraction(List<Token> tokens, int i) {
        return i > 0 && tokens.get(i).isPossessive() && tokens.get(i).text().endsWith("s") && PERSONAL_PRONOUNS.contains(tokens.get(i - 1).lower());
    }

    static final Set<String> INDEFINITE = Set.of("a", "an", "one", "two", "three", "four", "five", "several",
            "some", "many", "other", "another", "senior", "top", "both");

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    /** Prepositions between a description's head and the institution or name that is its object ("director for the Party"). */
    private static final Set<String> DESCRIPTION_OBJECT_LINKS = Set.of("for", "of", "at", "with");
    private static final Set<String> PHRASE_STOPS = Set.of("in", "on", "at", "to", "that", "who", "which", "when", "while",
            "after", "before", "during", "as", "and", "but", "because", "if", "though", "although", "with", "from", "into");

    private final Lexicon lex = Lexicon.get();
    private final NounPhrases nounPhrases;

    SubjectPhrases(NounPhrases nounPhrases) {
        this.nounPhrases = nounPhrases;
    }

    static boolean isOpener(Token t) {
        // the token's lower-case form, made once, not the text lower-cased on each call: the two differ only where the
        // text has ’ (written '), and these lists hold plain ASCII words without apostrophes
        String w = t.lower();
        return PHRASE_OPENERS.contains(w) || CONJUNCTIONS.contains(w);
    }

    /** Where the words before a verb start once its auxiliaries and time words ("has long", "on Tuesday") are passed. */
    private int pastAuxiliaries(List<Token> tokens, int verb) {
        int end = verb;
        while (end > 0 && (lex.isAuxiliary(tokens.get(end - 1).text()) && !tokens.get(end - 1).isCapitalized() || isTimeWord(tokens, end - 1)
                || isVerbContraction(tokens, end - 1) || isFloatingQuantifier(tokens, end - 1))) {
            end--;
        }
        return end;
    }

    /** Quantifiers that may stand between a plural or joint subject and its verb: "the Gazette and the Ledger each called". */
    private static final Set<String> FLOATING_QUANTIFIERS = Set.of("each", "both", "all");

    /**
     * "The Gazette and the Ledger each called it …", "Reed and Vance both said": a quantifier after a subject, right
     * before its verb (or an auxiliary), is no part of the phrase; a word must stand before it ("All said" is a
     * subject of its own).
     */
    private static boolean isFloatingQuantifier(List<Token> tokens, int i) {
        return i > 0 && FLOATING_QUANTIFIERS.contains(tokens.get(i).text()) && tokens.get(i - 1).isWord()
                && !isDeterminer(tokens.get(i - 1)) && !tokens.get(i - 1).is("of");
    }

    /**
     * "Reed, who has called the pact …", "Lowe, who says …", "Reed - who has called it …": when the verb's subject is a
     * relative "who" after a comma or a dash, the person named right before it. Empty otherwise.
     */
    Optional<int[]> relativeAntecedent(List<Token> tokens, int verb) {
        int end = pastAuxiliaries(tokens, verb);
        if (end < 3 || !tokens.get(end - 1).is("who") || !tokens.get(end - 2).is(",") && !tokens.get(end - 2).isDash()) {
            return Optional.empty();
        }
        int comma = end - 2;
        return phraseBefore(tokens, comma).filter(r -> r[1] == comma && namesPerson(tokens, r))
                .or(() -> nameBeforeShortTail(tokens, comma));
    }

    /** Prepositions of a short phrase that says how or where someone spoke: "on camera", "in an interview". */
    private static final Set<String> MANNER_PREPOSITIONS = Set.of("on", "in", "at", "during");

    /**
     * "Reed says to Vance on camera, who responds: “…”", "… told Vance in an interview, who …": a name followed by a short
     * lower-case phrase of how or where, then the comma before "who": the name, which the phrase does not change.
     */
    private Optional<int[]> nameBeforeShortTail(List<Token> tokens, int comma) {
        for (int p = comma - 2; p >= 1 && p >= comma - 4; p--) {
            if (!MANNER_PREPOSITIONS.contains(tokens.get(p).text())) {
                continue;
            }
            for (int k = p + 1; k < comma; k++) {
                if (!tokens.get(k).isWord() || tokens.get(k).isCapitalized()) {
                    return Optional.empty();
                }
            }
            int at = p;
            return phraseBefore(tokens, at).filter(r -> r[1] == at && namesPerson(tokens, r));
        }
        return Optional.empty();
    }

    /** The noun phrase that ends just before a verb, skipping adverbs, auxiliaries and "on Tuesday". */
    Optional<int[]> phraseBefore(List<Token> tokens, int verb) {
        return phraseEndingBefore(tokens, verb).map(r -> headBeforeTail(tokens, r));
    }

    /** The prepositions of a noun's tail: "a letter to members", "Democrats with ties to both", "a memo from X". */
    private static final Set<String> TAIL_PREPOSITIONS = Set.of("to", "with", "from", "of", "for", "about", "by", "at", "in", "on");

    /**
     * "A letter to board members calls for", "Several Republicans with close ties to both Pells cited", "A letter from
     * the Guild obtained by the Ledger warns": the phrase before the verb is the object of a preposition in the tail of
     * the noun that opens the clause, and that noun is the subject. A document's subject is its sender ("from X"); a
     * plural noun is the group; a single described person is read elsewhere (descriptionBeforePlace). The range
     * unchanged where the words back to the clause's start are no noun's tail.
     */
    private int[] headBeforeTail(List<Token> tokens, int[] range) {
        int p = range[0] - 1;
        // "a letter to platform committee members": a description read may leave out lower-case nouns that modify it
        boolean description = !tokens.get(range[0]).isCapitalized();
        for (int k = 0; description && k < 2 && p > 2 && isModifyingNounAt(tokens, p); k++) {
            p--;
        }
        if (p > 0 && (tokens.get(p).is("both") || tokens.get(p).is("the"))) {
            p--;
        }
        if (p < 2 || !TAIL_PREPOSITIONS.contains(tokens.get(p).text())) {
            return range;
        }
        int start = p;
        while (start > 0 && !startsClause(tokens, start)) {
            Token t = tokens.get(--start);
            boolean participle = t.lower().endsWith("ed") && tokens.get(start + 1).is("by"); // "obtained by"
            if (p - start > 14 || !(t.isWord() || t.kind() == Token.Kind.NUMBER) || PERSONAL_PRONOUNS.contains(t.lower())
                    || RELATIVE_PRONOUNS.contains(t.lower()) || t.is("that") || lex.isAuxiliary(t.text()) && !participle
                    || lex.isSpeechVerb(t) && !participle || CONJUNCTIONS.contains(t.lower())
                    || t.lower().endsWith("ed") && !participle && !t.isCapitalized() && !lex.isTitleModifier(t.lower())) {
                return range;
            }
        }
        int first = start;
        while (first < p && !TAIL_PREPOSITIONS.contains(tokens.get(first).text())) {
            first++;
        }
        if (first == start) {
            return range; // "In Ohio members of the board said": an opening phrase, not a noun's tail
        }
        Token head = tokens.get(first - 1);
        if (!head.isWord() || head.isPossessive()) {
            return range;
        }
        if (!head.isCapitalized() && lex.isDocumentHead(head)) {
            int from = first;
            while (from < p && !tokens.get(from).is("from")) {
                from++;
            }
            if (from == p) {
                // "a letter to board members": the one it is sent to never wrote it; "a message on the website" may be
                // the site owner's, so it stays the object's ("a memo to staff from X" is X's)
                return tokens.get(p).is("from") || !tokens.get(first).is("to") ? range : new int[] {start, first};
            }
            int senderEnd = from + 1;
            while (senderEnd < p && isPhraseWordAt(tokens, senderEnd) && !TAIL_PREPOSITIONS.contains(tokens.get(senderEnd).text())
                    && (tokens.get(senderEnd).isCapitalized() || isDeterminer(tokens.get(senderEnd)))) {
                senderEnd++;
            }
            return senderEnd > from + 1 ? new int[] {from + 1, senderEnd} : new int[] {start, first};
        }
        return isPluralNoun(head.text()) && !lex.isNonPersonHead(head.lower()) ? new int[] {start, first} : range;
    }

    /** A plain lower-case word that may stand before a noun as its modifier: no preposition, verb or function word. */
    private boolean isModifyingNounAt(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return t.isWord() && !t.isCapitalized() && !isDeterminer(t) && !TAIL_PREPOSITIONS.contains(t.text()) && !t.is("both")
                && !PERSONAL_PRONOUNS.contains(t.lower()) && !RELATIVE_PRONOUNS.contains(t.lower()) && !CONJUNCTIONS.contains(t.lower())
                && !lex.isAuxiliary(t.text()) && !lex.isSpeechVerb(t) && !t.lower().endsWith("ed") && !t.lower().endsWith("ly")
                && !t.lower().startsWith("wh") && !t.is("how");
    }

    private Optional<int[]> phraseEndingBefore(List<Token> tokens, int verb) {
        int end = beforeParenthesis(tokens, pastAuxiliaries(tokens, verb));
        Optional<int[]> named = nameInDashAside(tokens, end);
        if (named.isPresent()) {
            return named;
        }
        end = beforeDashAside(tokens, end);
        if (end > 2 && tokens.get(end - 1).is("which") && tokens.get(end - 2).is(",")) {
            end -= 2; // "The flyer, which - as Pratt noted - promises": the verb's subject is what "which" stands for
        }
        if (end == 0) {
            return Optional.empty();
        }
        Optional<int[]> group = groupOfDescription(tokens, end);
        if (group.isPresent()) {
            return group;
        }
        if (tokens.get(end - 1).is(",")) {
            return phraseBeforeAppositive(tokens, end - 1);
        }
        int who = restrictiveWhoBefore(tokens, end);
        if (who > 0) {
            Optional<int[]> described = phraseEndingBefore(tokens, who);
            if (described.isPresent()) {
                return described;
            }
        }
        int start = end;
        while (start > 0 && isPhraseWordAt(tokens, start - 1)) {
            start--;
            if (isDeterminer(tokens.get(start))) {
                break;
            }
        }
        start = conjoinedTitleStart(tokens, start, end);
        int indefinite = indefiniteDescriptionStart(tokens, end);
        if (indefinite >= 0 && indefinite < start) {
            return Optional.of(new int[] {indefinite, end});
        }
        int possessed = possessedDescriptionStart(tokens, start, end);
        if (possessed < 0) {
            possessed = ownedRelationStart(tokens, end);
        }
        if (possessed >= 0) {
            return Optional.of(new int[] {possessed, end});
        }
        int phraseStart = trimLeading(tokens, coordinatedNamesStart(tokens, start), end);
        int phraseEnd = end;
        // "…, Speaker of the House Rep. Ann Hale said": a phrase with a titled name of its own is that person, never the
        // tail of an apposition to the name before the comma
        boolean ownName = holdsTitledName(tokens, phraseStart, phraseEnd);
        Optional<int[]> owner = speakersBeforeInstitution(tokens, start, phraseStart)
                .or(() -> nameBeforeOf(tokens, phraseStart))
                .or(() -> ownName ? nameBeforeDescribedApposition(tokens, phraseStart) : nameBeforeDescription(tokens, phraseStart))
                .or(() -> nameBeforeBareTitle(tokens, phraseStart, phraseEnd)).or(() -> groupBeforeOf(tokens, phraseStart));
        if (owner.isPresent()) {
            return owner;
        }
        int described = descriptionBeforePlace(tokens, phraseStart);
        if (described >= 0) {
            return Optional.of(new int[] {described, end});
        }
        if (phraseStart < end) {
            return Optional.of(new int[] {phraseStart, end});
        }
        int tailed = descriptionBeforeTail(tokens, end);
        return tailed >= 0 ? Optional.of(new int[] {tailed, end}) : Optional.empty();
    }

    /**
     * "A city official who spoke on the condition of anonymity said": a "who" clause with no commas between a noun and
     * the verb restricts the noun, which is the verb's subject; the clause's own verb ("spoke") is not the main one.
     * Where "who" stands, or -1.
     */
    private static int restrictiveWhoBefore(List<Token> tokens, int end) {
        for (int i = end - 1; i >= 2 && i >= end - 16; i--) {
            Token t = tokens.get(i);
            if (t.is("who")) {
                Token noun = tokens.get(i - 1);
                return i + 1 < end && noun.isWord() && !noun.isCapitalized() && !PERSONAL_PRONOUNS.contains(noun.lower())
                        && !RELATIVE_PRONOUNS.contains(noun.lower()) ? i : -1;
            }
            // "people who they believe speak": a clause with a subject of its own says what others think, not who speaks
            if (!(t.isWord() || t.kind() == Token.Kind.NUMBER) || t.isQuote() || CONJUNCTIONS.contains(t.lower()) || t.is("that")
                    || PERSONAL_PRONOUNS.contains(t.lower())) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "a staffer in the room wondered", "a person familiar with the talks said", "a source close to the agency's
     * review said": an indefinite description whose head takes a prepositional tail of common words before the verb,
     * which no phrase word ends; the description is the subject. Where it starts (its determiner), or -1.
     */
    private int descriptionBeforeTail(List<Token> tokens, int end) {
        for (int p = end - 2; p >= 2 && p >= end - 6; p--) {
            Token t = tokens.get(p);
            if (!t.isWord() || lex.isSpeechVerb(t) || lex.isAuxiliary(t.text()) || PERSONAL_PRONOUNS.contains(t.lower())) {
                return -1;
            }
            if (!PLACE_PREPOSITIONS.contains(t.text()) && !EMPLOYER_PREPOSITIONS.contains(t.text())) {
                continue;
            }
            int headAt = linksToEmployer(tokens.get(p - 1)) ? p - 2 : p - 1;
            Token head = tokens.get(headAt);
            if (head.isCapitalized() || !(lex.isTitleHead(head) || lex.isAnonymousHead(head))) {
                return -1;
            }
            for (int i = headAt - 1; i >= 0 && i >= headAt - 4; i--) {
                Token d = tokens.get(i);
                if (INTRODUCING.contains(d.lower())) {
                    return i;
                }
                if (!d.isWord() || isDeterminer(d) || lex.isSpeechVerb(d) || PERSONAL_PRONOUNS.contains(d.lower())) {
                    return -1;
                }
            }
            return -1;
        }
        return -1;
    }

    /** An honorific followed by a capitalised word inside the phrase ("the House Rep. Ann Hale"). */
    private boolean holdsTitledName(List<Token> tokens, int from, int end) {
        for (int i = from; i + 1 < end; i++) {
            if (tokens.get(i).isCapitalized() && lex.isHonorific(tokens.get(i).text()) && tokens.get(i + 1).isCapitalized()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "a man in Manchester said", "a voter from Ohio said": the name after the preposition is where the person is,
     * and the description before it is the subject; so in "a spokeswoman for the Budget Committee said", where it is
     * whom the person works for. Where that description starts (its determiner), or -1.
     */
    private int descriptionBeforePlace(List<Token> tokens, int start) {
        // "a spokeswoman for the Budget Committee said": the description is the subject and the institution its
        // employer, as in "said a spokeswoman for the committee"; only an indefinite one, which introduces someone new
        int name = start < tokens.size() && tokens.get(start).is("the") ? start + 1 : start;
        int at = start > 0 && tokens.get(start - 1).is("the") ? start - 1 : start;
        boolean place = start >= 3 && PLACE_PREPOSITIONS.contains(tokens.get(start - 1).text());
        boolean employer = !place && at >= 3 && name < tokens.size() && tokens.get(name).isCapitalized()
                && EMPLOYER_PREPOSITIONS.contains(tokens.get(at - 1).text());
        if (!place && !employer) {
            return -1;
        }
        int prepositionAt = place ? start - 1 : at - 1;
        int headAt = prepositionAt - 1;
        if (employer && headAt >= 2 && linksToEmployer(tokens.get(headAt))) {
            headAt--; // "another source speaking to Fox News said", "a person familiar with the talks said"
        }
        Token head = tokens.get(headAt);
        if (head.isCapitalized() || !(lex.isTitleHead(head) || lex.isAnonymousHead(head))) {
            return -1;
        }
        for (int i = headAt - 1; i >= 0 && i >= headAt - 4; i--) {
            Token t = tokens.get(i);
            // before an employer the description runs to its article ("a senior adviser for X"), past "senior" and
            // "top", which INDEFINITE holds for "senior officials said"
            boolean opens = employer ? INDEFINITE.contains(t.lower()) && !t.is("senior") && !t.is("top")
                    : isDeterminer(t) || INDEFINITE.contains(t.lower());
            if (opens) {
                return i;
            }
            if (!isPhraseWord(t) && !(t.isWord() && !t.isCapitalized())) {
                return -1;
            }
        }
        return -1;
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
        if (i < 0 || !DESCRIPTION_OBJECT_LINKS.contains(tokens.get(i).lower())) {
            return Optional.empty();
        }
        boolean head = false;
        for (i--; i >= 0 && !tokens.get(i).is(","); i--) {
            Token t = tokens.get(i);
            if (t.isQuote() || t.isCapitalized() && !lex.isTitleHead(t) && !lex.isTitleModifier(t.lower())) {
                return Optional.empty();
            }
            head |= lex.isTitleHead(t);
        }
        if (i <= 0 || !head) {
            return Optional.empty();
        }
        int comma = i;
        return phraseBefore(tokens, comma).filter(r -> r[1] == comma && namesPerson(tokens, r));
    }

    /**
     * "Dana Holt, a former bodyguard for Gov. Lu Lan has written": an apposition that opens with an article and never
     * closes; the titled name after its preposition is its object, and the subject is the name that opens the clause
     * before the comma.
     */
    private Optional<int[]> nameBeforeDescribedApposition(List<Token> tokens, int start) {
        int i = start - 1;
        if (i < 0 || !DESCRIPTION_OBJECT_LINKS.contains(tokens.get(i).lower())) {
            return Optional.empty();
        }
        for (i--; i >= 0 && !tokens.get(i).is(","); i--) {
            Token t = tokens.get(i);
            if (t.isQuote() || t.kind() == Token.Kind.PUNCT && !t.is("-") || PHRASE_STOPS.contains(t.lower())) {
                return Optional.empty();
            }
        }
        if (i <= 0 || i + 2 >= start || !ARTICLES.contains(tokens.get(i + 1).lower())) {
            return Optional.empty();
        }
        int comma = i;
        return phraseBefore(tokens, comma).filter(r -> r[1] == comma && namesPerson(tokens, r) && startsClause(tokens, r[0]));
    }

    /**
     * "Ann Hale, president and CEO of Harbor Ferry Association stated": a title with no article reads as part of the
     * name phrase ("CEO of Harbor Ferry Association"); where a title head stands right before "of" or "for" inside it,
     * the apposition never closes and its owner is the name before the comma.
     */
    private Optional<int[]> nameBeforeBareTitle(List<Token> tokens, int start, int end) {
        for (int i = start + 1; i + 1 < end; i++) {
            if ((tokens.get(i).is("of") || tokens.get(i).is("for")) && lex.isTitleHead(tokens.get(i - 1))) {
                return nameBeforeDescription(tokens, i + 1);
            }
        }
        return Optional.empty();
    }

    /**
     * "a former senior law enforcement official said", "one local social media user wrote": an indefinite description
     * keeps every word up to its determiner, though most are in no lexicon, so that its head noun stays its name.
     * Where it starts, or -1.
     */
    private int indefiniteDescriptionStart(List<Token> tokens, int end) {
        if (end == 0 || !isDescriptionHead(tokens, end - 1)) {
            return -1;
        }
        for (int i = end - 2; i >= 0 && i >= end - 7; i--) {
            Token t = tokens.get(i);
            if (INTRODUCING.contains(t.lower()) || t.lower().equals("the") && opensClause(tokens, i)
                    && canBeOnePerson(tokens.get(end - 1).lower())) {
                return i;
            }
            if (!(t.isWord() || t.is("-") || isAgeOrYearAt(tokens, i, end - 1)) || PHRASE_STOPS.contains(t.text()) || lex.isSpeechVerb(t)
                    || lex.isAuxiliary(t.text()) || PERSONAL_PRONOUNS.contains(t.lower()) || isDeterminer(t)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "a 40-year-old nurse", "a 2010 campaign veteran": inside an indefinite description, a number that starts an age
     * (number, hyphen, "year-old") or is a year before a word modifies the head as a word does.
     */
    private boolean isAgeOrYearAt(List<Token> tokens, int i, int head) {
        Token t = tokens.get(i);
        if (t.kind() != Token.Kind.NUMBER || head <= i + 1 || head >= tokens.size()) {
            return false;
        }
        if (tokens.get(i + 1).is("-") && AGE_WORDS.contains(tokens.get(i + 2).lower())) {
            return head > i + 2; // "the 43-year-old asked": an age with no noun after it is no description here
        }
        String noun = tokens.get(head).lower();
        return YEAR.matcher(t.text()).matches() && tokens.get(i + 1).isWord() && !tokens.get(i + 1).isPossessive()
                && (lex.isTitleHead(noun) || lex.isAnonymousHead(noun) || lex.isDocumentHead(noun)); // not "a 2002 class"
    }

    /** The rest of an age after its number and hyphen: "40-year-old", "6-month-old". */
    private static final Set<String> AGE_WORDS = Set.of("year-old", "month-old", "week-old");

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(?:19|20)\\d\\d");

    /**
     * "“…,” her husband said", "his counterpart added", "Reed's neighbour told": a relation noun right after its owner,
     * a possessive pronoun or name, is someone of the owner's whom no lexicon of titles holds. Where the phrase starts
     * (at the owner), or -1.
     */
    private int ownedRelationStart(List<Token> tokens, int end) {
        if (end < 2 || tokens.get(end - 1).isCapitalized() || !lex.isRelationHead(tokens.get(end - 1))) {
            return -1;
        }
        return ownerStart(tokens, end - 1);
    }

    /** Where the owner of the words from {@code i} on starts: a possessive pronoun, or a name and its 's; -1 when none. */
    private int ownerStart(List<Token> tokens, int i) {
        Token owner = tokens.get(i - 1);
        if (NounPhrases.POSSESSIVE_DETERMINERS.contains(owner.lower())) {
            return i - 1;
        }
        if (!owner.isPossessive() || i < 2 || !tokens.get(i - 2).isCapitalized()) {
            return -1;
        }
        int from = i - 2;
        while (from > 0 && tokens.get(from - 1).isCapitalized() && !tokens.get(from - 1).isPossessive() && isPhraseWordAt(tokens, from - 1)) {
            from--;
        }
        return from;
    }

    /**
     * "Reed's public defense counsel asked", "her longtime right-hand woman said": a description owned by a name or a
     * pronoun, whose modifiers no lexicon holds, runs back past them to its owner, so that it stays an unnamed person
     * of the owner's and never the owner. Where it starts, or -1.
     */
    private int possessedDescriptionStart(List<Token> tokens, int start, int end) {
        Token head = tokens.get(end - 1);
        if (start >= end || start == 0 || head.isCapitalized() || !(lex.isTitleHead(head) || lex.isAnonymousHead(head))) {
            return -1;
        }
        int i = start;
        while (i > 0 && i > start - 3 && isDescriptionHead(tokens, i - 1)) {
            i--;
        }
        return i == start || i == 0 ? -1 : ownerStart(tokens, i);
    }

    /**
     * "the retiree said": a singular noun of no lexicon after "the" may stand for someone the story has named, as "he"
     * does; "the crowd", "the video" and plurals never stand for one person.
     */
    private boolean canBeOnePerson(String head) {
        return !isPluralNoun(head) && !lex.isNonPersonHead(head);
    }

    /** "the" opening a clause, not the object of a preposition ("a staffer in the room wondered"). */
    private static boolean opensClause(List<Token> tokens, int i) {
        return i == 0 || !tokens.get(i - 1).isWord() || CONJUNCTIONS.contains(tokens.get(i - 1).lower());
    }

    /** The indefinite determiners that introduce an unnamed source ("a", "one local social media user"), lower case. */
    static final Set<String> INTRODUCING = Set.of("a", "an", "one", "another");

    /** "officials", "men": a noun for more than one, which never stands for one person. */
    static boolean isPluralNoun(String noun) {
        String n = noun.toLowerCase(Locale.ROOT);
        return n.endsWith("s") && !n.endsWith("ss") || IRREGULAR_PLURALS.contains(n);
    }

    private static final Set<String> IRREGULAR_PLURALS = Set.of("men", "women", "people");

    /**
     * "speaking (to)", "familiar (with)", "close (to)": a word between a description's head and the preposition of the
     * institution it talks to or knows, which stays the description's tail, not its subject.
     */
    static boolean linksToEmployer(Token t) {
        String w = t.lower();
        return t.isWord() && !t.isCapitalized() && (w.endsWith("ing") && w.length() > 5 || w.equals("familiar") || w.equals("close"));
    }

    /** The prepositions after which a capitalised name is where a described person is: "a voter from Ohio". */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "from", "at");
    private static final Set<String> EMPLOYER_PREPOSITIONS = Set.of("for", "of", "with", "to");

    /**
     * A lower-case noun that may end a description: not a pronoun, an auxiliary, a speech verb, an adverb, a participle
     * or a time word ("a week later said").
     */
    private boolean isDescriptionHead(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String w = t.text();
        return t.isWord() && !t.isCapitalized() && !t.isPossessive() && !PERSONAL_PRONOUNS.contains(w) && !lex.isAuxiliary(w)
                && !lex.isSpeechVerb(w) && !w.endsWith("ly") && !w.endsWith("ed") && !w.endsWith("ing") && !PHRASE_STOPS.contains(w)
                && !isDeterminer(t) && !CONJUNCTIONS.contains(w) && !isTimeWord(tokens, i) && !w.equals("ago");
    }

    /**
     * "the Ohio senator and Republican presidential candidate said": two titles of one person joined by "and", after one
     * "the"; the phrase runs back to it, so the first title (most often the office) can find whom the story titled so.
     * Where the phrase starts, or {@code start} when the words before it are no title joined so.
     */
    private int conjoinedTitleStart(List<Token> tokens, int start, int end) {
        if (start < 4 || end - start < 1 || !tokens.get(start - 1).is("and") || !isTitleWord(tokens.get(start - 2))
                || !isTitleWord(tokens.get(end - 1))) {
            return start;
        }
        for (int i = start - 3; i >= 0 && i >= start - 6; i--) {
            Token t = tokens.get(i);
            if (t.is("the")) {
                return i;
            }
            if (!isPhraseWordAt(tokens, i) || t.isPossessive()) {
                return start;
            }
        }
        return start;
    }

    /** A lower-case title head ("senator", "candidate"). */
    private boolean isTitleWord(Token t) {
        return t.isWord() && !t.isCapitalized() && lex.isTitleHead(t);
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
            while (j > 0 && (isNameToken(tokens.get(j - 1)) || lex.isHonorific(tokens.get(j - 1)))) {
                j--;
            }
            i = j;
        }
        return i;
    }

    boolean isNameToken(Token t) {
        return t.isCapitalized() && !lex.isStopCapitalized(t.text()) && !lex.isPlace(t.lower());
    }

    /**
     * "The flyer - as Pratt noted in the Gazette - promises": an aside between dashes is not the verb's subject, which
     * stands before the opening dash. Where the phrase before the verb ends.
     */
    private static int beforeDashAside(List<Token> tokens, int end) {
        if (end > 1 && tokens.get(end - 1).isDash()) {
            for (int i = end - 2; i > 0 && i > end - 25; i--) {
                if (tokens.get(i).isQuote()) {
                    return end;
                }
                if (tokens.get(i).isDash()) {
                    return i;
                }
            }
        }
        return end;
    }

    /**
     * "A former county commissioner -- Lou Brandt, who lost in 2008 -- said": an aside between dashes that opens with a
     * person's name after a description is that description's name, and the verb's subject.
     */
    private Optional<int[]> nameInDashAside(List<Token> tokens, int end) {
        int open = beforeDashAside(tokens, end);
        if (open == end || open < 1 || open + 1 >= end || !isDescriptionHead(tokens, open - 1)
                || !lex.isTitleHead(tokens.get(open - 1)) && !lex.isAnonymousHead(tokens.get(open - 1))) {
            return Optional.empty();
        }
        return phraseAfter(tokens, open + 1).filter(r -> r[0] == open + 1 && r[1] < end && namesPerson(tokens, r)
                && (tokens.get(r[1]).is(",") || r[1] == end - 1));
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

    /** Words for a number of people that head a group before "of" ("Hundreds of striking nurses"). */
    private static final Set<String> GROUP_QUANTITIES = Set.of("hundreds", "thousands", "dozens", "scores", "millions", "tens");

    /**
     * "Critics of the new toll say", "Supporters of the plan argued", "Hundreds of striking nurses said": a plural noun
     * for people that opens a clause, "of" and a noun phrase right before the verb are an unnamed group, named by the
     * whole description; the thing after "of" is what the group is about, not the speaker.
     */
    private Optional<int[]> groupOfDescription(List<Token> tokens, int end) {
        for (int of = end - 2; of >= 1 && of >= end - 9; of--) {
            if (tokens.get(of).is("of")) {
                return opensGroupOf(tokens, of - 1, end) && startsClause(tokens, of - 1) ? Optional.of(new int[] {of - 1, end}) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the words from..to are a group described by a plural noun for people, "of" and a noun phrase of words
     * alone ("Critics of the new toll", "Supporters of Ann Hale"): no verb, pronoun or clause inside. A plural that is
     * no title or source noun ("Proponents") is a group only before a lower-case word, so that a surname ending in "s"
     * ("Sanders of Vermont") stays a name.
     */
    boolean opensGroupOf(List<Token> tokens, int from, int to) {
        if (to - from < 3 || !tokens.get(from + 1).is("of")) {
            return false;
        }
        Token head = tokens.get(from);
        String h = head.lower();
        if (!head.isWord() || !head.isCapitalized() || head.isPossessive() || !isPluralNoun(h) || lex.isNonPersonHead(h)
                || lex.isDocumentHead(h) || lex.isStopCapitalized(head.text())) {
            return false;
        }
        boolean known = lex.isTitleHead(h) || lex.isAnonymousHead(h) || GROUP_QUANTITIES.contains(h);
        boolean agent = h.endsWith("ers") || h.endsWith("ors") || h.endsWith("ists") || h.endsWith("ents") || h.endsWith("ants");
        if (!known && !(agent && !tokens.get(from + 2).isCapitalized())) {
            return false;
        }
        for (int i = from + 2; i < to; i++) {
            Token t = tokens.get(i);
            if (!(t.isWord() || t.kind() == Token.Kind.NUMBER) || PERSONAL_PRONOUNS.contains(t.lower()) || RELATIVE_PRONOUNS.contains(t.lower())
                    || t.is("that") || lex.isAuxiliary(t.text()) && !t.isCapitalized() || lex.isSpeechVerb(t) && !t.isCapitalized()) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Critics of the plan said", "Leaders of the guild have said": a plural noun that opens the sentence before "of"
     * is the subject, an unnamed group its description names; the thing after "of" is only what the group is about.
     */
    private static Optional<int[]> groupBeforeOf(List<Token> tokens, int start) {
        int of = start - 1;
        if (of >= 0 && tokens.get(of).is("the")) {
            of--;
        }
        if (of < 1 || !tokens.get(of).is("of")) {
            return Optional.empty();
        }
        int group = of - 1;
        Token t = tokens.get(group);
        boolean opens = group == 0 || group == 1 && (tokens.get(0).is("But") || tokens.get(0).is("And") || tokens.get(0).isQuote());
        return opens && t.isWord() && t.isCapitalized() && !t.isPossessive() && isPluralNoun(t.text())
                ? Optional.of(new int[] {group, of}) : Optional.empty();
    }

    /**
     * "Ann Hale and Bo Tran of the Center for Law and Public Policy wrote": the words joined by "and" right after "for" or
     * "of" end an institution's name, which the people before its own "of" work for; they are the subject, together.
     * Empty where the coordination is no institution's tail or no person stands before it.
     */
    private Optional<int[]> speakersBeforeInstitution(List<Token> tokens, int start, int coordinated) {
        if (coordinated >= start || coordinated < 3 || !tokens.get(coordinated - 1).is("for") && !tokens.get(coordinated - 1).is("of")) {
            return Optional.empty();
        }
        int name = coordinated - 1;
        // "of Denver's Institute for …": a place may open the institution's name, so any capitalised word walks back
        while (name > 0 && (tokens.get(name - 1).isCapitalized() && !lex.isStopCapitalized(tokens.get(name - 1).text())
                || tokens.get(name - 1).isPossessive() && name > 1
                && tokens.get(name - 2).isCapitalized())) {
            name--;
        }
        if (name == coordinated - 1) {
            return Optional.empty();
        }
        int of = name - 1;
        if (of < 2 || !tokens.get(of).is("of")) {
            return Optional.empty();
        }
        int nameStart = of;
        while (nameStart > 0 && isNameToken(tokens.get(nameStart - 1))) {
            nameStart--;
        }
        if (of - nameStart < 2) {
            return Optional.empty();
        }
        // read alone: in the sentence the name runs on into "of Denver's Institute …" and is no person's there
        List<Token> alone = tokens.subList(nameStart, of);
        Mention m = nounPhrases.phrase(alone, 0, alone.size());
        return m != null && m.isPerson() ? Optional.of(new int[] {coordinatedNamesStart(tokens, nameStart), of}) : Optional.empty();
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
        Mention m = nameStart < nameEnd ? nounPhrases.phrase(tokens, nameStart, nameEnd) : null;
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
        if (adjacent.isPresent() && namesPerson(tokens, adjacent.get()) && !inRelativeClause(tokens, adjacent.get()[0])) {
            nearest = adjacent.get();
            leftmost = startsClause(tokens, nearest[0]) ? nearest : null;
        }
        int right = comma;
        for (int j = comma - 1; j >= 0 && j > comma - 40; j--) {
            Token t = tokens.get(j);
            if (isTitleInApposition(tokens, j)) {
                continue;
            }
            if (t.isQuote() || t.kind() == Token.Kind.PUNCT && !t.is(",") && !t.is("(") && !t.is(")") && !t.is("-")) {
                break;
            }
            if (!t.is(",")) {
                continue;
            }
            int[] candidate = subjectEndingAt(tokens, j, right);
            if (candidate != null && !inRelativeClause(tokens, candidate[0])) {
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

    /**
     * "Dana Holt, a judge on Lu Lan's cooking show, “The Pantry,” who later joined …, said": a quoted title set off by
     * commas inside an apposition is a name of the thing before it, which the walk back to the subject passes over.
     */
    private static boolean isTitleInApposition(List<Token> tokens, int j) {
        return tokens.get(j).isQuoteEndingInComma() && j > 1 && tokens.get(j - 1).is(",") && j + 1 < tokens.size()
                && RELATIVE_PRONOUNS.contains(tokens.get(j + 1).lower());
    }

    /**
     * "Lowe, who ran against Becker for mayor, said": a phrase in a clause that a relative pronoun opens after a comma
     * is what the clause is about, never the subject of the verb after it.
     */
    private static boolean inRelativeClause(List<Token> tokens, int start) {
        for (int i = start - 1; i > 0 && i > start - 40; i--) {
            Token t = tokens.get(i);
            if (t.isQuote() || t.kind() == Token.Kind.PUNCT) {
                return false;
            }
            if (RELATIVE_PRONOUNS.contains(t.lower())) {
                // "…'s show, “The Pantry,” who later joined …": a quoted title's comma closes it before the pronoun
                return tokens.get(i - 1).is(",") || tokens.get(i - 1).isQuoteEndingInComma();
            }
        }
        return false;
    }

    /** The subject-like phrase that ends at a comma, or the name in apposition right after it. */
    private int[] subjectEndingAt(List<Token> tokens, int comma, int nextComma) {
        int end = beforeParenthesis(tokens, comma);
        // "Critics of the plan, however, said": a group before "of" ends there, short of the comma
        Optional<int[]> before = phraseBefore(tokens, comma).filter(r -> r[1] == end
                || r[1] - r[0] == 1 && tokens.get(r[1]).is("of") && groupBeforeOf(tokens, r[1] + 1).isPresent());
        if (isName(tokens, comma + 1, nextComma) && (before.isEmpty() || !namesPerson(tokens, before.get()))) {
            return new int[] {comma + 1, nextComma};
        }
        if (before.isEmpty() || isTimeWord(tokens, before.get()[1] - 1)) {
            return null;
        }
        return before.get();
    }

    /** Whether a phrase starting here opens the sentence or a clause, so that it can be a subject. */
    boolean startsClause(List<Token> tokens, int start) {
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
                return isOpener(tokens.get(0)) || opensPhrase(tokens, 0);
            }
        }
        return false;
    }

    /** A person or a named institution ("Pew Research"), not a description. */
    boolean namesSource(List<Token> tokens, int[] range) {
        if (namesPerson(tokens, range)) {
            return true;
        }
        Mention m = nounPhrases.phrase(tokens, range[0], range[1]);
        return m != null && m.kind() == SpeakerKind.ORGANIZATION && m.nameTo() == range[1];
    }

    /** Whether the phrase names a person, not a description ("Santilli's attorney") or an institution. */
    private boolean namesPerson(List<Token> tokens, int[] range) {
        if (!tokens.get(range[1] - 1).isCapitalized()) {
            return false;
        }
        Mention m = nounPhrases.phrase(tokens, range[0], range[1]);
        return m != null && m.isPerson() && m.nameTo() == range[1];
    }

    private boolean isName(List<Token> tokens, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!tokens.get(i).isCapitalized() || lex.isStopCapitalized(tokens.get(i).text()) && !lex.isHonorific(tokens.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The noun phrase that starts at index from: "Britain's defence minister John Healey" in "said ... in a reply". */
    Optional<int[]> phraseAfter(List<Token> tokens, int from) {
        if (from + 1 < tokens.size() && NounPhrases.POSSESSIVE_DETERMINERS.contains(tokens.get(from).lower())
                && !tokens.get(from + 1).isCapitalized() && lex.isRelationHead(tokens.get(from + 1))
                && (from + 2 == tokens.size() || !tokens.get(from + 2).is(",") && !tokens.get(from + 2).isWord())) {
            return Optional.of(new int[] {from, from + 2}); // "said her husband." ("said his wife, Clara" names her)
        }
        int end = from;
        while (end < tokens.size() && (isPhraseWordAt(tokens, end) || end > from && leadsToTitledName(tokens, end)
                || joinsTitles(tokens, from, end))
                && !(end > from && isDeterminer(tokens.get(end)))
                && !(end > from && PHRASE_STOPS.contains(tokens.get(end).text()) && !joinsTitles(tokens, from, end))) {
            end++;
        }
        if (end > from && INTRODUCING.contains(tokens.get(from).lower())) {
            // "said one unaligned Florida Republican strategist": the description runs to its head before the punctuation
            boolean number = false; // "said a 40-year-old nurse", "said a 2010 campaign veteran": an age or a year after "a"
            for (int k = from + 1; k < tokens.size() && k <= from + 6; k++) {
                Token t = tokens.get(k);
                number |= k == from + 1 && t.kind() == Token.Kind.NUMBER;
                if (!(t.isWord() || t.is("-") || number && k == from + 1) || PHRASE_STOPS.contains(t.text()) || lex.isSpeechVerb(t)
                        || isDeterminer(t)) {
                    break;
                }
                boolean last = k + 1 == tokens.size() || !tokens.get(k + 1).isWord() || PHRASE_STOPS.contains(tokens.get(k + 1).text());
                if (last && isDescriptionHead(tokens, k)) {
                    if (!number || isAgeOrYearAt(tokens, from + 1, k)) {
                        end = Math.max(end, k + 1);
                    }
                    break;
                }
            }
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
        end = pastPlaceModifiedNoun(tokens, from, end);
        end = pastOwnedNoun(tokens, from, end);
        end = pastPossessedDescription(tokens, from, end);
        // "said the harbor chief known as Sam": a description and the name it is known by are one phrase, the name its head
        int knownAs = knownAsName(tokens, from);
        if (knownAs > 0) {
            return Optional.of(new int[] {from, knownAs});
        }
        // "said the bureau's director, James B. Comey", "said the mayor's guest, singer Ann Hale": the name in
        // apposition is the speaker, past a bare title before it
        int appositionName = end > from && !tokens.get(end - 1).isCapitalized() && end < tokens.size() && tokens.get(end).is(",")
                ? appositionName(tokens, end + 1) : -1;
        if (appositionName >= 0) {
            int name = appositionName;
            while (name < tokens.size() && tokens.get(name).isCapitalized()) {
                name++;
            }
            return Optional.of(new int[] {appositionName, name});
        }
        // "of the Joint Chiefs of Staff": keep prepositional tails that stay capitalised
        while (end + 1 < tokens.size() && tokens.get(end).is("of") && tokens.get(end + 1).isCapitalized()) {
            end += 2;
            while (end < tokens.size() && tokens.get(end).isCapitalized()) {
                end++;
            }
        }
        int start = trimLeading(tokens, from, end);
        while (end > start && (tokens.get(end - 1).is("of") || tokens.get(end - 1).is("for"))) {
            end--; // "said a spokeswoman for the campaign": the description ends at its head
        }
        return start < end ? Optional.of(new int[] {start, end}) : Optional.empty();
    }

    /**
     * "the harbor chief known as Sam", "an officer known only as Kay": a description of lower-case words ending in a
     * title, "known as" and a name. Where the name ends, or -1.
     */
    private int knownAsName(List<Token> tokens, int from) {
        if (!isDeterminer(tokens.get(from))) {
            return -1;
        }
        int known = from + 1;
        while (known < tokens.size() && known <= from + 4 && tokens.get(known).isWord() && !tokens.get(known).isCapitalized()
                && !tokens.get(known).is("known")) {
            known++;
        }
        if (known + 2 >= tokens.size() || known < from + 2 || !tokens.get(known).is("known")
                || !(lex.isTitleHead(tokens.get(known - 1)) || lex.isAnonymousHead(tokens.get(known - 1)))) {
            return -1;
        }
        int name = known + 1;
        if (tokens.get(name).is("only") || tokens.get(name).is("simply")) {
            name++;
        }
        if (name + 1 >= tokens.size() || !tokens.get(name).is("as") || !isNameToken(tokens.get(name + 1))) {
            return -1;
        }
        name++;
        while (name < tokens.size() && isNameToken(tokens.get(name))) {
            name++;
        }
        return name;
    }

    /**
     * "said the Ohio rancher, who ...": a determiner, a place or nationality and the lower-case noun that ends the phrase
     * are one description (a rancher), so the phrase runs past the place to its noun. The end of the phrase.
     */
    private int pastPlaceModifiedNoun(List<Token> tokens, int from, int end) {
        if (end - from < 2 || end + 1 > tokens.size() - 1 || !isDeterminer(tokens.get(from))) {
            return end;
        }
        for (int i = from + 1; i < end; i++) {
            if (!tokens.get(i).isCapitalized()) {
                return end;
            }
        }
        String name = NounPhrases.text(tokens, from + 1, end);
        Token noun = tokens.get(end);
        Token after = tokens.get(end + 1);
        // a singular place or nationality ("the Saudis" are a people); a noun, not the verb of "the Ohio board voted"
        // or "Americans involved"
        boolean place = lex.isPlace(name) || end - from == 2 && lex.isDemonym(name) && !name.endsWith("s");
        String n = noun.lower();
        return place && noun.isWord() && !noun.isCapitalized() && !noun.isPossessive() && !lex.isSpeechVerb(n)
                && !n.endsWith("s") && !n.endsWith("ed") && !n.endsWith("ing")
                && (!after.isWord() || PHRASE_STOPS.contains(after.text())) ? end + 1 : end;
    }

    /**
     * Where the name of an apposition starting at {@code from} begins: at once ("…, James B. Comey") or past one or two
     * bare lower-case title words ("…, actress Ann Hale", "…, retired judge Ann Hale"); -1 when no name follows.
     */
    private int appositionName(List<Token> tokens, int from) {
        int i = from;
        while (i < tokens.size() && i < from + 2 && isBareTitleWord(tokens.get(i))) {
            i++;
        }
        return i < tokens.size() && tokens.get(i).isCapitalized() && !lex.isStopCapitalized(tokens.get(i).text())
                && (i == from || isNameToken(tokens.get(i))) ? i : -1;
    }

    /** A lower-case word that can stand as a bare title before a name: no pronoun, verb, article or joining word. */
    private boolean isBareTitleWord(Token t) {
        String w = t.lower();
        return t.isWord() && !t.isCapitalized() && !t.isPossessive() && !PHRASE_STOPS.contains(w) && !isDeterminer(t)
                && !RELATIVE_PRONOUNS.contains(w) && !PERSONAL_PRONOUNS.contains(w) && !lex.isSpeechVerb(w)
                && !lex.isAuxiliary(t.text()) && !CONJUNCTIONS.contains(w) && !w.endsWith("ly") && !w.endsWith("ing") && !w.endsWith("ed");
    }

    /**
     * "Reed's public defense counsel asked", "Hale's right-hand woman rallied": a possessive whose description has
     * modifiers no lexicon holds runs on to the description's head, so that the phrase is the owner's unnamed person,
     * never the owner. The end of the phrase.
     */
    private int pastPossessedDescription(List<Token> tokens, int from, int end) {
        if (end - from < 2 || !tokens.get(end - 1).isPossessive() || !tokens.get(end - 2).isCapitalized()) {
            return end;
        }
        for (int k = end; k < tokens.size() && k < end + 4 && isDescriptionHead(tokens, k); k++) {
            String w = tokens.get(k).lower();
            boolean last = k + 1 == tokens.size() || !isDescriptionHead(tokens, k + 1);
            if (last && (lex.isTitleHead(w) || lex.isAnonymousHead(w))) {
                return k + 1;
            }
        }
        return end;
    }

    /**
     * "his wife, Clara, gave", "Her father, Ned, 44, told", "said the mayor's son, Eric.": a noun of no lexicon owned by
     * a pronoun or a possessive, then a name in apposition that closes at a comma or the sentence's end: the phrase runs
     * to the noun, so that the name after it is the phrase's person. Else {@code end} as it was.
     */
    private int pastOwnedNoun(List<Token> tokens, int from, int end) {
        if (end <= from || !(NounPhrases.POSSESSIVE_DETERMINERS.contains(tokens.get(end - 1).lower()) || tokens.get(end - 1).isPossessive())) {
            return end;
        }
        int k = end;
        while (k < tokens.size() && k < end + 3 && tokens.get(k).isWord() && !tokens.get(k).isCapitalized()
                && !PHRASE_STOPS.contains(tokens.get(k).text()) && !isDeterminer(tokens.get(k)) && !lex.isSpeechVerb(tokens.get(k))
                && !lex.isAuxiliary(tokens.get(k).text())) {
            k++;
        }
        int name = k < tokens.size() && tokens.get(k).is(",") ? appositionName(tokens, k + 1) : -1;
        if (k == end || name < 0) {
            return end;
        }
        while (name < tokens.size() && tokens.get(name).isCapitalized()) {
            name++;
        }
        boolean closes = name == tokens.size() || tokens.get(name).kind() == Token.Kind.PUNCT && !tokens.get(name).is("-");
        return closes ? k : end;
    }

    /** "Former prosecutor and New York City Mayor Rudy Giuliani": "and" between two titles of one person. */
    private boolean joinsTitles(List<Token> tokens, int from, int i) {
        if (i <= from || i + 1 >= tokens.size() || !tokens.get(i).is("and") || !tokens.get(i + 1).isCapitalized()) {
            return false;
        }
        for (int j = from; j < i; j++) {
            if (lex.isTitleHead(tokens.get(j)) && !tokens.get(j).isCapitalized() || lex.isHonorific(tokens.get(j)) && tokens.get(j).text().endsWith(".")) {
                return true; // the words before "and" are a title ("former Pennsylvania Gov."), not a name
            }
        }
        return false;
    }

    /** "Idaho nutritional-supplement executive Frank VanderSloot": lower-case words that lead to a title and a name. */
    /**
     * "Hale attacked Ann Reed": a past form between a name and a full name is the clause's verb, with the full name its
     * object, not a title noun ("Clinton ally James Carville") joining the two into one phrase.
     */
    private static boolean isPastForm(String w) {
        return w.length() > 4 && w.endsWith("ed") && !w.endsWith("eed");
    }

    private boolean leadsToTitledName(List<Token> tokens, int i) {
        // "Clinton ally James Carville": a lower-case noun between a name and a full name
        if (i + 2 < tokens.size() && tokens.get(i).isWord() && !tokens.get(i).isCapitalized() && tokens.get(i - 1).isCapitalized()
                && isFullNameAt(tokens, i + 1) && !lex.isSpeechVerb(tokens.get(i)) && !lex.isAuxiliary(tokens.get(i).text())
                && !PHRASE_STOPS.contains(tokens.get(i).text()) && !isPastForm(tokens.get(i).lower())) {
            return true;
        }
        int owner = i - 1;
        while (owner > i - 3 && owner > 1 && isPlainLowerWord(tokens.get(owner))) {
            owner--;
        }
        if (owner > 0 && tokens.get(owner).isPossessive() && tokens.get(owner - 1).isCapitalized()) {
            // "Pell's running mate Ann Lowe", "Reed's longtime friend Bo Tran": the owner's words lead to the person
            for (int j = i; j + 2 < tokens.size() && j < i + 3; j++) {
                Token t = tokens.get(j);
                if (!isPlainLowerWord(t)) {
                    break;
                }
                if (isFullNameAt(tokens, j + 1)) {
                    return true;
                }
            }
        }
        for (int j = i; j < tokens.size() - 1 && j < i + 3; j++) {
            Token t = tokens.get(j);
            if (!t.isWord() || t.isCapitalized() || lex.isSpeechVerb(t) || PHRASE_STOPS.contains(t.text())) {
                return false;
            }
            if (lex.isTitleHead(t) && tokens.get(j + 1).isCapitalized()) {
                return true;
            }
        }
        return false;
    }

    /** A lower-case word that may sit inside a description: no verb of speech, auxiliary, stop word, article or pronoun. */
    private boolean isPlainLowerWord(Token t) {
        return t.isWord() && !t.isCapitalized() && !lex.isSpeechVerb(t) && !lex.isAuxiliary(t.text())
                && !PHRASE_STOPS.contains(t.text()) && !isDeterminer(t) && !PERSONAL_PRONOUNS.contains(t.lower());
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
                && !nounPhrases.isMonthFirstName(tokens, start)
                && !isDeterminer(tokens.get(start)) && !lex.isHonorific(tokens.get(start))
                && !PERSONAL_PRONOUNS.contains(tokens.get(start).text().toLowerCase(Locale.ROOT))) {
            start++;
        }
        while (start < end && (tokens.get(start).is("of") || tokens.get(start).is("for"))) {
            start++;
        }
        return start;
    }

    /**
     * A phrase word, a month that is a first name here ("Jan Pettit") or a particle inside a name ("Tomas da Reeve"),
     * which the word alone cannot tell.
     */
    private boolean isPhraseWordAt(List<Token> tokens, int i) {
        return isPhraseWord(tokens.get(i)) || nounPhrases.isMonthFirstName(tokens, i) || NounPhrases.isParticleInName(tokens, i)
                || nounPhrases.isNicknameInsideName(tokens, i);
    }

    boolean isPhraseWord(Token t) {
        if (t.isPossessive()) {
            return true;
        }
        if (t.kind() == Token.Kind.NUMBER) {
            return false;
        }
        if (t.text().length() > 2 && (Character.isDigit(t.text().charAt(0)) && ORDINAL.matcher(t.text()).matches()
                || t.text().charAt(1) == '-' && PARTY_STATE.matcher(t.text()).matches())) {
            return true; // "1st Lt. Tyler Livingston", "Sen. Ann Hale, D-Ore."
        }
        if (!t.isWord()) {
            return t.is("-") || t.is("&");
        }
        String w = t.text();
        String lower = t.lower();
        if (PERSONAL_PRONOUNS.contains(lower)) {
            return true;
        }
        if (t.isCapitalized()) {
            return !lex.isStopCapitalized(w) || isDeterminer(t) || lex.isHonorific(w);
        }
        return isDeterminer(t) || lex.isTitleHead(w) || lex.isTitleModifier(w) || lex.isAnonymousHead(w)
                || lex.isOrganizationHead(w) || lex.isDocumentHead(w) || INDEFINITE.contains(lower)
                || NAME_LINKS.contains(lower);
    }

    static boolean isDeterminer(Token t) {
        return NounPhrases.DETERMINERS.contains(t.lower()); // plain ASCII words, as in isOpener
    }

    static boolean isTimeWord(List<Token> tokens, int i) {
        String w = tokens.get(i).lower(); // TIME_WORDS, "on" and "this" are plain ASCII words, as in isOpener
        if (TIME_WORDS.contains(w)) {
            return true;
        }
        return (w.equals("on") || w.equals("this")) && i + 1 < tokens.size() && isTimeWord(tokens, i + 1);
    }
}
