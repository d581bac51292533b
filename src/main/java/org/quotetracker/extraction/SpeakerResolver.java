package org.quotetracker.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Turns the phrase that names a speaker into someone of the article's discourse model: a name, a pronoun ("he"), a
 * title ("the US president"), an institution, a document's author ("the report") or an anonymous source ("a US
 * official"), with the method that says which.
 */
final class SpeakerResolver {

    /** Descriptions of a news organisation: "the newspaper said". */
    private static final Set<String> MEDIA_HEADS = Set.of("newspaper", "paper", "daily", "network", "channel", "magazine",
            "outlet", "station", "broadcaster", "website", "site", "agency", "wire");

    private final Lexicon lex = Lexicon.get();
    private final NounPhrases nounPhrases;
    private final SubjectPhrases phrases;
    private final Discourse discourse;
    private final int story;

    SpeakerResolver(Discourse discourse, NounPhrases nounPhrases, SubjectPhrases phrases, int story) {
        this.discourse = discourse;
        this.nounPhrases = nounPhrases;
        this.phrases = phrases;
        this.story = story;
    }

    /**
     * Who each phrase of the story names, by its page offsets. A reader resolves a phrase once: several sieves ask about
     * the same subject, and asked again, "Tandy's spokeswoman" would find the unnamed source its first reading created
     * and pass for a title that points back.
     */
    private final Map<Long, Optional<Attribution>> resolved = new HashMap<>();

    /** Resolves the phrase tokens[from, to) to an entity. */
    Optional<Attribution> resolve(List<Token> tokens, int from, int to, int sentence, Cue cue, AttributionMethod method, double confidence) {
        if (to - from == 1 && cue != null && cue.index() > from && (tokens.get(from).is("he") || tokens.get(from).is("she"))) {
            // "“…,” he told Rubio": never Rubio, however recently Rubio was a subject
            List<String> addressed = Addressees.after(tokens, cue.index());
            if (!addressed.isEmpty()) {
                return pronoun(tokens.get(from).lower(), tokens.get(from).start(), sentence, e -> addressed.stream().noneMatch(e::answersTo))
                        .map(e -> new Attribution(e, e.title, cue.verb(), AttributionMethod.PRONOUN, confidence * 0.85, tokens.get(from).start()));
            }
        }
        if (to - from == 1 && cue != null && tokens.get(from).is("it") && cue.verb() != null && lex.isDocumentReadingVerb(cue.verb())) {
            // "“…,” it reads" after "The email was sent by Ann Vale": the document, so its writer, not the last institution
            Optional<Referent> writer = discourse.recentDocumentWriter(sentence);
            if (writer.isPresent()) {
                return writer.map(e -> new Attribution(e, e.title, cue.verb(), AttributionMethod.DOCUMENT_AUTHOR, confidence * 0.75,
                        tokens.get(from).start()));
            }
        }
        long key = (long) tokens.get(from).start() << 32 | tokens.get(to - 1).end();
        Optional<Attribution> phrase = resolved.get(key);
        if (phrase == null) {
            phrase = resolvePhrase(tokens, from, to, sentence);
            resolved.put(key, phrase);
        }
        return phrase.map(a -> new Attribution(a.speaker(), a.role(), cue.verb(), a.method() == null ? method : a.method(),
                confidence * a.confidence(), tokens.get(from).start()));
    }

    /**
     * A capitalised word that grammar makes a name although the lexicon reads it otherwise ("Backer", "From"): the person
     * the story named with it, or a new one of that name.
     */
    Optional<Attribution> loneName(List<Token> tokens, int at, int sentence, Cue cue, AttributionMethod method, double confidence) {
        Token t = tokens.get(at);
        Mention mention = new Mention(at, at + 1, t.text(), null, SpeakerKind.PERSON, Gender.UNKNOWN, t.start(), at, at + 1);
        Referent entity = discourse.resolve(mention, sentence, story);
        return Optional.of(new Attribution(entity, entity.title, cue.verb(), method, confidence, t.start()));
    }

