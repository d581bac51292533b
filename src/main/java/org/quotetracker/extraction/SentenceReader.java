package org.quotetracker.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The reading of one story's sentences that the {@link Sieve}s work from: the speech verb that governs each quote
 * ({@link SpeechVerbs}), the phrase that is its subject ({@link SubjectPhrases}) and who that phrase names
 * ({@link SpeakerResolver}); also the subject of a sentence's main clause and a name introducing a quote with a colon.
 */
final class SentenceReader {

    /** Verbs whose object, not their subject, follows them: "told POLITICO", "asked reporters". */
    private static final Set<String> OBJECT_VERBS = Set.of("told", "tells", "asked", "asks", "informed", "urged", "warned",
            "assured", "reminded", "advised", "implored", "exhorted", "scolded", "chided");

    private final Lexicon lex = Lexicon.get();
    private final SubjectPhrases phrases;
    private final SpeechVerbs verbs;
    private final SpeakerResolver resolver;
    private final Discourse discourse;
    private final LowerCaseWords lowerCase;

    SentenceReader(Discourse discourse, NounPhrases nounPhrases, int story) {
        this(discourse, nounPhrases, story, LowerCaseWords.NONE);
    }

    SentenceReader(Discourse discourse, NounPhrases nounPhrases, int story, LowerCaseWords lowerCase) {
        this.discourse = discourse;
        this.lowerCase = lowerCase;
        this.phrases = new SubjectPhrases(nounPhrases);
        this.verbs = new SpeechVerbs(phrases);
        this.resolver = new SpeakerResolver(discourse, nounPhrases, phrases, story);
    }

    /** Whether the cue's clause only says when the main clause happened ("As Reed spoke, …"). */
    boolean opensTimeClause(List<Token> tokens, Cue cue) {
        return verbs.opensTimeClause(tokens, cue);
    }

    List<Cue> cues(List<Token> tokens) {
        return verbs.cues(tokens);
    }

    /** The cue that governs the quote at token index q, or null. */
    Cue governingCue(List<Token> tokens, List<Cue> cues, int q) {
        return verbs.governingCue(tokens, cues, q);
    }

    /** The personal pronoun that is the subject of a speech verb ("he said", "she has told", "said he"), or null. */
    String pronounSubject(List<Token> tokens, Cue cue) {
        return verbs.pronounSubject(tokens, cue);
    }

    /** "Former secretary of state Hillary Clinton: “…”": a name and a colon introduce the quote, transcript style. */
    Optional<Attribution> colonSpeaker(List<Token> tokens, int q, int sentence) {
        if (q < 2 || !tokens.get(q - 1).is(":")) {
            return Optional.empty();
        }
        Cue none = new Cue(q - 1, null, Cue.Kind.FINITE);
        return phrases.phraseBefore(tokens, q - 1)
                .filter(r -> phrases.namesSource(tokens, r) && (r[0] == 0 || phrases.startsClause(tokens, r[0]) || tokens.get(r[0] - 1).is("-")))
                .flatMap(r -> resolver.resolve(tokens, r[0], r[1], sentence, none, AttributionMethod.COLON_INTRO, 0.8));
    }

    /**
     * "- Sen. Dana Holt.", "— Holt, in a statement": a paragraph that opens with a dash and a name signs the quote-only
     * paragraph above it, as columns of quotes and letters do. The name, or none.
     */
    Optional<Attribution> signature(List<Token> tokens, int sentence) {
        if (tokens.size() < 2 || !tokens.get(0).isDash() || !tokens.get(1).isCapitalized()) {
            return Optional.empty();
        }
        Cue none = new Cue(0, null, Cue.Kind.FINITE);
        return phrases.phraseAfter(tokens, 1)
                .filter(r -> r[0] == 1 && phrases.namesSource(tokens, r))
                .filter(r -> r[1] == tokens.size() || tokens.get(r[1]).is(",") || tokens.get(r[1]).is("."))
                .flatMap(r -> resolver.resolve(tokens, r[0], r[1], sentence, none, AttributionMethod.NEXT_PARAGRAPH, 0.6));
    }

    /** The speaker of a cue: the subject before a finite verb, after an inverted one or after "according to". */
    Optional<Attribution> speakerOf(List<Token> tokens, Cue cue, int sentence, int quote) {
        Optional<Attribution> quoted = quotedSource(tokens, cue, sentence, quote);
        if (quoted.isPresent()) {
            return quoted;
        }
        return switch (cue.kind()) {
            case ACCORDING_TO -> phrases.phraseAfter(tokens, cue.index() + 2)
                    .flatMap(range -> resolver.resolve(tokens, range[0], range[1], sentence, cue, AttributionMethod.ACCORDING_TO, 0.9));
            case PARTICIPLE -> ownSubject(tokens, cue, sentence).or(() -> mainSpeaker(tokens, cue, sentence))
                    // "Reed criticized the plan, saying “…”": the participle's subject, read from a name or description, is
                    // as certain as a speech verb's own; "he criticized it, saying" keeps the guess that resolved "he"
                    .map(a -> new Attribution(a.speaker(), a.role(), cue.verb(),
                            a.method() != null && Candidates.isResolvedReference(a.method()) ? a.method() : AttributionMethod.PARTICIPLE,
                            0.85, a.subjectAt()));
            case FINITE -> {
                if (passiveAgent(tokens, cue)) {
                    Optional<Attribution> agent = phrases.phraseAfter(tokens, cue.index() + 2)
                            .flatMap(range -> resolver.resolve(tokens, range[0], range[1], sentence, cue, AttributionMethod.EXPLICIT_BEFORE, 0.9));
                    if (agent.isPresent()) {
                        yield agent;
                    }
                }
                int before = quoteBefore(tokens, cue);
                // "Whether it works will be part of the review, said Tom Vickery, director of …": read for the sentence
                // (no quote of its own asked about), a verb after a comma with a name after it is inverted too, the
                // sentence being X's account; the subject before it ("the review") would make a clause its speaker
                boolean sentenceClosedByInverted = quote < 0 && invertedAfterComma(tokens, cue) && phraseClosesSentence(tokens, cue);
                if (before >= 0 && (invertedAfterQuote(tokens, before, cue) || quote >= 0 && quote <= before && invertedAfterComma(tokens, cue))
                        || sentenceClosedByInverted || opensInverted(tokens, cue)
                        || quote > cue.index() && invertedAfterComma(tokens, cue) && insertedInverted(tokens, cue)) {
                    // "“A,” said X, “B.”": both halves are X's; "found no “ties,” aside from …, said the director, X": a
                    // sentence closed by an inverted verb is X's account, every quote in it before the verb too
                    Optional<Attribution> inverted = phrases.phraseAfter(tokens, cue.index() + 1)
                            .flatMap(range -> resolver.resolve(tokens, range[0], range[1], sentence, cue, AttributionMethod.EXPLICIT_AFTER, 0.95));
                    if (inverted.isPresent()) {
                        yield inverted;
                    }
                }
                AttributionMethod method = quote >= 0 && quote < cue.index() ? AttributionMethod.EXPLICIT_AFTER : AttributionMethod.EXPLICIT_BEFORE;
                if (isCoordinated(tokens, cue)) {
                    // "Paul said the plan was bad, and called him “a liar”": the subject of the first verb or clause
                    yield joinedClauseSpeaker(tokens, cue, sentence).or(() -> mainSpeaker(tokens, cue, sentence))
                            .map(a -> new Attribution(a.speaker(), a.role(), cue.verb(), a.method(), a.confidence(), a.subjectAt()));
                }
                // "Contrast that with Reed, who has called the pact “a fraud”": the quote is the words of the name "who"
                // stands for; read only for the quote, since the sentence is about someone else
                Optional<int[]> relative = quote > cue.index() ? phrases.relativeAntecedent(tokens, cue.index()) : Optional.empty();
                Optional<Attribution> subject = (relative.isPresent() ? relative : phrases.phraseBefore(tokens, cue.index()))
                        .flatMap(range -> resolver.resolve(tokens, range[0], range[1], sentence, cue, method, 0.95));
                yield subject.isPresent() ? subject : nameAfterQuote(tokens, cue, sentence, method);
            }
        };
    }

