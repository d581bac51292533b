package org.quotetracker.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The general word lists the engine reasons with: speech verbs, titles, honorifics, institution words, first names and
 * their usual gender. Loaded once from {@code lexicon.txt} and {@code first-names.txt}; immutable and shared.
 */
final class Lexicon {

    /** Sections that hold one name a line, spaces and all; the others hold words separated by spaces. */
    private static final Set<String> LINE_SECTIONS = Set.of("media", "multi-word-places", "phrasal-speech-verbs");
    private static final Lexicon INSTANCE = new Lexicon();

    private final Map<String, Set<String>> sections = new HashMap<>();
    private final Map<String, Gender> honorificGender = new HashMap<>();
    private final Map<String, String> honorificExpansion = new HashMap<>();
    private final Map<String, String> documentVerbs = new HashMap<>();
    private final Map<String, Gender> firstNames = new HashMap<>();
    // Each section resolved once: a look-up is then one hash probe, and the engine makes millions of them.
    private final Set<String> speechVerbs;
    private final Set<String> phrasalSpeechVerbs;
    /** The verbs of the phrasal speech verbs ("went" of "went on"): most words open none, and are told so without building the pair. */
    private final Set<String> phrasalSpeechVerbStarts = new HashSet<>();
    private final Set<String> weakSpeechVerbs;
    private final Set<String> intransitiveSpeechVerbs;
    private final Set<String> namingVerbs;
    private final Set<String> repeatingVerbs;
    private final Set<String> makingVerbs;
    private final Set<String> quotingVerbs;
    private final Set<String> claimNouns;
    private final Set<String> participialCues;
    private final Set<String> auxiliaries;
    private final Set<String> honorifics;
    private final Set<String> titleHeads;
    private final Set<String> titleModifiers;
    private final Set<String> anonymousHeads;
    private final Set<String> organizationHeads;
    private final Set<String> documentHeads;
    private final Set<String> media;
    private final Set<String> places;
    private final Set<String> multiWordPlaces;
    private final Set<String> placeHeads;
    private final Set<String> landmarkHeads;
    private final Set<String> placePrefixes;
    private final Set<String> eventHeads;
    private final Set<String> voiceHeads;
    private final Set<String> relationHeads;
    private final Set<String> addressingVerbs;
    private final Set<String> askingVerbs;
    private final Set<String> ownWordsDocuments;
    private final Set<String> sendingVerbs;
    private final Set<String> documentReadingVerbs;
    private final Set<String> spokenWords;
    private final Set<String> stateAbbreviations;
    private final Set<String> demonyms;
    private final Set<String> stopCapitalized;
    private final Set<String> nonPersonHeads;
    private final Set<String> genericBodyHeads;
    private final Set<String> newspaperNameEnds;
    private final Set<String> organizationNameEnds;
    private final Set<String> participleOpeners;
    private final Set<String> subordinators;

    static Lexicon get() {
        return INSTANCE;
    }

    private Lexicon() {
        String section = null;
        for (String line : lines("lexicon.txt")) {
            if (line.startsWith("[")) {
                section = line.substring(1, line.indexOf(']'));
            } else if (LINE_SECTIONS.contains(section)) {
                words(section).add(lower(line));
            } else {
                for (String word : line.split("\\s+")) {
                    add(section, word);
                }
            }
        }
        for (String line : lines("first-names.txt")) {
            String[] parts = line.split("\t");
            firstNames.put(parts[0], Gender.of(parts[1]));
        }
        speechVerbs = words("speech-verbs");
        phrasalSpeechVerbs = words("phrasal-speech-verbs");
        for (String pair : phrasalSpeechVerbs) {
            if (pair.indexOf(' ') > 0) {
                phrasalSpeechVerbStarts.add(pair.substring(0, pair.indexOf(' ')));
            }
        }
        weakSpeechVerbs = words("weak-speech-verbs");
        intransitiveSpeechVerbs = words("intransitive-speech-verbs");
        namingVerbs = words("naming-verbs");
        repeatingVerbs = words("repeating-verbs");
        makingVerbs = words("making-verbs");
        quotingVerbs = words("quoting-verbs");
        claimNouns = words("claim-nouns");
        participialCues = words("participial-cues");
        auxiliaries = words("auxiliaries");
        honorifics = words("honorifics");
        titleHeads = words("title-heads");
        titleModifiers = words("title-modifiers");
        anonymousHeads = words("anonymous-heads");
        organizationHeads = words("organization-heads");
        documentHeads = words("document-heads");
        media = words("media");
        places = words("places");
        multiWordPlaces = words("multi-word-places");
        placeHeads = words("place-heads");
        landmarkHeads = words("landmark-heads");
        placePrefixes = words("place-prefixes");
        eventHeads = words("event-heads");
        voiceHeads = words("voice-heads");
        relationHeads = words("relation-heads");
        addressingVerbs = words("addressing-verbs");
        askingVerbs = words("asking-verbs");
        ownWordsDocuments = words("own-words-documents");
        sendingVerbs = words("sending-verbs");
        documentReadingVerbs = words("document-reading-verbs");
        spokenWords = words("spoken-words");
        stateAbbreviations = words("state-abbreviations");
        demonyms = words("demonyms");
        stopCapitalized = words("stop-capitalized");
        nonPersonHeads = words("non-person-heads");
        genericBodyHeads = words("generic-body-heads");
        newspaperNameEnds = words("newspaper-name-ends");
        organizationNameEnds = words("organization-name-ends");
        participleOpeners = words("participle-openers");
        subordinators = words("subordinators");
    }