    /**
     * Who the phrase names, with its own method if it has one (else null: the caller's) and a confidence factor; no
     * cue, which is the caller's too.
     */
    private Optional<Attribution> resolvePhrase(List<Token> tokens, int from, int to, int sentence) {
        String first = tokens.get(from).text().toLowerCase(Locale.ROOT);
        if (tokens.get(to - 1).lower().equals("you")) {
            // "That's a lot more than you can say for Reed": the generic "you" is the clause's subject, no one in the
            // story, and the words before it are no description of a source
            return Optional.empty();
        }
        if (phrases.opensGroupOf(tokens, from, to)) {
            // "Critics of the new toll say": an unnamed group, named by its whole description; but "Peters of the board
            // said" after the story named Ann Peters is that person (the word itself registered as a name, "Proponents",
            // "Leaders", is no one known)
            String word = tokens.get(from).text();
            Optional<Referent> named = discourse.byName(word).filter(e -> e.kind == SpeakerKind.PERSON && !e.name().equalsIgnoreCase(word));
            if (named.isPresent()) {
                return resolvePhrase(tokens, from, from + 1, sentence);
            }
            String description = NounPhrases.text(tokens, from, to);
            Referent group = discourse.anonymous(description, description, sentence, story);
            return Optional.of(new Attribution(group, description, null, null, 0.8));
        }
        if (to - from == 1 && SubjectPhrases.PERSONAL_PRONOUNS.contains(first)) {
            return pronoun(first, tokens.get(from).start(), sentence, e -> true).map(e -> new Attribution(e, e.title, null, AttributionMethod.PRONOUN, 0.85));
        }
        if (isCoordination(tokens, from, to)) {
            Mention group = new Mention(from, to, groupName(tokens, from, to), null, SpeakerKind.PERSON, Gender.UNKNOWN,
                    tokens.get(from).start(), from, to);
            Referent entity = discourse.resolve(group, sentence, story);
            return Optional.of(new Attribution(entity, null, null, null, 0.9));
        }
        int head = headBeforeTail(tokens, from, to);
        if (head >= 0) {
            return description(tokens, from, head + 1, to, sentence).map(a -> a.reusedAs(a.method(), 0.85));
        }
        Token last = tokens.get(to - 1);
        boolean commonHead = !last.isCapitalized() && (lex.isDocumentHead(last) || lex.isOrganizationHead(last.lower()) || lex.isRelationHead(last));
        Mention mention = commonHead || endsInDescription(tokens, from, to) ? null : nounPhrases.phrase(tokens, from, to);
        if (mention != null && isPlaceModifier(tokens, mention, to)) {
            mention = null; // "the New York businessman", "a Texas rancher": a place before a noun says where, not who
        }
        if (mention != null) {
            mention = withOwnersSurname(tokens, from, to, mention);
            Referent entity = discourse.resolve(mention, sentence, story);
            String role = entity.title != null ? entity.title : mention.title();
            return Optional.of(new Attribution(entity, role, null, null, 1.0));
        }
        return description(tokens, from, to, to, sentence).map(a -> a.reusedAs(a.method(), 0.85));
    }

    /**
     * "a Coca-Cola spokesman", "an industry lobbyist", "the company's lawyer": a phrase whose head is a lower-case
     * title names an unnamed person; the name inside it is the employer, never the speaker.
     */
    private boolean endsInDescription(List<Token> tokens, int from, int to) {
        Token last = tokens.get(to - 1);
        if (last.isCapitalized() || !(lex.isTitleHead(last) || lex.isAnonymousHead(last)) || to - from < 2) {
            return false;
        }
        Mention inside = nounPhrases.phrase(tokens, from, to);
        return inside == null || inside.to() < to;
    }

    /**
     * Whether the name read in a phrase is a place (or a nationality) that a lower-case noun ending the phrase follows:
     * "the New York businessman" is a businessman, never New York.
     */
    private boolean isPlaceModifier(List<Token> tokens, Mention mention, int to) {
        Token last = tokens.get(to - 1);
        return mention.to() < to && last.isWord() && !last.isCapitalized() && !last.isPossessive()
                && (lex.isPlace(mention.name()) || lex.isDemonym(mention.name()) && !mention.name().endsWith("s"));
    }