    /**
     * "“…,” Backer says", "“…,” From said", "“…,” Jun wrote": between a closing quote and its speech verb a lone
     * capitalised word can only be the verb's subject, a name, even where it is also a common word, a function word
     * or a month; read so only when the phrase reading found no one.
     */
    private Optional<Attribution> nameAfterQuote(List<Token> tokens, Cue cue, int sentence, AttributionMethod method) {
        int end = cue.index();
        while (end > 0 && lex.isAuxiliary(tokens.get(end - 1).text()) && !tokens.get(end - 1).isCapitalized()) {
            end--;
        }
        int at = end - 1;
        if (at < 1 || !tokens.get(at).isWord() || !tokens.get(at).isCapitalized() || tokens.get(at).isPossessive()) {
            return Optional.empty();
        }
        int before = at - 1;
        if (tokens.get(before).is(",") && before > 0) {
            before--;
        }
        if (!tokens.get(before).isQuote()) {
            return Optional.empty();
        }
        return resolver.loneName(tokens, at, sentence, cue, method, 0.9);
    }

    /**
     * "ended her speech by quoting Reeve: “…”", "cited Reeve, “…”": the words right after a quoting verb's object and its
     * colon or comma are the object's. Read only for that quote: the sentence is still its subject's.
     */
    private Optional<Attribution> quotedSource(List<Token> tokens, Cue cue, int sentence, int quote) {
        if (quote <= cue.index() + 2 || cue.verb() == null || !lex.isQuotingVerb(cue.verb()) || cue.kind() == Cue.Kind.ACCORDING_TO) {
            return Optional.empty();
        }
        return phrases.phraseAfter(tokens, cue.index() + 1)
                .filter(r -> r[0] == cue.index() + 1 && introducesQuote(tokens, r[1], quote) && phrases.namesSource(tokens, r))
                .flatMap(r -> resolver.resolve(tokens, r[0], r[1], sentence, cue, AttributionMethod.EXPLICIT_AFTER, 0.9));
    }

    /** Words that may lead from a quoted name to its words ("quoting Reeve in French: “…”"). */
    private static final Set<String> QUOTE_LEAD_INS = Set.of("in", "from", "on");