    private void add(String section, String word) {
        switch (section) {
            case "honorifics" -> {
                String[] parts = word.split(":");
                words(section).add(parts[0]);
                honorificGender.put(parts[0], parts.length > 1 ? Gender.of(parts[1]) : Gender.UNKNOWN);
            }
            case "honorific-expansions" -> {
                String[] parts = word.split("=");
                honorificExpansion.put(parts[0], parts[1]);
            }
            case "document-verbs" -> {
                String[] parts = word.split("=");
                documentVerbs.put(parts[0], parts[1]);
            }
            case "places" -> words(section).add(lower(word));
            default -> words(section).add(word);
        }
    }

    private Set<String> words(String section) {
        return sections.computeIfAbsent(section, s -> new HashSet<>());
    }

    private static List<String> lines(String resource) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String lower(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= 128 && (c == '’' || Character.isUpperCase(c))) { // ASCII first: every look-up asks
                return word.toLowerCase(Locale.ROOT).replace('’', '\'');
            }
        }
        return word;
    }

    boolean isSpeechVerb(String word) {
        return speechVerbs.contains(lower(word));
    }

    /*
     * The look-ups by token take its lower-case form as it is: it is already Lexicon.lower of its text, which lowering
     * again leaves as it is (for the plain lower-case words the lists hold), so the answer is the same as by its text
     * without scanning the word for capitals once more on every call.
     */

    boolean isSpeechVerb(Token t) {
        return speechVerbs.contains(t.lower());
    }

    /** "went on", "shot back": a verb and its particle that report speech together ("“…,” Lee went on."). */
    boolean isPhrasalSpeechVerb(String verb, String particle) {
        return phrasalSpeechVerbs.contains(lower(verb) + " " + lower(particle));
    }

    /**
     * Whether a word, in lower case and without spaces (a token's {@link Token#lower}), is the verb of some phrasal speech
     * verb: {@link #isPhrasalSpeechVerb} is false for every particle after any other word.
     */
    boolean opensPhrasalSpeechVerb(String lowerWord) {
        return phrasalSpeechVerbStarts.contains(lowerWord);
    }

    boolean isWeakSpeechVerb(String word) {
        return weakSpeechVerbs.contains(lower(word));
    }

    boolean isIntransitiveSpeechVerb(String word) {
        return intransitiveSpeechVerbs.contains(lower(word));
    }

    /** "called", "labeled": a verb whose quote names its object, in the subject's own words. */
    boolean isNamingVerb(String word) {
        return namingVerbs.contains(lower(word));
    }

    /** "mocked", "echoed": a verb whose object is someone's words repeated. */
    boolean isRepeatingVerb(String word) {
        return repeatingVerbs.contains(lower(word));
    }

    /** "made", "gave": a verb by which someone makes words their own ("the comments Reeve made"). */
    boolean isMakingVerb(String word) {
        return makingVerbs.contains(lower(word));
    }

    /** "quoting", "cited": a verb whose object is the one whose words follow ("quoting Reeve: “…”"). */
    boolean isQuotingVerb(String word) {
        return quotingVerbs.contains(lower(word));
    }

    /** "claim", "assertion": a noun whose "that" clause reports its possessor's words. */
    boolean isClaimNoun(String word) {
        return claimNouns.contains(lower(word));
    }

    boolean isParticipialCue(String word) {
        return participialCues.contains(lower(word));
    }

    /** Lower-case only: a capitalised "Will" or "Mark" is a name. */
    boolean isAuxiliary(String word) {
        if (Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        String w = lower(word);
        return auxiliaries.contains(w) || (w.endsWith("ly") && w.length() > 4 && Character.isLowerCase(word.charAt(0)));
    }

    boolean isHonorific(String word) {
        return honorifics.contains(lower(word));
    }

    boolean isHonorific(Token t) {
        return honorifics.contains(t.lower());
    }

    Gender honorificGender(String word) {
        return honorificGender.getOrDefault(lower(word), Gender.UNKNOWN);
    }

    /** "emailed" makes an "email": the document a verb of writing and sending makes, or null. */
    String documentOfVerb(String word) {
        return documentVerbs.get(lower(word));
    }

    /** "Gen." becomes "General", so that a rank given only as an abbreviation still reads as a role. */
    String expandHonorific(String word) {
        return honorificExpansion.getOrDefault(lower(word), word);
    }

    /** A title's head word; in a compound ("vice-chairman", "co-founder") the part after the last hyphen decides. */
    boolean isTitleHead(String word) {
        return isTitleHead(lower(word), word);
    }

    /** {@link #isTitleHead(String)} of a token's lower-case form, taken as it is, whose plain plural then counts too. */
    boolean isTitleHead(Token t) {
        return isTitleHead(t.lower(), t.lower());
    }

    /** A title head given in lower case, or its last part after a hyphen, or the singular of a plural as written. */
    private boolean isTitleHead(String w, String written) {
        int hyphen = w.lastIndexOf('-');
        return titleHeads.contains(w) || hyphen > 0 && hyphen < w.length() - 1 && titleHeads.contains(w.substring(hyphen + 1))
                || titleHeads.contains(singular(written));
    }

    /**
     * "commentators", "panelists": the plain plural of a listed head, which the lists spell only where it is irregular or
     * was wanted; null when the word is no plain plural ("witness", "news") or is capitalised, since a capitalised plural
     * is mostly part of a name ("House of Representatives", "Marine Corps", "Harbor Airlines").
     */
    private static String singular(String w) {
        boolean plural = w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("'s");
        return plural && w.equals(w.toLowerCase(Locale.ROOT)) ? w.substring(0, w.length() - 1) : null;
    }

    boolean isTitleModifier(String word) {
        return titleModifiers.contains(lower(word));
    }

    /**
     * "officials", "sources"; also "the tenant groups", "eleven organizations", "the unions": bodies in the plural are
     * no one body the story named but an unnamed set of them (a plural the organisation list holds itself, "forces",
     * "authorities", stays an institution's name).
     */
    boolean isAnonymousHead(String word) {
        return isAnonymousHead(lower(word), word);
    }

    boolean isAnonymousHead(Token t) {
        return isAnonymousHead(t.lower(), t.lower());
    }

    /** An anonymous head given in lower case, or the plural of an organisation head as written ("officials"). */
    private boolean isAnonymousHead(String w, String written) {
        return anonymousHeads.contains(w) || !organizationHeads.contains(w) && organizationHeads.contains(singular(written));
    }

    boolean isOrganizationHead(String word) {
        return organizationHeads.contains(lower(word));
    }

    /** "crowd", "panel", "video": a noun that never stands for one person. */
    boolean isNonPersonHead(String word) {
        return nonPersonHeads.contains(lower(word));
    }

    /** "group", "company": a noun a story uses for whichever body it just named. */
    boolean isGenericBodyHead(String word) {
        return genericBodyHeads.contains(lower(word));
    }

    /** "Gazette", "News": a word that ends newspapers' names, as written (case counts). */
    boolean isNewspaperNameEnd(String word) {
        return newspaperNameEnds.contains(word);
    }

    /** "Insider", "Project": a word that ends the names of organisations and outlets, as written (case counts). */
    boolean isOrganizationNameEnd(String word) {
        return organizationNameEnds.contains(word) || newspaperNameEnds.contains(word);
    }

    /** "and", "when": a word that may open a sentence before its participle ("And adding, “…”"). */
    boolean isParticipleOpener(String word) {
        return participleOpeners.contains(word);
    }

    /** "after", "while", "unless": a word that opens a subordinate clause before the main one ("After X spoke, ..."). */
    boolean isSubordinator(String word) {
        return subordinators.contains(lower(word));
    }

    boolean isSubordinator(Token t) {
        return subordinators.contains(t.lower());
    }

    /** "told", "asked", "urged": a verb whose object is whom the speaker addressed. */
    boolean isAddressingVerb(String word) {
        return addressingVerbs.contains(lower(word));
    }

    /** "asked", "pressed": a verb that puts a question to its object, whose answer the next quote most often is. */
    boolean isAskingVerb(String word) {
        return askingVerbs.contains(lower(word));
    }

    /** "husband", "counterpart": someone known by a relation to an owner. */
    boolean isRelationHead(Token t) {
        return relationHeads.contains(t.lower());
    }

    /** "moderator", "narrator": a voice of a broadcast, a debate or an ad. */
    boolean isVoiceHead(String word) {
        return voiceHeads.contains(lower(word));
    }

    /** "statement", "letter", "email": a document in its writer's own words. */
    boolean isOwnWordsDocument(String word) {
        return ownWordsDocuments.contains(lower(word));
    }

    /** "sent", "written", "signed": what a document's writer does to it ("an email sent by Ann Vale"). */
    boolean isSendingVerb(String word) {
        return sendingVerbs.contains(lower(word));
    }

    /** "reads", "read": what only a written text does ("“…,” it reads"). */
    boolean isDocumentReadingVerb(String word) {
        return documentReadingVerbs.contains(lower(word));
    }

    /** "remarks", "column", "statement": what a person's "'s" owns when the person speaks through it. */
    boolean isSpokenWords(String word) {
        return spokenWords.contains(lower(word));
    }

    boolean isDocumentHead(String word) {
        return documentHeads.contains(lower(word));
    }

    boolean isDocumentHead(Token t) {
        return documentHeads.contains(t.lower());
    }

    boolean isMedia(String name) {
        return media.contains(lower(name));
    }

    boolean isMedia(Token t) {
        return media.contains(t.lower());
    }

    boolean isPlace(String name) {
        return isPlace(lower(name), name);
    }

    /** {@link #isPlace(String)} of the token's text, its lower-case form taken as it is. */
    boolean isPlace(Token t) {
        return isPlace(t.lower(), t.text());
    }

    private boolean isPlace(String lowered, String name) {
        return places.contains(lowered) || multiWordPlaces.contains(lowered) || endsInPlaceHead(name);
    }

    /**
     * "Lee County", "Sunshine State", "Palm Beach": capitalised words ending in a place's head word, or in a state's
     * abbreviation ("Washington D.C.", "Portland Ore.", whose first word may be a first name); every word capitalised
     * ("Secretary of State" is a title, "the state" no name).
     */
    private boolean endsInPlaceHead(String name) {
        int space = name.lastIndexOf(' ');
        if (space <= 0 || space == name.length() - 1 || !Character.isUpperCase(name.charAt(space + 1))) {
            return false;
        }
        String last = name.substring(space + 1);
        if (!placeHeads.contains(lower(last)) && !stateAbbreviations.contains(last)) {
            return false;
        }
        for (int i = 0; i < space; i++) {
            if ((i == 0 || name.charAt(i - 1) == ' ') && !Character.isUpperCase(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** "park", "river", "plaza": the last word of a landmark's name. */
    boolean isLandmarkHead(String word) {
        return landmarkHeads.contains(lower(word));
    }

    /** "San", "Fort", "Lake": the first word of a place's name ("San Lorenzo", "Fort Alder"). */
    boolean isPlacePrefix(String word) {
        return placePrefixes.contains(lower(word));
    }

    /** "breakfast", "festival", "summit": the last word of an event's name. */
    boolean isEventHead(String word) {
        return eventHeads.contains(lower(word));
    }

    /** "Calif.", "S.C.": a US state as the news agencies abbreviate it. */
    boolean isStateAbbreviation(String word) {
        return stateAbbreviations.contains(word);
    }

    /**
     * "French", "Ukrainian", "European": adjectives of nationality, never a name on their own. The endings say so only of
     * a word that is no known first name ("Julian", "Dominic") and no South Slavic surname in -ović / -ević written
     * without its accent ("Petrovic", "Jankovic"), which no adjective of origin ends in.
     */
    boolean isDemonym(String word) {
        String singular = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
        return demonyms.contains(word) || demonyms.contains(singular) || singular.length() > 5 && hasDemonymEnding(singular)
                && !singular.endsWith("ovic") && !singular.endsWith("evic") && firstNames.get(singular) == null;
    }

    private static final List<String> DEMONYM_ENDINGS = List.of("ian", "ean", "ese", "ish", "ic");

    /**
     * Whether a word matches {@code ^\p{Lu}\p{Ll}+(?:ian|ean|ese|ish|ic)$}: an upper-case letter, then lower-case letters
     * only, ending in one of the endings with a letter before it. Without the regular expression, which was a visible
     * share of the look-ups of capitalised words (a word holds no line break, before which {@code $} would match too).
     */
    private static boolean hasDemonymEnding(String w) {
        int first = w.codePointAt(0);
        if (Character.getType(first) != Character.UPPERCASE_LETTER) {
            return false;
        }
        int rest = Character.charCount(first);
        for (int i = rest; i < w.length(); ) {
            int c = w.codePointAt(i);
            if (Character.getType(c) != Character.LOWERCASE_LETTER) {
                return false;
            }
            i += Character.charCount(c);
        }
        for (String ending : DEMONYM_ENDINGS) {
            if (w.endsWith(ending) && w.length() - ending.length() > rest) {
                return true;
            }
        }
        return false;
    }

    boolean isStopCapitalized(String word) {
        return stopCapitalized.contains(word.indexOf('.') < 0 ? word : word.replace(".", "")); // most words have no period
    }

    /** The usual gender of a first name, or null when the name is not a known first name. */
    Gender firstNameGender(String word) {
        return firstNames.get(word);
    }
}