    /**
     * "a spokesman for Hillary Clinton", "a man in Manchester": a description whose lower-case head is followed by a
     * prepositional tail names an unnamed person, never the person or place in the tail. The head's index, or -1.
     */
    private int headBeforeTail(List<Token> tokens, int from, int to) {
        if (!SubjectPhrases.isDeterminer(tokens.get(from)) && !SubjectPhrases.INDEFINITE.contains(tokens.get(from).lower())) {
            return -1;
        }
        for (int i = from + 1; i < to - 1; i++) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                return -1;
            }
            if (!t.isCapitalized() && (lex.isTitleHead(t) || lex.isAnonymousHead(t))
                    && (TAIL_PREPOSITIONS.contains(tokens.get(i + 1).text())
                    // "another source speaking to Fox News", "a person familiar with the talks": the link word too
                    || i + 2 < to && SubjectPhrases.linksToEmployer(tokens.get(i + 1))
                    && (TAIL_PREPOSITIONS.contains(tokens.get(i + 2).text()) || tokens.get(i + 2).is("to")))) {
                return i;
            }
        }
        return -1;
    }

    /** Kin whom a news story names by first name alone when they share the surname: "his wife, Jane". */
    private static final Set<String> KIN = Set.of("wife", "husband", "son", "daughter", "father", "mother", "brother", "sister",
            "stepson", "stepdaughter", "stepfather", "stepmother", "grandson", "granddaughter", "grandfather", "grandmother");

    /**
     * "his wife, Clara", "the mayor's son, Eric": a first name alone in apposition to a kin word is, by news style,
     * someone who shares the owner's surname (a different surname would be given), so "Clara" is "Clara Hale"; the owner is
     * found as "he" would be, or by the possessive's name, and must have a full name.
     */
    private Mention withOwnersSurname(List<Token> tokens, int from, int to, Mention mention) {
        if (to - from != 1 || from < 3 || !tokens.get(from - 1).is(",") || !KIN.contains(tokens.get(from - 2).lower())
                || lex.firstNameGender(tokens.get(from).text()) == null) {
            return mention;
        }
        Token ownerToken = tokens.get(from - 3);
        Optional<Referent> owner = POSSESSIVE_PRONOUNS.containsKey(ownerToken.lower())
                ? pronoun(POSSESSIVE_PRONOUNS.get(ownerToken.lower()), ownerToken.start())
                : ownerToken.isPossessive() && from >= 4 ? discourse.byName(tokens.get(from - 4).text()) : Optional.empty();
        if (owner.isEmpty() || owner.get().kind != SpeakerKind.PERSON || owner.get().words().size() < 2) {
            return mention;
        }
        String name = mention.name() + " " + owner.get().surname();
        return new Mention(mention.from(), mention.to(), name, mention.title(), mention.kind(), mention.gender(), mention.start(),
                mention.nameFrom(), mention.nameTo());
    }

    /** The words that open a description's tail: "a spokesman for X", "an aide to X" (an aide, never X). */
    private static final Set<String> TAIL_PREPOSITIONS = Set.of("for", "of", "at", "in", "from", "with", "to");

    private boolean isCoordination(List<Token> tokens, int from, int to) {
        for (int i = from + 1; i < to - 1; i++) {
            if (tokens.get(i).is("and") && phrases.isNameToken(tokens.get(i - 1)) && phrases.isNameToken(tokens.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** "Sens. Carper, Feinstein and Leahy" is the group "Carper, Feinstein and Leahy". */
    private String groupName(List<Token> tokens, int from, int to) {
        int start = from;
        while (start < to && lex.isHonorific(tokens.get(start))) {
            start++;
        }
        return NounPhrases.text(tokens, start, to);
    }

    /** The possessive pronouns whose owner is found as their subject pronoun's referent is: "its" as "it". */
    private static final Map<String, String> POSSESSIVE_PRONOUNS = Map.of("his", "he", "her", "she", "its", "it");

    private Optional<Referent> pronoun(String pronoun, int offset) {
        return pronoun(pronoun, offset, Discourse.NO_SENTENCE, e -> true);
    }

    /**
     * As {@link #pronoun(String, int)} for a pronoun in the given sentence (which lets a name of unknown sex that was the
     * subject just before stand for it), among the referents {@code allowed} admits.
     */
    private Optional<Referent> pronoun(String pronoun, int offset, int sentence, Predicate<Referent> allowed) {
        return switch (pronoun) {
            case "he" -> discourse.pronoun(Gender.M, story, offset, sentence, allowed);
            case "she" -> discourse.pronoun(Gender.F, story, offset, sentence, allowed);
            case "it" -> discourse.latestOrganization(story);
            default -> Optional.empty();
        };
    }

    /** A description that points back, like "he", to the person the story is about at {@code the}: a title coreference. */
    private Optional<Attribution> pointBack(Token the, String head, int sentence, double confidence) {
        Optional<Referent> antecedent = discourse.describedAntecedent(head, story, the.start());
        antecedent.ifPresent(e -> e.lastMention = sentence);
        return antecedent.map(e -> new Attribution(e, e.title, null, AttributionMethod.TITLE_COREFERENCE, confidence));
    }

    /**
     * "the editorial board wrote", "the paper's editorial board", "the editors said", "the editorial said": the voice
     * of a newspaper, which speaks for it, so the story's news organisation rather than a board of its own.
     */
    private static boolean isEditorialVoice(List<String> modifiers, String head) {
        String h = head.toLowerCase(Locale.ROOT);
        return h.equals("editors") || h.equals("editorial")
                || h.equals("board") && modifiers.stream().anyMatch(m -> m.equalsIgnoreCase("editorial"));
    }

    /**
     * Whether "the &lt;document&gt; said" stands for the author the story gave it: a person's statement, letter or email
     * is that person's words, as an institution's statement, letter or email is the institution's ("the email said"
     * after "the campaign sent an email": the campaign wrote it), and an editorial is its newspaper's; a lawsuit, a
     * report, an ad or a book speaks as itself ("the lawsuit says"), as readers and the news itself name it. A
     * capitalised head is a name ("the Post"), not this.
     */
    private boolean speaksThrough(Referent author, List<String> modifiers, String head) {
        if (isEditorialVoice(modifiers, head)) {
            return true;
        }
        return lex.isOwnWordsDocument(head) && author.kind != SpeakerKind.ANONYMOUS;
    }

    /**
     * "a letter from the Harbor Trust", "an email sent by Ann Vale", "an editorial in the Valley Ledger": a document
     * whose tail names who sent, wrote or published it is that one's words, as "a memo from X warns" is X's where the
     * document opens the clause (SubjectPhrases). The name must follow the tail's word closely, with only words between
     * ("from the left-leaning Harbor Trust"); "in" names a publisher only for an editorial.
     */
    private Optional<Attribution> senderInTail(List<Token> tokens, int to, boolean editorial, int sentence) {
        int at = to;
        if (at + 1 < tokens.size() && tokens.get(at).isWord() && lex.isSendingVerb(tokens.get(at).lower()) && tokens.get(at + 1).is("by")) {
            at += 2;
        } else if (at < tokens.size() && (tokens.get(at).is("from") || editorial && tokens.get(at).is("in"))) {
            at += 1;
        } else {
            return Optional.empty();
        }
        for (Mention m : nounPhrases.mentions(tokens)) {
            if (m.nameFrom() >= at && m.nameFrom() <= at + 5 && m.kind() != SpeakerKind.ANONYMOUS) {
                for (int i = at; i < m.nameFrom(); i++) {
                    if (!tokens.get(i).isWord()) {
                        return Optional.empty();
                    }
                }
                Referent entity = discourse.resolve(m, sentence, story);
                return Optional.of(new Attribution(entity, entity.title, null, AttributionMethod.DOCUMENT_AUTHOR, 0.8));
            }
        }
        return Optional.empty();
    }

    /** Determiners that point back to a document the story named: "the letter", "that letter", "this memo". */
    private static final Set<String> DEFINITE = Set.of("the", "this", "that");

    /** The lower-case word before the last possessive of tokens[from, to) ("tandy" of "Tandy's spokeswoman"), or null. */
    private static String possessor(List<Token> tokens, int from, int to) {
        for (int i = to - 1; i > from; i--) {
            if (tokens.get(i).isPossessive() && tokens.get(i - 1).isWord()) {
                return tokens.get(i - 1).lower();
            }
        }
        return null;
    }

    /**
     * Where the head of words[first..] stands: the last word, or a title head before a lower-case "of" ("Holt's chief of
     * staff", "her director of communications"): the words after "of" complete the title, and "staff" is not an
     * institution speaking.
     */
    private int titleHeadBeforeOf(List<String> words, int first) {
        for (int i = first + 1; i < words.size() - 1; i++) {
            if (words.get(i).equals("of") && lex.isTitleHead(words.get(i - 1).toLowerCase(Locale.ROOT))) {
                return i - 1;
            }
        }
        return words.size() - 1;
    }

    /**
     * "the independent Vermont senator and Democratic presidential candidate": two titles of one person joined by "and";
     * the first (most often the office) finds whom the story titled so, before the last word's head is asked.
     */
    private Optional<Referent> conjoinedTitle(List<String> words, int first, int headAt, int story) {
        for (int k = first + 1; k < headAt; k++) {
            if (words.get(k).equals("and") && lex.isTitleHead(words.get(k - 1).toLowerCase(Locale.ROOT))) {
                return discourse.byDescription(words.subList(first, k - 1), words.get(k - 1), story);
            }
        }
        return Optional.empty();
    }

    /** Words of a clause that says its subject goes unnamed: "who spoke on condition of anonymity". */
    private static final Set<String> ANONYMITY = Set.of("anonymity", "anonymously");
    /** "who asked not to be named", "who declined to be identified". */
    private static final Set<String> NAMING = Set.of("named", "identified");

    /**
     * "the coach, who asked not to be named, said", "said the official, who spoke on condition of anonymity": a clause
     * right after a description that says it goes unnamed, so that the description is an unnamed source of its own,
     * never someone the story named before.
     */
    private static boolean isUnnamedByClause(List<Token> tokens, int end) {
        int i = end < tokens.size() && tokens.get(end).is(",") ? end + 1 : end;
        if (i >= tokens.size() || !tokens.get(i).is("who")) {
            return false;
        }
        for (int k = i + 1; k < tokens.size() && k <= i + 10; k++) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                return false;
            }
            if (ANONYMITY.contains(t.lower()) || NAMING.contains(t.lower()) && tokens.get(k - 1).is("be")) {
                return true;
            }
        }
        return false;
    }

    /** "a US official", "the official", "the US president", "Russia's defence ministry", "the report". */
    private Optional<Attribution> description(List<Token> tokens, int from, int to, int end, int sentence) {
        List<String> words = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (tokens.get(i).isWord() && !tokens.get(i).isPossessive()) {
                words.add(tokens.get(i).text());
            }
        }
        int first = SubjectPhrases.isDeterminer(tokens.get(from)) ? 1 : 0;
        if (words.size() <= first) {
            return Optional.empty();
        }
        int headAt = titleHeadBeforeOf(words, first);
        String head = words.get(headAt);
        String determiner = words.get(0).toLowerCase(Locale.ROOT);
        String text = NounPhrases.text(tokens, from, end); // with its tail: "a spokesman for the governor"
        String withoutDeterminer = SubjectPhrases.isDeterminer(tokens.get(from)) ? NounPhrases.text(tokens, from + 1, end) : text;
        List<String> modifiers = words.subList(first, headAt);
        boolean indefinite = SubjectPhrases.INDEFINITE.contains(determiner) || head.toLowerCase(Locale.ROOT).endsWith("s") && !SubjectPhrases.isDeterminer(tokens.get(from));
        // "Tandy's spokeswoman", "the senator's lawyer": someone of the possessor's, so neither a spokeswoman of someone
        // else's nor, pointing back, the possessor; "its finance director", "his spokeswoman": the pronoun stands, as
        // "it" or "he" would, for someone the story has named, so the phrase is "<that one>'s finance director"
        // "her campaign", "his party": an institution a person owns is one named person's; an unnamed source in passing
        // ("one operative said") runs no campaign, and a pair ("Holt and Reed") is "their", so "her" reaches past them
        Predicate<Referent> owners = lex.isOrganizationHead(head.toLowerCase(Locale.ROOT))
                ? e -> e.kind != SpeakerKind.ANONYMOUS && !Candidates.isJoint(e) : e -> true;
        Referent owner = POSSESSIVE_PRONOUNS.containsKey(determiner)
                ? pronoun(POSSESSIVE_PRONOUNS.get(determiner), tokens.get(from).start(), Discourse.NO_SENTENCE, owners).orElse(null) : null;
        if (owner != null) {
            withoutDeterminer = owner.name() + "'s " + NounPhrases.text(tokens, from + 1, end);
            text = withoutDeterminer;
        }
        String possessor = owner != null ? owner.surname().toLowerCase(Locale.ROOT) : possessor(tokens, from, to);
        // "the protesters chanted", "the neighbors wrote": a group "the" points back to no one for is, as a bare
        // "protesters" is, an unnamed source named by its description
        boolean group = determiner.equals("the") && SubjectPhrases.isPluralNoun(head) && !tokens.get(to - 1).isCapitalized();
        boolean goesUnnamed = isUnnamedByClause(tokens, end);
        if (lex.isTitleHead(head) || lex.isAnonymousHead(head)) {
            if (!indefinite && !goesUnnamed) {
                Optional<Referent> known = conjoinedTitle(words, first, headAt, story)
                        .or(() -> discourse.byDescription(modifiers, head, story))
                        .filter(e -> possessor == null || e.hasTitleWord(possessor) && e != owner);
                if (known.isPresent()) {
                    known.get().lastMention = sentence;
                    return known.map(e -> new Attribution(e, e.title, null, AttributionMethod.TITLE_COREFERENCE, 0.8));
                }
                if (lex.isVoiceHead(head)) {
                    // "the moderator asked", "the narrator says": the voice of a debate or an ad that no one in the story
                    // carries as a title is an unnamed one, not the candidate the story was just about
                    Referent voice = discourse.anonymous(text, withoutDeterminer, sentence, story);
                    return Optional.of(new Attribution(voice, withoutDeterminer, null, null, 0.7));
                }
                if (determiner.equals("the") && lex.isAnonymousHead(head) && !SubjectPhrases.isPluralNoun(head) && possessor == null) {
                    // "a retired nurse stood up ... said the woman": an unnamed source's own description
                    Optional<Referent> unnamed = discourse.recentUnnamed(story, sentence, NounPhrases.titleGender(head));
                    if (unnamed.isPresent()) {
                        unnamed.get().lastMention = sentence;
                        return unnamed.map(e -> new Attribution(e, e.title, null, AttributionMethod.TITLE_COREFERENCE, 0.6));
                    }
                }
                if (determiner.equals("the") && !SubjectPhrases.isPluralNoun(head) && possessor == null) {
                    // "said the former top aide": "the" points back, like "he", to someone the story has named, though
                    // never with this title; a new unnamed source is introduced with "a"
                    Optional<Attribution> antecedent = pointBack(tokens.get(from), head, sentence, 0.6);
                    if (antecedent.isPresent()) {
                        return antecedent;
                    }
                }
            }
            if (lex.isAnonymousHead(head) || indefinite || group || possessor != null || goesUnnamed) {
                Referent anonymous = discourse.anonymous(text, withoutDeterminer, sentence, story);
                return Optional.of(new Attribution(anonymous, withoutDeterminer, null, null, 0.8)); // the method of the phrase that named it
            }
            return Optional.empty();
        }
        if (possessor != null && headAt == words.size() - 1 && lex.isRelationHead(tokens.get(to - 1))) {
            // "“…,” her husband said": someone of the owner's the story does not name, never the owner
            Referent relation = discourse.anonymous(text, withoutDeterminer, sentence, story);
            return Optional.of(new Attribution(relation, withoutDeterminer, null, null, 0.8));
        }
        if (determiner.equals("the") && (MEDIA_HEADS.contains(head.toLowerCase(Locale.ROOT)) || isEditorialVoice(modifiers, head))) {
            // "the editorial board writes", "the newspaper said": the outlet's written word, as a document's is its
            // author's, so the ranker weighs it with the document authors rather than with people called by title
            Optional<Referent> media = discourse.latestMedia();
            if (media.isPresent()) {
                return media.map(e -> new Attribution(e, null, null, AttributionMethod.DOCUMENT_AUTHOR, 0.75));
            }
        }
        if (lex.isDocumentHead(head) && !tokens.get(to - 1).isCapitalized()) {
            Optional<Attribution> sender = senderInTail(tokens, to, isEditorialVoice(modifiers, head), sentence);
            if (sender.isPresent()) {
                return sender;
            }
        }
        if (DEFINITE.contains(determiner) && lex.isDocumentHead(head)) {
            Optional<Referent> author = discourse.author(head).filter(e -> tokens.get(to - 1).isCapitalized() || speaksThrough(e, modifiers, head));
            if (author.isPresent()) {
                return author.map(e -> new Attribution(e, e.title, null, AttributionMethod.DOCUMENT_AUTHOR, 0.75));
            }
        }
        if (lex.isOrganizationHead(head) || lex.isDocumentHead(head)) {
            if (determiner.equals("the") && to - from == 2) {
                Optional<Referent> known = discourse.byDescription(List.of(), head, story);
                if (known.isEmpty() && lex.isGenericBodyHead(head)) {
                    known = discourse.recentOrganization(story, sentence);
                    known.ifPresent(e -> e.lastMention = sentence);
                }
                if (known.isPresent()) {
                    return known.map(e -> new Attribution(e, null, null, AttributionMethod.TITLE_COREFERENCE, 0.75));
                }
            }
            Mention org = new Mention(from, to, withoutDeterminer, null, SpeakerKind.ORGANIZATION, Gender.UNKNOWN, tokens.get(from).start(), from, to);
            Referent entity = discourse.resolve(org, sentence, story);
            return Optional.of(new Attribution(entity, null, null, AttributionMethod.ORGANIZATION, 0.8));
        }
        if (determiner.equals("the") && words.size() >= 2 && !SubjectPhrases.isPluralNoun(head) && !tokens.get(to - 1).isCapitalized()
                && !tokens.get(to - 1).isPossessive() && !lex.isNonPersonHead(head) && !lex.isTitleModifier(head)
                && !SubjectPhrases.PERSONAL_PRONOUNS.contains(head.toLowerCase(Locale.ROOT))) {
            // "the veteran lawmaker said", "the mother of two said": "the" with a noun that can be a person points back,
            // like "he", to someone the story has named; a crowd, a panel or a video never does
            Optional<Attribution> antecedent = pointBack(tokens.get(from), head, sentence, 0.5);
            if (antecedent.isPresent()) {
                return antecedent;
            }
        }
        if ((SubjectPhrases.INTRODUCING.contains(determiner) || group) && !tokens.get(to - 1).isCapitalized() && words.size() > 1) {
            // "one local social media user": an unnamed source, named by its description whatever its head noun
            Referent anonymous = discourse.anonymous(text, withoutDeterminer, sentence, story);
            return Optional.of(new Attribution(anonymous, withoutDeterminer, null, null, 0.7));
        }
        return Optional.empty();
    }
}