    /** ": “", ", “" or " in French: “" right after a quoted name: the name's words follow. */
    private static boolean introducesQuote(List<Token> tokens, int end, int quote) {
        if (end + 1 == quote) {
            return tokens.get(end).is(":") || tokens.get(end).is(",");
        }
        if (quote - end > 4 || !tokens.get(quote - 1).is(":") || !QUOTE_LEAD_INS.contains(tokens.get(end).text())) {
            return false;
        }
        for (int k = end + 1; k < quote - 1; k++) {
            if (!tokens.get(k).isWord()) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Reed called for a boycott, and the council denounced the plan and said it would “…”": a verb after "and" shares
     * the subject of the nearest speech verb before it when that verb's clause, joined by ", and" or ", but", has a
     * subject of its own; the first clause's subject is someone else. Empty where no such clause stands between.
     */
    private Optional<Attribution> joinedClauseSpeaker(List<Token> tokens, Cue cue, int sentence) {
        Cue nearest = null;
        for (Cue earlier : cues(tokens)) {
            if (earlier.kind() == Cue.Kind.FINITE && earlier.index() < cue.index() - 1) {
                nearest = earlier;
            }
        }
        if (nearest == null) {
            return Optional.empty();
        }
        Cue own = nearest;
        int verb = own.index();
        for (int k = verb + 1; k < cue.index() - 1; k++) {
            if (tokens.get(k).isQuote() || tokens.get(k).is(",") || tokens.get(k).is(";")) {
                return Optional.empty(); // "and said" must join the nearest verb's own clause, with nothing else between
            }
        }
        return phrases.phraseBefore(tokens, verb)
                .filter(r -> joinedAfterComma(tokens, r[0]))
                .flatMap(r -> resolver.resolve(tokens, r[0], r[1], sentence, own, AttributionMethod.EXPLICIT_BEFORE, 0.95));
    }

    /**
     * Whether the phrase at start opens a clause joined by ", and" or ", but", right after it or after a description in
     * apposition ("…, and the rights group the Halden League denounced").
     */
    private boolean joinedAfterComma(List<Token> tokens, int start) {
        int k = start - 1;
        while (k > 1 && start - k <= 8 && tokens.get(k).isWord() && !tokens.get(k).is("and")
                && !tokens.get(k).is("but") && !lex.isAuxiliary(tokens.get(k).text()) && !lex.isSpeechVerb(tokens.get(k))) {
            k--;
        }
        return k >= 1 && (tokens.get(k).is("and") || tokens.get(k).is("but")) && tokens.get(k - 1).is(",");
    }

    /** "…, and called him": a verb after "and" or "but" shares the subject of the clause before it. */
    private static boolean isCoordinated(List<Token> tokens, Cue cue) {
        int i = cue.index();
        return i > 0 && (tokens.get(i - 1).is("and") || tokens.get(i - 1).is("but"));
    }

    /** "But, said Quist, “…”", "Said Quist: “…”": a verb with nothing before it but a conjunction has its subject after it. */
    private boolean opensInverted(List<Token> tokens, Cue cue) {
        int i = cue.index();
        for (int k = 0; k < i; k++) {
            if (!tokens.get(k).is(",") && !(tokens.get(k).isWord() && SubjectPhrases.isOpener(tokens.get(k)) && !SubjectPhrases.opensPhrase(tokens, k))) {
                return false;
            }
        }
        return i + 1 < tokens.size() && !OBJECT_VERBS.contains(cue.verb()) && (tokens.get(i + 1).isCapitalized()
                && !Lexicon.get().isStopCapitalized(tokens.get(i + 1).text()) || tokens.get(i + 1).is("the"));
    }

    /** "“…” that Sanders can catch Clinton, said Steve Elmendorf": the verb after a comma, its subject after it. */
    private boolean invertedAfterComma(List<Token> tokens, Cue cue) {
        int i = cue.index();
        return i > 0 && tokens.get(i - 1).is(",") && i + 1 < tokens.size() && !OBJECT_VERBS.contains(cue.verb())
                && (tokens.get(i + 1).isCapitalized() && !Lexicon.get().isStopCapitalized(tokens.get(i + 1).text()) || tokens.get(i + 1).is("the"));
    }

    /**
     * Whether the phrase after the verb ends the sentence or an apposition follows it ("…, said Tom Vickery." or "…, said
     * Tom Vickery, director of …"): "Clinton, also in Ohio, said Trump is to blame" and "…, called Trump a “…”" go on
     * with the name as the reported clause's subject or the verb's object, and the subject is before the verb.
     */
    private boolean phraseClosesSentence(List<Token> tokens, Cue cue) {
        int end = phrases.phraseAfter(tokens, cue.index() + 1).map(range -> range[1]).orElse(-1);
        if (end < 0) {
            return false;
        }
        if (end >= tokens.size()) {
            return true;
        }
        Token after = tokens.get(end);
        return after.is(",") || after.is(".") || after.is("(") || after.isDash() || end + 1 == tokens.size() && after.kind() == Token.Kind.PUNCT;
    }

    /**
     * "The puzzle of Vance, says Carl Pike, a historian, is that she was “…”": an inverted report set off by commas
     * inside a clause, after which the clause goes on with its own verb; the name after the report's verb said it.
     */
    private boolean insertedInverted(List<Token> tokens, Cue cue) {
        int end = phrases.phraseAfter(tokens, cue.index() + 1).map(range -> range[1]).orElse(-1);
        if (end < 0 || end >= tokens.size() || !tokens.get(end).is(",")) {
            return false;
        }
        int next = end + 1;
        for (int k = end + 1; k < tokens.size() && k < end + 16; k++) {
            if (tokens.get(k).isQuote() || lex.isSpeechVerb(tokens.get(k))) {
                break;
            }
            if (tokens.get(k).is(",")) {
                next = k + 1; // past an apposition: ", a historian at the museum,"
                break;
            }
        }
        return next < tokens.size() && tokens.get(next).isWord() && !tokens.get(next).isCapitalized() && lex.isAuxiliary(tokens.get(next).text());
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
        // "The ad, titled “Unity”, claims that Lee is …": a verb before "that" has its subject before it, and the quote
        // is a title in that subject; an inverted verb is followed by its own subject ("“…,” says Lee")
        return cue.index() + 1 < tokens.size() && tokens.get(cue.index() + 1).isWord() && !tokens.get(cue.index() + 1).is("that");
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
        if (i > 1 && (tokens.get(i - 1).is("as") || tokens.get(i - 1).is("for"))) {
            // "quoted the president as saying", "mocked Reed for calling himself": the object of the verb before said it
            return phrases.phraseBefore(tokens, i - 1)
                    .filter(range -> range[0] > 0 && tokens.get(range[0] - 1).isWord() && !tokens.get(range[0] - 1).isCapitalized()
                            && !lex.isAuxiliary(tokens.get(range[0] - 1).text()))
                    .flatMap(range -> resolver.resolve(tokens, range[0], range[1], sentence, cue, AttributionMethod.PARTICIPLE, 0.85));
        }
        Optional<Attribution> maker = wordsMaker(tokens, cue, sentence);
        if (maker.isPresent()) {
            return maker;
        }
        if (i == 0 || !tokens.get(i - 1).isCapitalized()) {
            return Optional.empty();
        }
        // "with X tweeting", "footage of X saying", "- X saying he was": a name after a preposition or a dash is the
        // participle's own subject; a name right after a verb is otherwise its object, and the main subject speaks
        return phrases.phraseBefore(tokens, i)
                .filter(range -> range[0] > 0 && (OWN_SUBJECT_BEFORE.contains(tokens.get(range[0] - 1).text()) || tokens.get(range[0] - 1).isDash()
                        || tokens.get(range[0] - 1).is("and") && continuesOwnSubjects(tokens, range[0] - 1, sentence)))
                .flatMap(range -> resolver.resolve(tokens, range[0], range[1], sentence, cue, AttributionMethod.PARTICIPLE, 0.85));
    }

    /**
     * "pointed to remarks Reeve made in 2009 saying he “…”": a participle after the words someone made or gave, with no
     * comma between, tells what those words said; they are the maker's, whoever the main clause's subject is.
     */
    private Optional<Attribution> wordsMaker(List<Token> tokens, Cue cue, int sentence) {
        int i = cue.index();
        for (int noun = i - 2; noun >= 0 && noun >= i - 9; noun--) {
            Token t = tokens.get(noun);
            if (!t.isWord() && t.kind() != Token.Kind.NUMBER) {
                return Optional.empty(); // a comma or a quote: the participle goes with the main clause
            }
            if (t.isCapitalized() || !lex.isSpokenWords(t.lower()) && !lex.isClaimNoun(t.lower())) {
                continue;
            }
            Optional<int[]> name = phrases.phraseAfter(tokens, noun + 1);
            if (name.isEmpty() || name.get()[0] != noun + 1 || name.get()[1] >= i) {
                return Optional.empty();
            }
            Token verb = tokens.get(name.get()[1]);
            boolean made = verb.isWord() && !verb.isCapitalized() && lex.isMakingVerb(verb.lower());
            return made && phrases.namesSource(tokens, name.get())
                    ? resolver.resolve(tokens, name.get()[0], name.get()[1], sentence, cue, AttributionMethod.PARTICIPLE, 0.85)
                    : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * "with Reed saying he was “…” and Lowe calling it “…”": a name after "and" is the next participle's own subject
     * when a participle before the "and" had one of its own.
     */
    private boolean continuesOwnSubjects(List<Token> tokens, int and, int sentence) {
        for (Cue earlier : cues(tokens)) {
            if (earlier.kind() == Cue.Kind.PARTICIPLE && earlier.index() < and && ownSubject(tokens, earlier, sentence).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Words before a name that make it the subject of the participle right after it ("of X saying"). */
    private static final Set<String> OWN_SUBJECT_BEFORE = Set.of("with", "of", "from", "about", "like", "without");

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
        if (opensWithParticiple(tokens)) {
            int comma = commaOfOpeningPhrase(tokens, 1);
            if (comma < 0) {
                return Optional.empty(); // a quote in the phrase without its comma: where the phrase ends is unknown
            }
            i = pastRelativeClause(tokens, afterPlaceTail(tokens, comma + 1));
        }
        while (i < tokens.size()) {
            // asked once per token: an unknown opener looks its word up among everyone the article has named
            boolean opener = SubjectPhrases.opensPhrase(tokens, i) || opensWithAdverb(tokens, i);
            if (!opener && tokens.get(i).kind() != Token.Kind.PUNCT && !SubjectPhrases.isOpener(tokens.get(i))) {
                break;
            }
            i++;
            int comma = opener ? commaOfOpeningPhrase(tokens, i) : -1;
            if (comma >= 0) {
                // skip the introductory phrase up to its comma, if it has one close by ("in Salem, New Hampshire," too)
                i = pastRelativeClause(tokens, afterPlaceTail(tokens, comma + 1));
            }
        }
        i = pastApposition(tokens, i);
        if (i < tokens.size() && tokens.get(i).isQuote()) {
            // "“…,” Trump went on": the subject follows the quote
            i++;
            boolean dash = false;
            while (i < tokens.size() && tokens.get(i).kind() == Token.Kind.PUNCT) {
                dash |= tokens.get(i).isDash();
                i++;
            }
            if (dash && asideBeforeQuote(tokens, i)) {
                return Optional.empty(); // "“…” -- that Orme is seen as … -- “…,” he says": the aside's subject is not the sentence's
            }
        }
        if (i >= tokens.size() || tokens.get(i).isQuote() || isSentenceAdverb(tokens, i) || opensWithCommonWord(tokens, i) || isCopularIt(tokens, i)) {
            return Optional.empty();
        }
        Cue none = new Cue(i, null, Cue.Kind.FINITE);
        Optional<int[]> phrase = phrases.phraseAfter(tokens, i);
        if (i > 0 && phrase.isPresent()) {
            // "And in a turn that recalled, for some, Gov. Hale's famous refrain on taxes, Mr. Rusk pledged": a name that
            // owns the words after it, still inside the opening phrase, is no subject; the name after its comma is
            Optional<int[]> after = subjectAfterOwnedPhrase(tokens, phrase.get()[1]);
            if (after.isPresent()) {
                phrase = after;
            }
        } else if (phrase.isPresent()) {
            // "Orme's chief rival, Sen. Tom Holt, was": at the start, the owned words describe the name in apposition
            // after their comma, and that name is the subject, not the owner
            int[] range = phrase.get();
            for (int k = range[0]; k < range[1]; k++) {
                if (tokens.get(k).isPossessive()) {
                    // a name's possessive, not a pronoun's contraction ("It’s true that …")
                    Token owner = k > range[0] ? tokens.get(k - 1) : null;
                    Optional<int[]> after = owner != null && phrases.isNameToken(owner)
                            && !SubjectPhrases.PERSONAL_PRONOUNS.contains(owner.lower())
                            ? subjectAfterOwnedPhrase(tokens, k + 1) : Optional.empty();
                    if (after.isPresent() && describesOnly(tokens, k + 1, after.get()[0] - 1)) {
                        phrase = after;
                    }
                    break;
                }
            }
        }
        // asked before resolving: resolving the phrase makes its name one the story has used
        boolean unknown = isUnknownOpener(tokens, i) && lowerCase.writes(tokens.get(i).text());
        int at = i;
        return phrase.flatMap(range -> resolver.resolve(tokens, range[0], range[1], sentence, none, AttributionMethod.SUBJECT, 0.7))
                .filter(a -> !unknown || !isCommonWordOpener(tokens, at, a.speaker()));
    }

    /** Whether the words from i close with a dash right before a quote, an aside between two pieces of one quote. */
    private static boolean asideBeforeQuote(List<Token> tokens, int i) {
        for (int k = i; k + 1 < tokens.size(); k++) {
            if (tokens.get(k).isQuote()) {
                return false;
            }
            if (tokens.get(k).isDash()) {
                return tokens.get(k + 1).isQuote();
            }
        }
        return false;
    }

    /**
     * "Good information can ...", "Signs of momentum were ...", "Section 1001 can ...": an unknown opener the story also
     * writes in lower case, read as a name of one word with no title, is a common word capitalised because it opens the
     * sentence, not someone; a name the story has used before ("West" after "Cornel West") is no unknown opener.
     */
    private static boolean isCommonWordOpener(List<Token> tokens, int i, Referent who) {
        return who.kind == SpeakerKind.PERSON && who.title == null && who.words().size() == 1 && who.name().equals(tokens.get(i).text());
    }

    /**
     * Whether the words from {@code from} to the comma at {@code comma} are a short description ("chief Democratic
     * rival"), not a clause of their own ("staff have argued for weeks that the plan"): no verb-like word in them.
     */
    private boolean describesOnly(List<Token> tokens, int from, int comma) {
        if (comma - from > 5) {
            return false;
        }
        for (int k = from; k < comma; k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || lex.isAuxiliary(t.text()) || lex.isSpeechVerb(t) || OWNED_CLAUSE_WORDS.contains(t.lower())) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> OWNED_CLAUSE_WORDS = Set.of("that", "who", "which", "whom", "whose", "when", "where");

    /**
     * After a possessive that ends a phrase, lower-case words up to a comma and a capitalised phrase after it: that
     * phrase, or empty.
     */
    private Optional<int[]> subjectAfterOwnedPhrase(List<Token> tokens, int end) {
        if (!tokens.get(end - 1).isPossessive()) {
            return Optional.empty();
        }
        for (int k = end; k < tokens.size() && k < end + 14; k++) {
            Token t = tokens.get(k);
            if (t.isQuote()) {
                return Optional.empty();
            }
            if (t.is(",")) {
                return k + 1 < tokens.size() && tokens.get(k + 1).isCapitalized() && !tokens.get(k + 1).isQuote()
                        ? phrases.phraseAfter(tokens, k + 1).filter(r -> !tokens.get(r[1] - 1).isPossessive()) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Unnamed people a sentence introduces with "a", "an" or "one" anywhere but as a speech verb's subject ("greeted by an
     * organizer at the gate", "a judge fined a 40-year-old man", "A young clerk was worried"): referents that a later
     * "the organizer", "the man" or "said the woman" finds, as a reader does. Not a clause subject: only mentioned.
     */
    List<Referent> introducedUnnamed(List<Token> tokens, int sentence, List<Cue> cues, int subjectAt) {
        List<Referent> found = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!SubjectPhrases.INTRODUCING.contains(t.lower()) || t.start() == subjectAt
                    || i > 0 && tokens.get(i - 1).isWord() && lex.isSpeechVerb(tokens.get(i - 1))) {
                continue;
            }
            int head = -1;
            for (int k = i + 1; k < tokens.size() && k <= i + 6; k++) {
                Token w = tokens.get(k);
                if (!(w.isWord() || w.kind() == Token.Kind.NUMBER || w.is("-")) || SubjectPhrases.isDeterminer(w)
                        || w.isPossessive() || w.isWord() && !w.isCapitalized() && lex.isSpeechVerb(w)) {
                    break;
                }
                if (w.isWord() && !w.isCapitalized() && isPersonHead(w.lower())
                        && !(k + 1 < tokens.size() && tokens.get(k + 1).isWord() && !tokens.get(k + 1).isCapitalized()
                            && isPersonHead(tokens.get(k + 1).lower()))) {
                    head = k;
                    break;
                }
            }
            if (head < 0 || SubjectPhrases.isPluralNoun(tokens.get(head).lower())) {
                continue;
            }
            int h = head;
            boolean tail = h + 1 < tokens.size() && UNNAMED_TAILS.contains(tokens.get(h + 1).lower());
            boolean speaks = cues.stream().anyMatch(c -> c.kind() != Cue.Kind.PARTICIPLE
                    && (c.index() > h && c.index() <= h + 3 || tail && c.index() > h && c.index() <= h + 8));
            if (speaks) {
                continue; // "an aide to the senator said": the speech verb's own reading names this one
            }
            resolver.resolve(tokens, i, head + 1, sentence, new Cue(i, null, Cue.Kind.FINITE), AttributionMethod.SUBJECT, 0.7)
                    .map(Attribution::speaker)
                    .filter(e -> e.kind == SpeakerKind.ANONYMOUS)
                    .ifPresent(e -> {
                        found.add(e);
                        if (t == tokens.get(0)) {
                            // "A 29-year-old woman, meanwhile, received probation after she had posted": the sentence's
                            // subject, whom a later "she" finds as it finds a named one
                            e.lastSubject = Math.max(e.lastSubject, t.start());
                        }
                    });
            i = head;
        }
        return found;
    }

    private static final Set<String> UNNAMED_TAILS = Set.of("for", "of", "at", "in", "from", "with", "to", "close", "familiar", ",");

    private boolean isPersonHead(String w) {
        // the nouns that give a sex ("a young woman", "a widower") head a description of a person, like titles
        return lex.isTitleHead(w) || lex.isAnonymousHead(w) || NounPhrases.titleGender(w) != Gender.UNKNOWN;
    }

    /**
     * The subjects of the clauses a sentence joins after its first ("The moderators moved on, but Christie wasn't having
     * it", "…; she said no"): a conjunction after a comma, or a semicolon, then a clause whose subject names someone.
     * A pronoun in the next sentence goes back to these as much as to the main clause's subject.
     */
    List<Attribution> joinedClauseSubjects(List<Token> tokens, int sentence) {
        List<Attribution> subjects = new ArrayList<>();
        for (int i = 1; i + 2 < tokens.size(); i++) {
            joinedClauseSubject(tokens, i, sentence).ifPresent(subjects::add);
        }
        return subjects;
    }

    /**
     * "Christie calls him “Mr. Trump,” while Trump calls the governor “Chris.”": a quote in a joined clause is said of
     * that clause's subject, not the sentence's. The subject of the last joined clause that opens before token q, when
     * it has one; empty when the quote stands in the first clause or its clause's subject is not read.
     */
    Optional<Attribution> joinedClauseSubjectHolding(List<Token> tokens, int q, int sentence) {
        for (int i = Math.min(q - 1, tokens.size() - 3); i >= 1; i--) {
            if (joinsClause(tokens, i)) {
                return joinedClauseSubject(tokens, i, sentence);
            }
        }
        return Optional.empty();
    }

    /**
     * A semicolon, or a comma and a conjunction, at token i: where a joined clause opens. The comma may close the quote
     * before it ("calls him “Mr. Hale,” while Hale calls …").
     */
    private static boolean joinsClause(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return t.is(";") || (t.is(",") || t.isQuoteEndingInComma()) && i + 1 < tokens.size() && JOINING.contains(tokens.get(i + 1).lower());
    }

    /** The subject of the clause joined at token i, when it opens with a name or a pronoun. */
    private Optional<Attribution> joinedClauseSubject(List<Token> tokens, int i, int sentence) {
        if (!joinsClause(tokens, i) || i + 2 >= tokens.size()) {
            return Optional.empty();
        }
        int from = tokens.get(i).is(";") ? i + 1 : i + 2;
        if (tokens.get(from).isCapitalized() || SubjectPhrases.PERSONAL_PRONOUNS.contains(tokens.get(from).lower())) {
            return mainSubject(tokens.subList(from, tokens.size()), sentence);
        }
        return Optional.empty();
    }

    private static final Set<String> JOINING = Set.of("but", "while", "yet", "whereas");

    /**
     * "..., courtesy of Dana Holt, a nurse from Ohio who dressed up as ...", "backed by Sen. Ray Cole of Iowa, the
     * panel's ranking member, who said": a "who" clause's subject is the person it is about, so a sentence that names
     * someone as an object or after a preposition still makes that person the subject of a clause, whom a later "he"
     * or "she" finds as a reader does. Only a name a described apposition follows, of someone not yet a clause subject:
     * "taking swipes at Rubio, who ..." is said of the sentence's own subject, still the topic.
     */
    List<Attribution> relativeClauseSubjects(List<Token> tokens, int sentence) {
        List<Attribution> subjects = new ArrayList<>();
        if (opensWithSubordinateClause(tokens)) {
            // "Asked whether Trump, the nominee, who ..., could win, Ban demurred": in an opening clause the person is
            // a topic of the question, and the sentence's subject still comes after
            return subjects;
        }
        for (int w = 2; w < tokens.size(); w++) {
            if (!tokens.get(w).is("who")) {
                continue;
            }
            boolean objectRelative = w + 1 < tokens.size() && (tokens.get(w + 1).isCapitalized()
                    || SubjectPhrases.PERSONAL_PRONOUNS.contains(tokens.get(w + 1).lower()));
            int comma = objectRelative ? -1 : appositionComma(tokens, tokens.get(w - 1).is(",") ? w - 1 : w);
            if (comma > 0) {
                // only a person the text introduces here: "Trump, who has a lead" after an object is not the topic
                nameEndingAt(tokens, comma, sentence).filter(a -> a.speaker().lastSubject < 0).ifPresent(subjects::add);
            }
        }
        return subjects;
    }

    /**
     * "Cole's column also attacked the mayor", "... listening to Director Ray Cole's statement. He called it ...": the
     * person whose statement, remarks or column a sentence is about speaks through it, and is who a following "he" or
     * "she" means, as a clause's subject is. Only where the possessed words are the subject, or no person is.
     */
    List<Attribution> possessorsOfWords(List<Token> tokens, int sentence, Attribution subject) {
        List<Attribution> found = new ArrayList<>();
        boolean personSubject = subject != null && subject.speaker().kind != SpeakerKind.ORGANIZATION;
        if (opensWithSubordinateClause(tokens)) {
            return found;
        }
        for (int i = 1; i + 1 < tokens.size(); i++) {
            if (!tokens.get(i).isPossessive() || !tokens.get(i - 1).isCapitalized()) {
                continue;
            }
            int noun = i + 1;
            while (noun < tokens.size() && noun <= i + 3 && tokens.get(noun).isWord() && !tokens.get(noun).isCapitalized()
                    && !lex.isSpokenWords(tokens.get(noun).lower())) {
                noun++;
            }
            // the head of its phrase, not a modifier ("Cole's email scandal" is not his words)
            Token next = noun + 1 < tokens.size() ? tokens.get(noun + 1) : null;
            boolean head = next == null || !next.isWord() || next.isCapitalized() || AFTER_HEAD.contains(next.lower())
                    || lex.isSpeechVerb(next) || lex.isAuxiliary(next.text());
            if (noun >= tokens.size() || noun > i + 3 || !tokens.get(noun).isWord() || !lex.isSpokenWords(tokens.get(noun).lower()) || !head) {
                continue;
            }
            nameEndingAt(tokens, i, sentence)
                    .filter(a -> !personSubject || a.speaker() == subject.speaker() && a.subjectAt() == subject.subjectAt())
                    .ifPresent(found::add);
        }
        return found;
    }

    /**
     * "Lane mocked Hart's “paper tiger” remark", "Lane criticized Hart's offer to make an “exception”": a quote inside
     * a noun phrase that another person's name possesses repeats that person's words, though the verb before it is
     * Lane's. Only a name right before "'s" and a few lower-case words of the phrase up to the quote; no comma, clause
     * or speech verb between. Not certain (the writer may quote Lane's own word for it), so the ranker decides.
     */
    Optional<Attribution> ownerOfQuotedWords(List<Token> tokens, int q, Cue cue, int sentence, int words) {
        Optional<Attribution> claimant = claimantOf(tokens, q, cue.index() < q ? cue.index() : -1, sentence);
        if (claimant.isPresent() || cue.index() > q) {
            return claimant;
        }
        // an object-taking verb ("rejected", "quoted", "questioned"), not one that takes a clause ("said Hart's plan
        // “…”" is the speaker's verdict) or names its object ("called Hart's plan “…”")
        if (words > MAX_OWNED_WORDS || cue.verb() == null || !(lex.isWeakSpeechVerb(cue.verb()) || lex.isRepeatingVerb(cue.verb())) || lex.isNamingVerb(cue.verb())) {
            return Optional.empty();
        }
        // the verb's object runs from the verb to the quote: words only, no clause ("that", a verb of its own)
        int possessive = -1;
        for (int p = cue.index() + 1; p < q; p++) {
            Token t = tokens.get(p);
            if (t.isPossessive() && p > cue.index() + 1 && tokens.get(p - 1).isCapitalized()) {
                possessive = p;
            } else if (!t.isWord() || t.is("that") || lex.isSpeechVerb(t) || lex.isAuxiliary(t.text())) {
                return Optional.empty();
            }
        }
        return possessive > 0 && q - possessive <= 6 ? nameEndingAt(tokens, possessive, sentence) : Optional.empty();
    }

    /**
     * "Pence faulted the media for making an issue of Hart's claim that the mayor “sank the port”": a quote in the
     * "that" clause of a claim noun a name possesses reports the possessor's words, whoever the verb before it is.
     */
    private Optional<Attribution> claimantOf(List<Token> tokens, int q, int from, int sentence) {
        if (q < 1 || lex.isAuxiliary(tokens.get(q - 1).text())) {
            return Optional.empty(); // "Hart's claim that … is “not true”": the quote is the main clause's own
        }
        for (int p = q - 1; p > from + 1 && p >= q - CLAIM_CLAUSE_WORDS; p--) {
            Token t = tokens.get(p);
            if (!t.isWord() && !t.isPossessive() || t.isQuote()) {
                return Optional.empty(); // a comma or another quote closes the clause
            }
            if (!t.is("that")) {
                continue;
            }
            int noun = p - 1;
            if (!lex.isClaimNoun(tokens.get(noun).lower()) && !lex.isSpokenWords(tokens.get(noun).lower())) {
                return Optional.empty();
            }
            for (int k = noun - 1; k > from && k >= noun - 3; k--) {
                if (tokens.get(k).isPossessive()) {
                    return k - 1 > from ? nameEndingAt(tokens, k, sentence) : Optional.empty();
                }
                if (!tokens.get(k).isWord() || tokens.get(k).isCapitalized()) {
                    return Optional.empty();
                }
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** How far before the quote a claim's "that" may stand. */
    private static final int CLAIM_CLAUSE_WORDS = 14;

    /** Longer quotes after a possessed phrase are mostly the speaker's own clause about it. */
    private static final int MAX_OWNED_WORDS = 4;

    /**
     * "As for Cole, he said he is not worried": the person a topic phrase opens the sentence with is who the main
     * clause's "he" or "she" is about, as if the subject of a clause just before it.
     */
    Optional<Attribution> topic(List<Token> tokens, int sentence) {
        Optional<Attribution> presented = presented(tokens, sentence);
        if (presented.isPresent()) {
            return presented;
        }
        if (tokens.size() < 5 || !tokens.get(0).is("As") || !tokens.get(1).is("for")) {
            return Optional.empty();
        }
        for (int c = 3; c < tokens.size() && c <= 8; c++) {
            if (tokens.get(c).is(",")) {
                return nameEndingAt(tokens, c, sentence).filter(a -> a.subjectAt() == tokens.get(2).start());
            }
        }
        return Optional.empty();
    }

    /** Adverbs and conjunctions that may open a presenting sentence ("Then there's …", "Just look at …"). */
    private static final Set<String> PRESENTING_OPENERS = Set.of("then", "now", "just", "and", "but", "so", "also", "finally", "or");

    /** The words that present someone, as a sentence of their own with the name alone after them. */
    private static final List<List<String>> PRESENTING = List.of(List.of("there", "'s"), List.of("there", "is"), List.of("there", "was"),
            List.of("here", "'s"), List.of("here", "is"), List.of("look", "at"), List.of("consider"), List.of("take"), List.of("meet"),
            List.of("enter"));

    /**
     * "Then there's Senator Tom Reed.", "Just look at Mayor Ann Lee.": a short sentence that only presents a person
     * makes them what the next sentences' "he" or "she" is about, as a subject would.
     */
    private Optional<Attribution> presented(List<Token> tokens, int sentence) {
        int end = tokens.size();
        if (end > 0 && tokens.get(end - 1).is(".")) {
            end--;
        }
        if (end < 2 || end > 12) {
            return Optional.empty();
        }
        int i = 0;
        while (i < end && tokens.get(i).isWord() && PRESENTING_OPENERS.contains(tokens.get(i).lower())) {
            i++;
        }
        for (List<String> words : PRESENTING) {
            int k = i;
            boolean match = true;
            for (String w : words) {
                if (k >= end || !tokens.get(k).lower().equals(w) && !(w.equals("'s") && tokens.get(k).isPossessive())) {
                    match = false;
                    break;
                }
                k++;
            }
            if (!match || k >= end) {
                continue;
            }
            for (int j = k; j < end; j++) {
                if (!tokens.get(j).isCapitalized() && !tokens.get(j).is(".")) {
                    return Optional.empty(); // more than a name: "there's no plan", "look at the numbers"
                }
            }
            Cue none = new Cue(k, null, Cue.Kind.FINITE);
            return resolver.resolve(tokens, k, end, sentence, none, AttributionMethod.SUBJECT, 0.7)
                    .filter(a -> a.speaker().kind == SpeakerKind.PERSON);
        }
        return Optional.empty();
    }

    /** Words that follow a noun phrase's head rather than continue the phrase. */
    private static final Set<String> AFTER_HEAD = Set.of("on", "about", "in", "at", "to", "that", "and", "of", "also",
            "last", "this", "from", "with", "for", "after", "before", "during", "when", "which", "earlier", "later");

    /** Whether the sentence opens with a participle or subordinate clause, whose people are not the sentence's topic. */
    private boolean opensWithSubordinateClause(List<Token> tokens) {
        // "Asked about it, …" opens with a participle too short for opensWithParticiple's test
        return tokens.isEmpty() || opensWithParticiple(tokens) || lex.isSubordinator(tokens.get(0))
                || tokens.get(0).lower().equals("asked");
    }

    /** The comma that opens an apposition ending at {@code end} ("Holt, a nurse from Ohio"), after a name; else -1. */
    private static int appositionComma(List<Token> tokens, int end) {
        for (int c = end - 1; c > 0 && c >= end - 14; c--) {
            if (tokens.get(c).is(",")) {
                return c + 1 < end && SubjectPhrases.isDeterminer(tokens.get(c + 1)) && tokens.get(c - 1).isCapitalized() ? c : -1;
            }
        }
        return -1;
    }

    /** The person a capitalised name just before {@code end} names ("Sen. Ray Cole" in "Sen. Ray Cole of Iowa"). */
    private Optional<Attribution> nameEndingAt(List<Token> tokens, int end, int sentence) {
        if (end < 1 || !tokens.get(end - 1).isCapitalized()) {
            return Optional.empty();
        }
        int start = end;
        for (int k = end - 1; k >= 0 && k >= end - 8; k--) {
            Token t = tokens.get(k);
            if (t.isCapitalized() || t.is(".") && k > 0 && tokens.get(k - 1).isCapitalized()) {
                start = k;
            } else if (t.is("of") && k > 0 && tokens.get(k - 1).isCapitalized()) {
                end = k; // "Cole of Iowa": the place is not part of the name
                start = k;
            } else {
                break;
            }
        }
        if (start >= end) {
            return Optional.empty();
        }
        Cue none = new Cue(start, null, Cue.Kind.FINITE);
        return resolver.resolve(tokens, start, end, sentence, none, AttributionMethod.SUBJECT, 0.7)
                .filter(a -> a.speaker().kind == SpeakerKind.PERSON);
    }

    /**
     * "Repeating his line from the convention, Biden mocked ...", "Pressed on the plan, she said ...": a participle
     * clause opens the sentence and its subject comes after the comma: a word in -ing or -ed followed by a lower-case
     * word, which is neither a first name, nor a name the article has already used ("Manning criticized ..."), nor a
     * place ("Beijing responded ..."), nor a pronoun such as "Nothing".
     */
    boolean opensWithParticiple(List<Token> tokens) {
        if (tokens.size() < 4 || !tokens.get(0).isWord() || !tokens.get(1).isWord() || tokens.get(1).isCapitalized()) {
            return false;
        }
        String w = tokens.get(0).lower();
        boolean participle = w.length() >= 6 && (w.endsWith("ing") && !w.endsWith("thing") || w.endsWith("ed"));
        String word = tokens.get(0).text();
        return participle && lex.firstNameGender(word) == null && discourse.byName(word).isEmpty() && !lex.isPlace(word);
    }

    /** The comma that ends an opening phrase starting at {@code from}, if one comes close by and before any quote; else -1. */
    private static int commaOfOpeningPhrase(List<Token> tokens, int from) {
        for (int j = from; j < tokens.size() && j < from + 15; j++) {
            if (tokens.get(j).is(",") || SpeechVerbs.quoteEndsOpeningClause(tokens, j)) {
                return j;
            }
            if (tokens.get(j).isQuote()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "Introduced by Paul Owens, the county sheriff, Mary Holt launched ...": a description after the opening
     * phrase's closing name, up to its own comma, is an apposition to that name; the subject is the name or pronoun after.
     */
    private int pastApposition(List<Token> tokens, int i) {
        if (i < 2 || i >= tokens.size() || !tokens.get(i - 1).is(",") || !tokens.get(i - 2).isCapitalized()
                || !SubjectPhrases.isDeterminer(tokens.get(i))) {
            return i;
        }
        for (int j = i + 1; j < tokens.size() && j < i + 12; j++) {
            Token t = tokens.get(j);
            if (t.isQuote() || lex.isSpeechVerb(t) || lex.isAuxiliary(t.text())) {
                return i;
            }
            if (t.is(",")) {
                boolean subject = j + 1 < tokens.size() && (tokens.get(j + 1).isCapitalized()
                        || SubjectPhrases.PERSONAL_PRONOUNS.contains(tokens.get(j + 1).lower()));
                return subject ? j + 1 : i;
            }
        }
        return i;
    }

    /**
     * "Speaking in Halden, which votes next week, Orme called …": a relative clause set off by commas after the opening
     * phrase describes the phrase's last noun and belongs to it; the subject follows its closing comma.
     */
    private static int pastRelativeClause(List<Token> tokens, int i) {
        if (i >= tokens.size() || !RELATIVE_OPENERS.contains(tokens.get(i).text())) {
            return i;
        }
        int close = commaOfOpeningPhrase(tokens, i + 1);
        return close >= 0 && tokens.get(close).is(",") ? close + 1 : i;
    }

    /** Lower-case words that open a relative clause on the noun before their comma: the relative pronouns and "where". */
    private static final Set<String> RELATIVE_OPENERS = relativeOpeners();

    private static Set<String> relativeOpeners() {
        Set<String> openers = new HashSet<>(SubjectPhrases.RELATIVE_PRONOUNS);
        openers.add("where");
        return Set.copyOf(openers);
    }

    /** Past ", New Hampshire," or ", S.C.," after a city: the place's second part still belongs to the opening phrase. */
    private int afterPlaceTail(List<Token> tokens, int i) {
        int end = i;
        while (end < tokens.size() && tokens.get(end).isCapitalized()) {
            end++;
        }
        boolean place = end > i && end < tokens.size() && tokens.get(end).is(",")
                && (lex.isPlace(NounPhrases.text(tokens, i, end)) || end == i + 1 && lex.isStateAbbreviation(tokens.get(i).text()));
        return place ? end + 1 : i;
    }

    /**
     * A lone capitalised word opening the sentence that is no first name, no place and no name the article has used
     * before: "Likewise, the council ...", "Contrast that with ...". Capitalised only because it opens the sentence, it is
     * most likely a common word; what follows it tells.
     */
    private boolean isUnknownOpener(List<Token> tokens, int i) {
        if (i + 2 >= tokens.size() || !tokens.get(i).isCapitalized() || tokens.get(i + 1).isCapitalized()) {
            return false;
        }
        for (int j = 0; j < i; j++) {
            if (tokens.get(j).kind() != Token.Kind.PUNCT) {
                return false;
            }
        }
        Token t = tokens.get(i);
        String w = t.text();
        return lex.firstNameGender(w) == null && !lex.isPlace(t) && !lex.isMedia(t) && !lex.isHonorific(t) && discourse.byName(w).isEmpty();
    }

    /**
     * "Often, families ...", "Likewise, the council had ...": an unknown opener, then a comma and a clause
     * that runs on without another; "Vance, a retired judge, said" is a name and its apposition.
     */
    private boolean opensWithAdverb(List<Token> tokens, int i) {
        if (!isUnknownOpener(tokens, i) || !tokens.get(i + 1).is(",")) {
            return false;
        }
        for (int j = i + 2; j < tokens.size() && j < i + 14 && !tokens.get(j).isQuote(); j++) {
            if (tokens.get(j).is(",")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Contrast that with ...", "Due to ...", "Name: ...": an unknown opener followed by a determiner, "to" or a colon,
     * which no name is followed by as a subject.
     */
    private boolean opensWithCommonWord(List<Token> tokens, int i) {
        if (!isUnknownOpener(tokens, i)) {
            return false;
        }
        Token next = tokens.get(i + 1);
        return next.is(":") || next.is("to") || next.isWord() && SubjectPhrases.isDeterminer(next);
    }

    /** Forms of "be" after which "it" is the empty subject of a cleft or a description, not a referent. */
    private static final Set<String> IT_COPULAS = Set.of("is", "was", "isn't", "wasn't", "isn’t", "wasn’t");

    /**
     * "It wasn't the cries of “…” that rattled Lee", "It's a “disaster”": "it" before a form of "be" is no one whose
     * words the sentence's quote could be.
     */
    private static boolean isCopularIt(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && tokens.get(i).is("it")
                && (IT_COPULAS.contains(tokens.get(i + 1).lower()) || SubjectPhrases.isVerbContraction(tokens, i + 1));
    }

    /** "Specifically, ...", "Preceded by ...": a capitalised word at the start that is an adverb or a participle. */
    private boolean isSentenceAdverb(List<Token> tokens, int i) {
        String w = tokens.get(i).text();
        boolean alone = i + 1 >= tokens.size() || !tokens.get(i + 1).isCapitalized();
        return alone && lex.firstNameGender(w) == null && (w.endsWith("ly") || w.endsWith("ed") || w.endsWith("ing"));
    }
}
