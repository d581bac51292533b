package org.quotetracker.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads names and titles out of token runs (not thread-safe: one instance per extraction): "Britain's defence minister John Healey" is the name "John Healey" with
 * the title "Britain's defence minister"; "Gen. Charles Q. Brown Jr., the chairman of the Joint Chiefs of Staff" the
 * name "Charles Q. Brown Jr." with the title "chairman of the Joint Chiefs of Staff".
 */
final class NounPhrases {

    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "his", "her", "its",
            "their", "our", "my", "your", "one", "two", "three", "four", "several", "some", "many", "other", "another", "both");
    private static final Set<String> NAME_PARTICLES = Set.of("de", "da", "di", "del", "della", "der", "den", "van", "von",
            "bin", "ibn", "al", "el", "la", "le", "du", "dos", "das", "y", "ben", "abu", "st.", "of");
    private static final Set<String> SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");
    private static final Set<String> FEMALE_TITLES = Set.of("spokeswoman", "chairwoman", "congresswoman", "businesswoman",
            "queen", "princess", "actress", "mother", "wife", "widow", "sister", "daughter", "grandmother", "first lady",
            "woman", "girl", "councilwoman", "assemblywoman");
    private static final Set<String> MALE_TITLES = Set.of("spokesman", "congressman", "businessman", "king", "prince",
            "father", "husband", "brother", "son", "grandfather", "pope",
            "man", "boy", "widower", "councilman", "assemblyman");

    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec");

    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    static final Set<String> POSSESSIVE_DETERMINERS = Set.of("its", "his", "her", "their", "our");

    private final Lexicon lex = Lexicon.get();
    private List<Token> memoTokens;
    private List<Mention> memoMentions;

    /** Every name in the sentence with the title given it there. */
    List<Mention> mentions(List<Token> tokens) {
        // Attribution asks again and again about the same sentence; one instance serves one extraction, so a
        // one-sentence memo is safe and saves most of the work.
        if (tokens != memoTokens) {
            memoTokens = tokens;
            memoMentions = findMentions(tokens);
        }
        return memoMentions;
    }

    private List<Mention> findMentions(List<Token> tokens) {
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!startsName(tokens, i)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < tokens.size() && (continuesName(tokens, end) || isNicknameInName(tokens, i, end))) {
                end++;
            }
            while (end > i + 1 && NAME_PARTICLES.contains(tokens.get(end - 1).text().toLowerCase())) {
                end--;
            }
            end = personBeforeOfPlace(tokens, i, end);
            Mention mention = mention(tokens, i, end);
            if (mention != null) {
                mentions.add(mention);
                end = Math.max(end, mention.to()); // an apposition's words are not names of their own
            }
            i = end;
        }
        return mentions;
    }

    /**
     * "Sen. Dana Holt of Ohio", "Maria Lopez of Tucson": a person's name, then where the person is from or works; the name
     * ends before "of" (so that a later "Holt" is the same person), unlike "Bank of America", whose words before "of"
     * name no person. Returns where the name ends.
     */
    private int personBeforeOfPlace(List<Token> tokens, int from, int to) {
        for (int of = from + 1; of < to - 1; of++) {
            if (!tokens.get(of).is("of")) {
                continue;
            }
            // "Mara Quist of Nordbank": after a known first name and a surname, "of" and any name say where the
            // person is from or works, as a place does; "Bank of America" opens with no first name
            boolean place = lex.isPlace(text(tokens, of + 1, to)) || lex.isPlace(tokens.get(to - 1).lower());
            if (!place && !(of - from >= 2 && lex.firstNameGender(tokens.get(from).text()) != null)) {
                return to;
            }
            // a title or a first name shows a person; the word before "of" must be a name, not a title ("Secretary of State")
            String last = tokens.get(of - 1).lower();
            boolean person = !lex.isTitleHead(last) && !lex.isHonorific(last);
            boolean shown = false;
            for (int i = from; i < of && person; i++) {
                String w = tokens.get(i).lower();
                shown |= lex.isHonorific(w) || lex.isTitleHead(w) || i == from && lex.firstNameGender(tokens.get(i).text()) != null;
                person = !lex.isOrganizationHead(w) && !lex.isMedia(tokens.get(i)) && !lex.isPlace(w);
            }
            return person && shown && of - from > 1 ? of : to;
        }
        return to;
    }

    /** The speaker phrase tokens[from, to): a name with its titles, or a description such as "a US official". */
    Mention phrase(List<Token> tokens, int from, int to) {
        // The head of an English noun phrase is at its end: "French leader Emmanuel Macron" is Macron, not "French".
        List<Mention> inside = mentions(tokens).stream().filter(m -> m.nameFrom() >= from && m.nameTo() <= to).toList();
        for (int i = inside.size() - 1; i >= 0; i--) {
            if (inside.get(i).nameTo() == to) {
                Mention head = inside.get(i);
                // "said Sen. Dana Holt of Ohio", "said Mara Quist of Nordbank": the name after "of" says where the person
                // is from or works; the person is the head
                boolean ofTail = i > 0 && head.from() > 0 && tokens.get(head.from() - 1).is("of")
                        && inside.get(i - 1).isPerson() && inside.get(i - 1).to() == head.from() - 1;
                return ofTail ? inside.get(i - 1) : head;
            }
        }
        for (int i = inside.size() - 1; i >= 0; i--) {
            if (inside.get(i).isPerson()) {
                return inside.get(i);
            }
        }
        return null;
    }

    private boolean startsName(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.isCapitalized() || isShouted(tokens, i)) {
            return false;
        }
        if (isTimeZoneAfterClock(tokens, i)) {
            return false;
        }
        // A capitalised function word ("The", "But") starts no name, but "The Pentagon" keeps its article later.
        return !lex.isStopCapitalized(t.text()) || lex.isHonorific(t) && i + 1 < tokens.size() && tokens.get(i + 1).isCapitalized()
                || isMonthFirstName(tokens, i);
    }

    /** "at 9:40 p.m. EST": three capitals ending in T right after a clock's "a.m."/"p.m." are a time zone, no one. */
    private static boolean isTimeZoneAfterClock(List<Token> tokens, int i) {
        String w = tokens.get(i).text();
        if (i == 0 || w.length() != 3 || w.charAt(2) != 'T' || !Character.isUpperCase(w.charAt(0)) || !Character.isUpperCase(w.charAt(1))) {
            return false;
        }
        String before = tokens.get(i - 1).lower();
        return before.equals("p.m.") || before.equals("a.m.") || before.equals("p.m") || before.equals("a.m");
    }

    /** Words before a month that make it a time ("in May", "since June", "the April vote"), not a first name. */
    private static final Set<String> BEFORE_A_TIME = Set.of("in", "since", "by", "until", "till", "during", "through", "throughout",
            "last", "next", "early", "late", "mid", "of", "from", "before", "after", "every", "each", "between");

    /**
     * "her friend Jan Piercy", "said April Dunmore": a month that is also a first name, before a capitalised word that
     * could be a surname (no month, title, institution or place), starts a name unless a word before it makes it a time.
     */
    boolean isMonthFirstName(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!MONTHS.contains(t.lower()) || lex.firstNameGender(t.text()) == null || i + 1 >= tokens.size()) {
            return false;
        }
        if (i > 0 && (BEFORE_A_TIME.contains(tokens.get(i - 1).lower()) || DETERMINERS.contains(tokens.get(i - 1).lower()))) {
            return false;
        }
        Token next = tokens.get(i + 1);
        String w = next.lower();
        return next.isWord() && next.isCapitalized() && !isUpperWord(tokens, i + 1) && !lex.isStopCapitalized(next.text())
                && !lex.isHonorific(w) && !lex.isTitleHead(w) && !lex.isTitleModifier(w) && !lex.isOrganizationHead(next.text())
                && !lex.isPlace(w) && !lex.isDemonym(next.text()) && !lex.isMedia(next);
    }

    private boolean continuesName(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (isShouted(tokens, i)) {
            return false;
        }
        if (t.isCapitalized()) {
            return !isDateWord(tokens, i) || lex.isHonorific(t) || isMiddleInitial(tokens, i) || isFunctionWordSurname(tokens, i);
        }
        String lower = t.text().toLowerCase();
        return NAME_PARTICLES.contains(lower) && i + 1 < tokens.size() && tokens.get(i + 1).isCapitalized()
                || SUFFIXES.contains(lower);
    }

    /**
     * "Tomas “Beto” Varga": a quoted nickname of one capitalised word, after a first name and before a capitalised
     * surname, is inside the name, so that the person is one, not "Tomas" and "Varga".
     */
    private boolean isNicknameInName(List<Token> tokens, int from, int i) {
        if (i + 1 >= tokens.size() || !tokens.get(i).isQuote() || lex.firstNameGender(tokens.get(from).text()) == null) {
            return false;
        }
        String inner = tokens.get(i).text().replaceAll("^[\"\u201c\u201d'\u2018\u2019]+|[\"\u201c\u201d'\u2018\u2019]+$", "");
        Token next = tokens.get(i + 1);
        return inner.matches("\\p{Lu}[\\p{L}.'\u2019-]*") && next.isCapitalized() && !lex.isStopCapitalized(next.text())
                && !lex.isHonorific(next) && !isDateWord(tokens, i + 1);
    }

    /** Whether tokens[i] is a quoted nickname inside a name the sentence gives ("Tomas “Beto” Varga"). */
    boolean isNicknameInsideName(List<Token> tokens, int i) {
        return tokens.get(i).isQuote() && mentions(tokens).stream().anyMatch(m -> m.nameFrom() < i && i < m.nameTo());
    }

    /** "Tomas da Reeve": a lowercase name particle between two capitalised words is inside the name, not after it. */
    static boolean isParticleInName(List<Token> tokens, int i) {
        return i > 0 && i + 1 < tokens.size() && !tokens.get(i).isCapitalized() && tokens.get(i - 1).isCapitalized()
                && tokens.get(i + 1).isCapitalized() && NAME_PARTICLES.contains(tokens.get(i).lower());
    }

    /**
     * "Ruth From, who founded the league": a capitalised function word after a first name, inside a sentence and before
     * no further capitalised word, is a surname; a function word is capitalised mid-sentence only as a name (a
     * title-case headline goes on capitalised: "Obama To Visit Cuba"). Weekdays, months and "I" stay out.
     */
    private boolean isFunctionWordSurname(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String w = t.text();
        if (i == 0 || w.length() < 2 || !w.substring(1).equals(w.substring(1).toLowerCase()) || MONTHS.contains(t.lower().replace(".", ""))
                || WEEKDAYS.contains(t.lower()) || lex.isHonorific(t)) {
            return false;
        }
        Token first = tokens.get(i - 1);
        boolean afterFirstName = first.isCapitalized() && lex.firstNameGender(first.text()) != null
                && (i == 1 || !tokens.get(i - 2).isCapitalized());
        return afterFirstName && (i + 1 == tokens.size() || !tokens.get(i + 1).isCapitalized());
    }

    /** "Jill A. Martin": an initial inside a name, though "A" alone is the article that ends one. */
    private static boolean isMiddleInitial(List<Token> tokens, int i) {
        String w = tokens.get(i).text();
        return w.length() == 2 && w.charAt(1) == '.' && i + 1 < tokens.size() && tokens.get(i + 1).isCapitalized();
    }

    /**
     * A capitalised word that ends a name: a weekday or other function word, or a month only when a day follows
     * ("May 13"), so that "Theresa May" and "Ai Jun" stay whole.
     */
    private boolean isDateWord(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!lex.isStopCapitalized(t.text()) || lex.isHonorific(t)) {
            return false;
        }
        return !MONTHS.contains(t.lower().replace(".", "")) || i + 1 < tokens.size() && tokens.get(i + 1).kind() == Token.Kind.NUMBER;
    }

    private Mention mention(List<Token> tokens, int from, int to) {
        String run = text(tokens, from, to);
        if (lex.isPlace(run) || lex.isMedia(run) || lex.isPlace(tokens.get(to - 1).lower())) {
            return new Mention(from, to, run, null, SpeakerKind.ORGANIZATION, Gender.UNKNOWN, tokens.get(from).start(), from, to);
        }
        if (isInstitutionOfTitleWords(tokens, from, to)) {
            return new Mention(from, to, run, null, SpeakerKind.ORGANIZATION, Gender.UNKNOWN, tokens.get(from).start(), from, to);
        }
        // The name is what follows the last title word of the run: "NATO Secretary General | Jens Stoltenberg".
        int nameFrom = from;
        int beforeCut = from;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (lex.isTitleHead(t) || lex.isHonorific(t)) {
                beforeCut = nameFrom;
                nameFrom = i + 1;
            }
        }
        // "Billie Jean King", "Rep. Steve King", "John Major": a title word that ends the run after a first name is a
        // surname (a title comes before the name it gives, so nothing of the name would be left).
        if (nameFrom == to && to - beforeCut >= 2 && lex.firstNameGender(tokens.get(beforeCut).text()) != null) {
            nameFrom = beforeCut;
        }
        // "Secretary of State Antony Blinken": words that finish the title stay with it.
        while (nameFrom < to && nameFrom > from && to - nameFrom > 1
                && (lex.isTitleModifier(tokens.get(nameFrom).lower()) || tokens.get(nameFrom).is("of") || tokens.get(nameFrom).is("the")
                || lex.isPlace(tokens.get(nameFrom).lower()) && lex.firstNameGender(tokens.get(nameFrom).text()) == null)) {
            nameFrom++;
        }
        String honorific = null;
        Gender gender = Gender.UNKNOWN;
        for (int i = from; i < nameFrom; i++) {
            if (lex.isHonorific(tokens.get(i))) {
                honorific = tokens.get(i).text();
                gender = lex.honorificGender(honorific);
            }
        }
        // "Former Obama adviser": a capitalised modifier opening the run is part of no name.
        while (nameFrom < to - 1 && lex.isTitleModifier(tokens.get(nameFrom).lower())) {
            nameFrom++;
        }
        nameFrom = firstNameStart(tokens, nameFrom, to);
        int titleFrom = extendTitleBackward(tokens, from);
        String title = nameFrom > titleFrom ? titleText(tokens, titleFrom, nameFrom, honorific) : null;
        if (nameFrom >= to) {
            return organizationOrDescription(tokens, titleFrom, to);
        }
        String name = text(tokens, nameFrom, to);
        if (to - nameFrom == 1 && lex.isDemonym(name) && !nextToSpeechVerb(tokens, nameFrom, to)) {
            return null; // "French", "European": an adjective, unless it is the subject of "said" ("said Cuban")
        }
        int end = to;
        Appositive appositive = appositive(tokens, to);
        if (appositive != null && (title == null || honorific != null && title.equals(lex.expandHonorific(honorific)))) {
            title = appositive.title;
            end = appositive.end;
        }
        if (title == null && appositive == null) {
            title = titleInAppositionBefore(tokens, titleFrom); // from the honorific: "the chief executive, Mr. Moreau,"
        }
        SpeakerKind kind = kindOfName(tokens, nameFrom, to, title, honorific);
        if (kind == SpeakerKind.PERSON && gender == Gender.UNKNOWN) {
            gender = gender(tokens.get(nameFrom).text(), tokens.get(to - 1).text(), title);
        }
        return new Mention(titleFrom, end, name, title, kind, gender, tokens.get(nameFrom).start(), nameFrom, to);
    }

    /**
     * "Chief of Staff Denis McDonough", "South Korean-born Monte Haines": capitalised words that are no first name nor
     * initial, before a known first name and a surname that end the run, end a title or describe the person; the name
     * is the first name and the surname. A name that opens with a first name ("Sandy Hook Promise") keeps its words,
     * and so does a place read as a first name ("New York Post": "York" is in the first-name list).
     */
    private int firstNameStart(List<Token> tokens, int nameFrom, int to) {
        int first = to - 2;
        if (first - nameFrom < 1 || lex.firstNameGender(tokens.get(nameFrom).text()) != null || tokens.get(nameFrom).text().endsWith(".")
                || lex.firstNameGender(tokens.get(first).text()) == null) {
            return nameFrom;
        }
        for (int i = nameFrom; i < first; i++) {
            if (!tokens.get(i).isCapitalized() || lex.isPlace(text(tokens, i, first + 1))) {
                return nameFrom;
            }
        }
        return first;
    }

    private boolean nextToSpeechVerb(List<Token> tokens, int from, int to) {
        int after = to;
        while (after < tokens.size() - 1 && lex.isAuxiliary(tokens.get(after).text())) {
            after++;
        }
        return from > 0 && lex.isSpeechVerb(tokens.get(from - 1)) || after < tokens.size() && lex.isSpeechVerb(tokens.get(after));
    }

    /** "hosts", "co-founders": a lower-case plural whose singular is a title head. */
    private boolean isPluralTitleHead(Token t) {
        String w = t.lower();
        return t.isWord() && !t.isCapitalized() && w.length() > 3 && w.charAt(w.length() - 1) == 's' && w.charAt(w.length() - 2) != 's'
                && !lex.isTitleHead(w) && lex.isTitleHead(w.substring(0, w.length() - 1));
    }

    /** "Britain's defence minister", "alliance chief", "former president": title words before a name. */
    private int extendTitleBackward(List<Token> tokens, int from) {
        int i = from;
        boolean hasHead = false;
        for (int j = from; j < tokens.size() && j < from + 8 && tokens.get(j).isCapitalized(); j++) {
            hasHead |= lex.isTitleHead(tokens.get(j));
        }
        while (i > 0) {
            Token t = tokens.get(i - 1);
            String w = t.text();
            // "radio hosts Dana Holt and Lu Lan": a plural title right before the names is each one's title
            boolean pluralHead = i == from && isPluralTitleHead(t);
            if (lex.isTitleHead(w) || lex.isTitleModifier(w) || pluralHead) {
                hasHead |= lex.isTitleHead(w) || pluralHead;
                i--;
            } else if (t.isPossessive() && i >= 2 && tokens.get(i - 2).isCapitalized()) {
                i -= 2;
                while (i > 0 && tokens.get(i - 1).isCapitalized() && !lex.isStopCapitalized(tokens.get(i - 1).text())) {
                    i--;
                }
            } else if (t.isCapitalized() && !lex.isStopCapitalized(w) && i < from + 6) {
                i--;
            } else if (hasHead && t.isWord() && !t.isCapitalized() && i < from && isNounLike(w)
                    && lex.isTitleHead(tokens.get(i))) {
                i--; // "alliance chief", "campaign manager"
                break;
            } else {
                break;
            }
        }
        return hasHead ? i : from;
    }

    private boolean isNounLike(String w) {
        String lower = w.toLowerCase();
        return !DETERMINERS.contains(lower) && !lex.isSpeechVerb(lower) && !lex.isAuxiliary(lower)
                && !lower.endsWith("ed") && !lower.endsWith("ing") && lower.length() > 2
                && !Set.of("and", "or", "but", "for", "with", "from", "into", "over", "than", "then", "that", "who",
                "which", "when", "while", "where", "after", "before", "about", "said", "says", "told", "also", "not").contains(lower);
    }

    private record Appositive(String title, int end) {
    }

    /** Whether a person's name that owns nothing stands at {@code i}, a known first name and more: "Mayor | Tilda Rusk". */
    private boolean namesSomeoneElse(List<Token> tokens, int i) {
        if (i >= tokens.size() || lex.firstNameGender(tokens.get(i).text()) == null) {
            return false;
        }
        int end = i;
        while (end < tokens.size() && tokens.get(end).isCapitalized() && !lex.isTitleHead(tokens.get(end))
                && !lex.isTitleModifier(tokens.get(end).lower()) && !lex.isStopCapitalized(tokens.get(end).text())) {
            end++;
        }
        return end > i + 1 && (end == tokens.size() || !tokens.get(end).isPossessive());
    }

    /**
     * "said the vice-chairman, Alan Frey", "The company's chief executive, Maria Soto, said": a title given in apposition
     * before the name. Only a definite description that opens the sentence, or follows a speech verb or a quote, counts:
     * in "a letter to the chairman, Ben Cole said" the chairman is someone else. An owner's name opening the sentence is
     * such a determiner ("Holt's campaign manager, Tom Reed, …"), so that a later "Holt's campaign manager" is Reed.
     */
    private String titleInAppositionBefore(List<Token> tokens, int nameStart) {
        int comma = nameStart - 1; // nameStart: the name's first token, its honorific if it has one
        if (comma < 2 || !tokens.get(comma).is(",")) {
            return null;
        }
        boolean head = false;
        boolean owned = false;
        boolean headBeforeOf = false; // "chief of staff", "secretary of state": the title's head stands before "of"
        int i = comma - 1;
        for (; i >= 0 && i >= comma - 6; i--) {
            Token t = tokens.get(i);
            if (POSSESSIVE_DETERMINERS.contains(t.lower()) || t.lower().equals("the")) {
                break;
            }
            if (t.isPossessive()) {
                int owner = i - 1;
                while (owner >= 0 && tokens.get(owner).isWord() && tokens.get(owner).isCapitalized()) {
                    owner--;
                }
                if (owner < 0 && i > 0) {
                    owned = true; // "Dana Holt's campaign manager, Tom Reed": the owner's name opens the sentence
                    i = -1;
                    break;
                }
                continue; // "the company's chief executive"
            }
            if (t.is("of") && i > 0 && i < comma - 1 && !tokens.get(i - 1).isCapitalized() && lex.isTitleHead(tokens.get(i - 1))) {
                headBeforeOf = true;
                continue;
            }
            // "the Ukrainian president, Oleh Bondar,": a capitalised modifier before the head, never the head itself
            if (!t.isWord() || t.isCapitalized() && i == comma - 1 || !isNounLike(t.text())) {
                return null;
            }
            head |= lex.isTitleHead(t) && !t.isCapitalized();
        }
        if (i < 0 && !owned || i == comma - 1 || !head || !lex.isTitleHead(tokens.get(comma - 1)) && !headBeforeOf) {
            return null;
        }
        Token before = i > 0 ? tokens.get(i - 1) : null;
        boolean opens = before == null || before.isQuote() || before.is(",") && i > 1 && tokens.get(i - 2).isQuote()
                || before.isWord() && !before.isCapitalized() && lex.isSpeechVerb(before);
        return opens ? text(tokens, i + 1, comma) : null;
    }

    /** A lower-case word in -ed that no title holds ("pulled", "joined"; not "retired"): a verb, which starts no title. */
    private boolean isPastTense(Token t) {
        String w = t.lower();
        return t.isWord() && !t.isCapitalized() && w.length() > 3 && w.endsWith("ed") && !lex.isTitleModifier(w) && !lex.isTitleHead(w);
    }

    /** Words that join a second phrase or clause to what came before, where an apposition would rename it. */
    private static final Set<String> COORDINATORS = Set.of("and", "or", "nor", "but", "yet");

    /** ", the chairman of the Joint Chiefs of Staff," or ", a spokeswoman," right after a name; ", 34, a nurse," too. */
    private Appositive appositive(List<Token> tokens, int afterName) {
        if (afterName >= tokens.size() || !tokens.get(afterName).is(",")) {
            return null;
        }
        if (afterName + 3 < tokens.size() && tokens.get(afterName + 1).kind() == Token.Kind.NUMBER && tokens.get(afterName + 2).is(",")
                && Set.of("the", "a", "an").contains(tokens.get(afterName + 3).lower())) {
            return appositive(tokens, afterName + 2); // an age between the name and its title: ", 34, a nurse"
        }
        int i = afterName + 1;
        boolean hasHead = false;
        int titleStart = i;
        if (i < tokens.size() && Set.of("the", "a", "an").contains(tokens.get(i).text().toLowerCase())) {
            titleStart = ++i;
        } else if (i < tokens.size() && COORDINATORS.contains(tokens.get(i).lower())) {
            return null; // "was not attacking Reed, nor trying to sway his aides": a second clause or object, no title
        } else if (i < tokens.size() && isPastTense(tokens.get(i))) {
            return null; // "One local woman, Kara Vale, pulled Rep. Hart aside": the name closed an apposition; a verb goes on
        }
        for (; i < tokens.size() && i < afterName + 14; i++) {
            Token t = tokens.get(i);
            if (t.is(",") || t.is(".") || t.is(";") || t.is("—") || t.is("--") || t.is(")") || t.isQuote()) {
                break;
            }
            if (!t.isWord() && t.kind() != Token.Kind.NUMBER && !t.is("-") && !t.is("&")) {
                return null;
            }
            // "Tulsa, Okla., nurse named Margot": the apposition names a person of its own
            // a speech verb's form after "of" is a noun that ends a title ("the former secretary of state"), no verb
            if (t.is("who") || t.is("which") || t.is("whose") || t.is("named")
                    || lex.isSpeechVerb(t) && !lex.isTitleHead(t) && !tokens.get(i - 1).is("of")) {
                return null;
            }
            // "Here in Dayton, Harlan stepped up his push on …": a name and then a verb open the main clause, which
            // says what its subject did; an apposition names a role and holds no verb after a name
            if (i > titleStart && isPastTense(t) && tokens.get(i - 1).isCapitalized() && !tokens.get(i - 1).isPossessive()) {
                return null;
            }
            // "In Denver, Mayor Tilda Rusk said": a title that gives a name of its own starts another person's phrase, not
            // an apposition of the name before the comma ("Jones, President Obama's adviser," still is one)
            if (i == titleStart && (lex.isTitleHead(t) || lex.isHonorific(t)) && namesSomeoneElse(tokens, i + 1)) {
                return null;
            }
            hasHead |= lex.isTitleHead(t);
        }
        if (!hasHead || i == titleStart || i - titleStart > 10) {
            return null;
        }
        return new Appositive(text(tokens, titleStart, i), i < tokens.size() && tokens.get(i).is(",") ? i + 1 : i);
    }

    /**
     * "the Justice Department", "the Foreign Ministry", "the Labor Party": words that open titles ("Justice Anne Lowe",
     * "Foreign Minister") before an institution's head noun name the institution; no person's name is left after them.
     */
    private boolean isInstitutionOfTitleWords(List<Token> tokens, int from, int to) {
        if (to - from < 2 || !lex.isOrganizationHead(tokens.get(to - 1).lower())) {
            return false;
        }
        for (int i = from; i < to - 1; i++) {
            Token t = tokens.get(i);
            String w = t.lower();
            if (t.text().endsWith(".") || lex.firstNameGender(t.text()) != null
                    || !(lex.isTitleModifier(w) || lex.isTitleHead(w) || lex.isHonorific(w))) {
                return false;
            }
        }
        return true;
    }

    private Mention organizationOrDescription(List<Token> tokens, int from, int to) {
        String text = text(tokens, from, to);
        boolean organization = false;
        for (int i = from; i < to; i++) {
            String w = tokens.get(i).text();
            organization |= lex.isOrganizationHead(w) || lex.isPlace(w) || lex.isMedia(w) || isAcronym(w);
        }
        organization |= lex.isMedia(text) || lex.isPlace(text);
        if (!organization) {
            return null;
        }
        return new Mention(from, to, text, null, SpeakerKind.ORGANIZATION, Gender.UNKNOWN, tokens.get(from).start(), from, to);
    }

    private SpeakerKind kindOfName(List<Token> tokens, int from, int to, String title, String honorific) {
        String name = text(tokens, from, to);
        if (to - from == 1 && lex.isOrganizationHead(tokens.get(from).lower())) {
            return SpeakerKind.ORGANIZATION; // "U.N. General Assembly": "General" is no rank here
        }
        if (honorific != null) {
            return SpeakerKind.PERSON;
        }
        if (lex.isMedia(name) || lex.isPlace(name)) {
            return SpeakerKind.ORGANIZATION;
        }
        // "Harbor Insider", "Clean Water Project": capitalised words ending as organisations' names do, and opening with
        // no first name ("Lena Sun" is a person), or too long to be one with a surname
        if (title == null && to - from >= 2 && lex.isOrganizationNameEnd(tokens.get(to - 1).text())
                && (to - from >= 3 || lex.firstNameGender(tokens.get(from).text()) == null)) {
            return SpeakerKind.ORGANIZATION;
        }
        for (int i = from; i < to; i++) {
            String w = tokens.get(i).text();
            String lower = tokens.get(i).lower();
            if (lex.isOrganizationHead(lower) || lex.isMedia(lower) || i == from && to - from == 1 && (lex.isPlace(w) || isAcronym(w))) {
                return SpeakerKind.ORGANIZATION;
            }
        }
        return SpeakerKind.PERSON;
    }

    /** "OUTLIERS", "TWO DEAD IN ...": words of a headline in capitals, not names (an acronym stands alone: "NATO chief"). */
    private boolean isShouted(List<Token> tokens, int i) {
        return isUpperWord(tokens, i) && (isUpperWord(tokens, i - 1) || isUpperWord(tokens, i + 1)) && !lex.isMedia(tokens.get(i));
    }

    private static boolean isUpperWord(List<Token> tokens, int i) {
        if (i < 0 || i >= tokens.size() || !tokens.get(i).isWord()) {
            return false;
        }
        String w = tokens.get(i).text();
        int letters = 0;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (c == '’' || c == '\'') {
                continue; // "CEO’S" is upper case too
            }
            if (!isAcronymChar(c)) {
                return false;
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return letters >= 2;
    }

    static boolean isAcronym(String w) {
        if (w.length() < 2) {
            return false;
        }
        for (int k = 0; k < w.length(); k++) {
            if (!isAcronymChar(w.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAcronymChar(char c) {
        return Character.isUpperCase(c) || c == '.' || c == '&';
    }

    /**
     * The gender a gendered title gives ("spokesman Lu Kang", "congresswoman Marty Hale") before the first-name list's,
     * which only says what most of the name's bearers are; but a woman's first name before a surname the list does not
     * know beats a "-man" title of office, which news style gives women too ("campaign spokesman Alice Nardone"). A
     * name whose last word is a first name as well ("Lu Kang") may be written surname first, so its title decides.
     */
    private Gender gender(String firstToken, String lastToken, String title) {
        Gender byTitle = titleGender(title);
        Gender byName = lex.firstNameGender(firstToken);
        if (byTitle == Gender.M && byName == Gender.F && lex.firstNameGender(lastToken) == null && isOfficeTitle(title)) {
            return Gender.F;
        }
        if (byTitle != Gender.UNKNOWN) {
            return byTitle;
        }
        return byName != null ? byName : Gender.UNKNOWN;
    }

    /** A "-man" compound naming an office ("spokesman", "congressman"), not a kinship or a man's own noun ("husband"). */
    private static boolean isOfficeTitle(String title) {
        for (String w : Words.split(title.toLowerCase())) {
            if (MALE_TITLES.contains(w)) {
                return w.endsWith("man") && !w.equals("man");
            }
        }
        return false;
    }

    /** The gender a title or honorific gives ("spokeswoman", "Mrs."), or unknown. */
    static Gender titleGender(String title) {
        if (title != null) {
            for (String w : Words.split(title.toLowerCase())) {
                if (FEMALE_TITLES.contains(w)) {
                    return Gender.F;
                }
                if (MALE_TITLES.contains(w)) {
                    return Gender.M;
                }
            }
        }
        return Gender.UNKNOWN;
    }

    private String titleText(List<Token> tokens, int from, int to, String honorific) {
        if (to - from == 1 && honorific != null) {
            return lex.honorificGender(honorific) == Gender.UNKNOWN ? lex.expandHonorific(honorific) : null;
        }
        int start = from;
        while (start < to && (lex.isHonorific(tokens.get(start)) && lex.honorificGender(tokens.get(start).lower()) != Gender.UNKNOWN
                || Set.of("the", "a", "an").contains(tokens.get(start).text().toLowerCase()))) {
            start++;
        }
        return start < to ? text(tokens, start, to) : null;
    }

    /** The words of tokens[from, to) as they stand in the text, possessives joined to their word. */
    static String text(List<Token> tokens, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            boolean joins = t.isPossessive() || t.is(",") || t.is(".") || i > from && tokens.get(i - 1).end() == t.start() && (!t.isWord() || tokens.get(i - 1).text().endsWith("-"));
            if (out.length() > 0 && !joins) {
                out.append(' ');
            }
            out.append(t.text());
        }
        return out.toString();
    }
}
