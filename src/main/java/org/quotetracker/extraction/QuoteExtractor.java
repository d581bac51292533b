package org.quotetracker.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The extraction engine's single entry point: a raw news page in, its metadata, quotes, speakers, roles and dates out.
 * Plain Java and thread-safe, so a CLI, a test, the server and a batch job can share one instance.
 */
public final class QuoteExtractor {

    private final PageParser parser = new PageParser();
    private final Ranker ranker;

    /** The extractor with the ranker that ships in the jar. */
    public QuoteExtractor() {
        this(Ranker.shipped());
    }

    /** The extractor with another ranker: the {@code train} command scores the models it builds this way. */
    public QuoteExtractor(Ranker ranker) {
        this.ranker = ranker;
    }

    public Extraction extract(String page) {
        ParsedPage parsed = parser.parse(page);
        return new Run(page, false).extract(parsed);
    }

    /**
     * Every quote of the page with its candidate speakers and their features, for training the ranker: the
     * features do not depend on the ranker, so one pass over a corpus serves every model trained on it.
     */
    public List<RankingExample> rankingExamples(String page) {
        Run run = new Run(page, true);
        run.extract(parser.parse(page));
        return run.examples;
    }

    /** The state of one extraction: the discourse model and what was said where. Not shared between threads. */
    private final class Run {

        private final String page;
        private final Discourse discourse = new Discourse();
        private final NounPhrases phrases = new NounPhrases();
        private final List<Found> found = new ArrayList<>();
        private final ArticleLog log = new ArticleLog();
        /** Only for training ({@link #rankingExamples}): the features' names cost a string per fact and candidate. */
        private final List<RankingExample> examples;
        private final List<PendingRole> roles = new ArrayList<>();
        /** By sentence index: the sentences of the page, and the people and institutions each names. */
        private final List<Sentence> sentences = new ArrayList<>();
        private final List<Set<Referent>> mentionedIn = new ArrayList<>();
        /** The rule's speaker of the last quote decided, and the speaker decided for it. */
        private Referent lastRuleSpeaker;
        private Referent lastDecided;
        /** Whether the last quote decided asked a question: in an exchange, the answer is someone else's. */
        private boolean previousAsked;
        /** The sentence of the last quote decided, or -1. */
        private int lastQuoteSentence = -1;
        private int sentenceCount;
        private int paragraphCount;

        private record Found(QuoteSite site, Story story, int leadSentence) {
        }

        private record Decided(QuoteSite site, Attribution attribution, LocalDate saidOn) {
        }

        private record PendingRole(Referent entity, String title, int offset, LocalDate seenOn) {
        }

        Run(String page, boolean keepExamples) {
            this.page = page;
            this.examples = keepExamples ? new ArrayList<>() : null;
        }

        Extraction extract(ParsedPage parsed) {
            for (int s = 0; s < parsed.stories().size(); s++) {
                story(parsed.stories().get(s), s);
            }
            List<ExtractedQuote> quotes = found.stream().map(this::decide).filter(java.util.Objects::nonNull).map(this::toQuote).toList();
            List<RoleMention> roleMentions = roles.stream()
                    .map(r -> new RoleMention(r.entity.name(), r.title, r.offset, r.seenOn))
                    .toList();
            return new Extraction(parsed.metadata(), page, quotes, roleMentions);
        }

        /** The last stages: the sieves' speaker when it is certain, else the ranker's choice among the candidates. */
        private Decided decide(Found f) {
            QuoteSite site = named(followDecided(f.site));
            boolean asks = isQuestion(site.span());
            List<Candidate> candidates = Candidates.around(site, previousAsked, asks, log);
            if (examples != null) {
                examples.add(RankingExample.of(site, candidates));
            }
            boolean stands = Continuation.stands(site, log, lastQuoteSentence, asks, previousAsked) || PreviousSentence.stands(site, log);
            Attribution a = Stages.decide(site.rule(), stands, candidates, ranker);
            if (a == null) {
                return null; // no one around the quote can have said it
            }
            lastQuoteSentence = site.sentence().index();
            previousAsked = asks;
            Attribution rule = site.rule();
            // only a pronoun's guess: a description ("the host said") has a head the reading matched, the text's own word
            if (rule != null && rule.speaker() != a.speaker() && rule.method() == AttributionMethod.PRONOUN) {
                log.redecide(site.sentence().index(), rule.speaker(), a.speaker());
            }
            if (f.site.rule() != null) {
                lastRuleSpeaker = f.site.rule().speaker();
                lastDecided = a.speaker();
            }
            return new Decided(site, a, saidOn(site.sentence(), a.speaker(), f.story, f.leadSentence));
        }

        /** A described speaker the next sentence names ({@link Cataphora}) is that person, by the rule that found them. */
        private QuoteSite named(QuoteSite site) {
            Referent person = Cataphora.named(site, log);
            if (person == null) {
                return site;
            }
            Attribution rule = site.rule();
            return new QuoteSite(site.span(), site.sentence(), site.partial(),
                    new Attribution(person, person.title, rule.cue(), rule.method(), rule.confidence(), rule.subjectAt()),
                    site.previousSpeaker(), site.pronoun(), site.words());
        }

        /**
         * The reading proposed each quote's previous speaker as the rule chose it; when the ranker chose someone else for
         * that quote, a continuation follows the ranker's choice, so that one wrong speaker does not spread through the
         * quote-only paragraphs after it.
         */
        private QuoteSite followDecided(QuoteSite site) {
            if (site.previousSpeaker() == null || site.previousSpeaker() != lastRuleSpeaker || lastDecided == lastRuleSpeaker) {
                return site;
            }
            Attribution rule = site.rule();
            if (rule != null && rule.method() == AttributionMethod.CONTINUATION && rule.speaker() == lastRuleSpeaker) {
                rule = new Attribution(lastDecided, lastDecided.title, rule.cue(), rule.method(), rule.confidence());
            }
            return new QuoteSite(site.span(), site.sentence(), site.partial(), rule, lastDecided, site.pronoun(), site.words());
        }

        private ExtractedQuote toQuote(Decided f) {
            Attribution a = f.attribution;
            Speaker speaker = a.speaker().speaker();
            String role = a.speaker().title != null ? a.speaker().title : a.role();
            QuoteSpan span = f.site.span();
            Sentence sentence = f.site.sentence();
            return new ExtractedQuote(page.substring(span.start(), span.end()), span.start(), span.end(),
                    page.substring(sentence.start(), sentence.end()), f.site.partial(), a.cue(), speaker,
                    role, f.saidOn, f.saidOn == null ? DatePrecision.UNKNOWN : DatePrecision.DAY,
                    a.method(), a.confidence());
        }

        private void story(Story story, int storyIndex) {
            List<Block> blocks = story.paragraphs();
            LowerCaseWords lowerCase = LowerCaseWords.of(page, blocks);
            log.story(lowerCase);
            SentenceReader reader = new SentenceReader(discourse, phrases, storyIndex, lowerCase);
            Attribution lastSpeaker = null;
            int lastSpeakerParagraph = -10;
            Attribution colonIntro = null;
            Attribution lastParagraphSource = null;
            boolean open = false;
            int leadSentence = sentenceCount;
            boolean doubleMarkStyle = QuoteScanner.quotesWithDoubleMarks(page, blocks);
            for (int b = 0; b < blocks.size(); b++) {
                Block paragraph = blocks.get(b);
                Block nextParagraph = b + 1 < blocks.size() ? blocks.get(b + 1) : null;
                int paragraphIndex = paragraphCount++;
                List<QuoteSpan> spans = QuoteScanner.scan(page, paragraph.start(), paragraph.end(), open);
                if (doubleMarkStyle) {
                    spans = spans.stream().filter(span -> !isSingleMarkedTerm(span)).toList();
                }
                open = !spans.isEmpty() && !spans.get(spans.size() - 1).closed();
                List<Token> tokens = Tokenizer.tokenize(page, paragraph.start(), paragraph.end(), spans);
                List<List<Token>> split = SentenceSplitter.split(tokens);
                // a paragraph of quotes alone may follow the reporter's sentence about its speaker
                Attribution previousSentenceSource = lastParagraphSource;
                for (int k = 0; k < split.size(); k++) {
                    List<Token> st = split.get(k);
                    Sentence sentence = new Sentence(st.get(0).start(), st.get(st.size() - 1).end(), st, sentenceCount++,
                            paragraphIndex, storyIndex, k == 0);
                    sentences.add(sentence);
                    List<Mention> mentions = registerMentions(sentence, storyIndex, story.date());
                    reader.topic(st, sentence.index()).ifPresent(t -> logSubject(sentence, t, false));
                    Optional<Attribution> subject = reader.mainSubject(st, sentence.index());
                    registerAuthor(sentence, mentions, storyIndex, subject.orElse(null));
                    subject.ifPresent(a -> logSubject(sentence, a, Candidates.isResolvedReference(a.method())));
                    for (Attribution owner : reader.possessorsOfWords(st, sentence.index(), subject.orElse(null))) {
                        logSubject(sentence, owner, false);
                    }
                    for (Attribution who : reader.relativeClauseSubjects(st, sentence.index())) {
                        logSubject(sentence, who, false);
                    }
                    for (Attribution joined : reader.joinedClauseSubjects(st, sentence.index())) {
                        logSubject(sentence, joined, Candidates.isResolvedReference(joined.method()));
                    }
                    markAsked(st, mentions, subject.map(Attribution::subjectAt).orElse(-1));
                    List<Cue> cues = reader.cues(st);
                    int subjectAt = subject.map(Attribution::subjectAt).orElse(-1);
                    for (Referent unnamed : reader.introducedUnnamed(st, sentence.index(), cues, subjectAt)) {
                        log.named(sentence.index(), unnamed);
                    }
                    int mainClause = SpeechVerbs.mainClauseStart(st);
                    Attribution sentenceSpeaker = null;
                    for (Cue cue : cues) {
                        if (cue.kind() != Cue.Kind.PARTICIPLE) {
                            Optional<Attribution> a = reader.speakerOf(st, cue, sentence.index(), -1);
                            if (a.isPresent()) {
                                log.speaker(sentence.index(), a.get().speaker(), Candidates.isResolvedReference(a.get().method()));
                                a.get().speaker().lastSubject = Math.max(a.get().speaker().lastSubject, a.get().subjectAt());
                                // "Spicer -- as Clinton's campaign noted -- has taunted them for “…”": an aside credits its
                                // speaker with the clause it interrupts, not with the words of a person who is that clause's
                                // subject
                                boolean asideOnPerson = SpeechVerbs.inAside(st, cue) && subject.isPresent()
                                        && subject.get().speaker().kind == SpeakerKind.PERSON && subject.get().speaker() != a.get().speaker();
                                if (!reader.opensTimeClause(st, cue) && !asideOnPerson) {
                                    sentenceSpeaker = sentenceSpeaker == null ? a.get() : sentenceSpeaker;
                                }
                            }
                        }
                    }
                    for (int q = 0; q < st.size(); q++) {
                        if (!st.get(q).isQuote() || phrases.isNicknameInsideName(st, q)) {
                            continue; // "Tomas “Beto” Varga": a nickname inside a name is no one's quote
                        }
                        QuoteSpan span = spans.get(st.get(q).quote());
                        Attribution nameAndColon = reader.colonSpeaker(st, q, sentence.index()).orElse(null);
                        Cue cue = nameAndColon != null ? null : reader.governingCue(st, cues, q);
                        QuoteReading reading = new QuoteReading(reader, page, st, q, span, sentence, split, k, nextParagraph,
                                nameAndColon, cue, mainClause, subject.orElse(null), sentenceSpeaker, colonIntro,
                                previousSentenceSource, lastSpeaker, lastSpeakerParagraph, words(span), sentences, mentionedIn);
                        Attribution a = Stages.sieve(reading);
                        if (a == null || cue == null && words(span) < QuoteReading.MIN_UNCUED_WORDS && !sentence.isQuoteOnly()
                                && a.method() == AttributionMethod.CONTINUATION) {
                            continue; // no one to give it to, or a short fragment that would only continue the last speaker
                        }
                        a.speaker().lastSubject = Math.max(a.speaker().lastSubject, span.start());
                        String pronoun = cue != null ? reader.pronounSubject(st, cue)
                                : a.method() == AttributionMethod.SENTENCE_SUBJECT ? subjectPronoun(st, subject.orElse(null))
                                : a.method() == AttributionMethod.SENTENCE_SPEAKER ? subjectPronoun(st, sentenceSpeaker) : null;
                        QuoteSite site = new QuoteSite(span, sentence, isPartial(st, q, span), a,
                                lastSpeaker == null ? null : lastSpeaker.speaker(), pronoun, words(span));
                        lastSpeaker = a;
                        lastSpeakerParagraph = paragraphIndex;
                        found.add(new Found(site, story, leadSentence));
                    }
                    Attribution source = sentenceSpeaker != null ? sentenceSpeaker : subject.filter(x -> x.speaker().kind != SpeakerKind.ANONYMOUS).orElse(null);
                    colonIntro = endsWithColon(st) ? source : null;
                    previousSentenceSource = sentence.hasQuote() ? null : source;
                    lastParagraphSource = k == split.size() - 1 ? previousSentenceSource : lastParagraphSource;
                }
            }
        }

        /**
         * In a story that quotes with double marks, a few words between single marks alone are a term, a nickname or
         * a headline's quote (the so-called ‘reset’), as in American copy, not speech.
         */
        private boolean isSingleMarkedTerm(QuoteSpan span) {
            return QuoteScanner.opensWithSingleMark(page, span) && words(span) < QuoteReading.MIN_UNCUED_WORDS;
        }

        /**
         * "He then implied that the plan is “a fraud”", "He said the plan, which his rival calls “a fraud”, …": the pronoun
         * that is the subject of the sentence or of its speech verb, for a quote no speech verb governs, so that the ranker
         * weighs who it can stand for as it does for "he said". Null for a name.
         */
        private static String subjectPronoun(List<Token> tokens, Attribution subject) {
            if (subject == null || subject.method() != AttributionMethod.PRONOUN) {
                return null;
            }
            for (Token t : tokens) {
                if (t.start() == subject.subjectAt()) {
                    return SubjectPhrases.PERSONAL_PRONOUNS.contains(t.lower()) ? t.lower() : null;
                }
            }
            return null;
        }

        /**
         * "Conroy asked Ruiz whether the plan was fair. “…,” he said": the person a question is put to answers it, so a
         * "he" or "she" after the question (in its own clause or the next sentence) reads as that person, as after a
         * clause's subject. Only the pronoun reading's "last subject": the candidates' subject facts stay the text's.
         */
        private void markAsked(List<Token> st, List<Mention> mentions, int subjectAt) {
            boolean subordinate = false;
            for (int i = 0; i + 1 < st.size(); i++) {
                if (st.get(i).start() <= subjectAt) {
                    continue;
                }
                // the main clause's own question: "…, when a young man asked Reed why …" puts the question in passing
                subordinate |= st.get(i).isQuote() || st.get(i).isWord() && opensClauseOfItsOwn(st.get(i));
                if (subordinate) {
                    return;
                }
                if (i == 0 || !st.get(i).isWord() || st.get(i).isCapitalized() || Addressees.askedAfter(st, i).isEmpty()) {
                    continue;
                }
                for (Mention m : mentions) {
                    if (m.nameFrom() > i && m.nameFrom() <= i + 5) {
                        if (m.isPerson()) {
                            int at = st.get(m.nameFrom()).start();
                            discourse.byName(m.name()).ifPresent(e -> e.lastSubject = Math.max(e.lastSubject, at));
                        }
                        break;
                    }
                }
            }
        }

        /** A word between a main subject and an asking verb that puts the question in a clause of its own. */
        private boolean opensClauseOfItsOwn(Token word) {
            return Lexicon.get().isSubordinator(word) || word.lower().equals("that") || SubjectPhrases.RELATIVE_PRONOUNS.contains(word.lower());
        }

        /** A clause subject of the sentence, for the candidates' subject facts and for the pronoun reading's "last subject". */
        private void logSubject(Sentence sentence, Attribution subject, boolean resolved) {
            log.subject(sentence.index(), subject.speaker(), resolved);
            subject.speaker().lastSubject = Math.max(subject.speaker().lastSubject, subject.subjectAt());
        }

        private List<Mention> registerMentions(Sentence sentence, int storyIndex, LocalDate storyDate) {
            Set<Referent> entities = new LinkedHashSet<>(); // in the order the sentence names them
            List<Mention> mentions = phrases.mentions(sentence.tokens());
            for (Mention m : mentions) {
                if (m.isPerson() && m.title() == null && isNamedBody(sentence.tokens(), m)) {
                    m = new Mention(m.from(), m.to(), m.name(), null, SpeakerKind.ORGANIZATION, Gender.UNKNOWN, m.start(), m.nameFrom(), m.nameTo());
                }
                boolean known = m.isPerson() && Discourse.wordCount(m.name()) == 1 && m.title() == null;
                if (m.isPerson() && (m.title() != null || Discourse.wordCount(m.name()) > 1) || known && (isKnown(m) || isGivenName(sentence.tokens(), m) || isHonoured(sentence.tokens(), m))
                        || m.kind() == SpeakerKind.ORGANIZATION) {
                    Referent e = discourse.resolve(m, sentence.index(), storyIndex);
                    entities.add(e);
                    e.namedAsAThing |= m.isPerson() && m.title() == null && (isDefiniteThing(sentence.tokens(), m) || isSingleMarked(sentence.tokens(), m));
                    e.namedAsAPlace |= m.isPerson() && isPlaceLike(sentence.tokens(), m);
                    if (m.isPerson() && m.title() != null) {
                        roles.add(new PendingRole(e, m.title(), m.start(), storyDate));
                    }
                }
            }
            mentionedIn.add(entities);
            log.add(sentence, entities);
            return mentions;
        }

        /**
         * "The Brookings Institution published a report": the institution is the author of "the report". The clause
         * subject before the document's noun is who issued it ("In Washington, President Obama released a statement"
         * is Obama's, not the opening place's); else the first name before the noun.
         */
        private void registerAuthor(Sentence sentence, List<Mention> mentions, int storyIndex, Attribution subject) {
            List<Token> tokens = sentence.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.isWord() && !t.isCapitalized() && Lexicon.get().isDocumentHead(t)) {
                    int at = i;
                    // "The Times said Cook provided a written statement": the name that opens the clause of the noun's
                    // verb, the nearest before it, issued it, not the subject of the sentence that reports it
                    Mention issuer = null;
                    for (Mention m : mentions) {
                        if (m.nameTo() < at && m.kind() != SpeakerKind.ANONYMOUS && m.from() > 0 && isIssuingVerb(tokens.get(m.nameTo()))
                                && (subject == null || subject.subjectAt() < tokens.get(m.from()).start())) {
                            issuer = m;
                        }
                    }
                    Mention sender = issuer != null ? null : passiveSender(tokens, mentions, at);
                    if (sender != null) {
                        discourse.authored(t.text(), discourse.resolve(sender, sentence.index(), storyIndex), sentence.index());
                        return;
                    }
                    if (issuer != null) {
                        discourse.authored(t.text(), discourse.resolve(issuer, sentence.index(), storyIndex), sentence.index());
                        return;
                    }
                    if (subject != null && subject.speaker().kind != SpeakerKind.ANONYMOUS && subject.subjectAt() >= 0
                            && subject.subjectAt() < t.start()) {
                        discourse.authored(t.text(), subject.speaker(), sentence.index());
                        return;
                    }
                    mentions.stream()
                            .filter(m -> m.nameTo() <= at && m.kind() != SpeakerKind.ANONYMOUS)
                            .findFirst()
                            .ifPresent(m -> discourse.authored(t.text(), discourse.resolve(m, sentence.index(), storyIndex), sentence.index()));
                    return;
                }
            }
            // "Vale emailed members on Monday", with no document named: the subject wrote the email a later "the email
            // says" quotes ("Vale emailed a statement" names it, and is read above)
            if (subject == null || subject.speaker().kind == SpeakerKind.ANONYMOUS || subject.subjectAt() < 0) {
                return;
            }
            for (Token t : tokens) {
                String made = t.isWord() && !t.isCapitalized() ? Lexicon.get().documentOfVerb(t.lower()) : null;
                if (made != null && subject.subjectAt() < t.start()) {
                    discourse.authored(made, subject.speaker(), sentence.index());
                    return;
                }
            }
        }

        /**
         * "The email, released by the group, was sent at noon by Chief of Staff Ann Vale", "a letter was sent from the
         * club's director, Ann Vale": the person after "by" or "from" that follows a verb of sending or writing after the
         * document noun wrote it (not whoever released or obtained it).
         */
        private static Mention passiveSender(List<Token> tokens, List<Mention> mentions, int noun) {
            for (int i = noun + 1; i < tokens.size(); i++) {
                if (tokens.get(i).isWord() && Lexicon.get().isSendingVerb(tokens.get(i).lower())) {
                    for (int j = i + 1; j < Math.min(tokens.size(), i + 12); j++) {
                        if (tokens.get(j).is("by") || tokens.get(j).is("from")) {
                            for (Mention m : mentions) {
                                if (m.kind() == SpeakerKind.PERSON && m.nameFrom() > j && m.nameFrom() <= j + 10) {
                                    return m;
                                }
                            }
                            return null;
                        }
                    }
                    return null;
                }
            }
            return null;
        }

        /** A verb in the past after a name ("provided", "released", "wrote"): the name is its clause's subject. */
        private static boolean isIssuingVerb(Token t) {
            return t.isWord() && !t.isCapitalized() && (t.lower().endsWith("ed") || Lexicon.get().isSpeechVerb(t));
        }

        /**
         * "the Harbor Gazette reported", "The Falcon Drone now flies": a name with "the" before it and no noun after it
         * names a thing, not a person ("the Obama administration" and "the Rev. Al Sharpton" are not this).
         */
        private static boolean isDefiniteThing(List<Token> tokens, Mention m) {
            if (m.nameFrom() != m.from() || m.from() == 0 || !tokens.get(m.from() - 1).lower().equals("the")) {
                return false;
            }
            Token next = m.nameTo() < tokens.size() ? tokens.get(m.nameTo()) : null;
            return next == null || !next.isWord() || !next.isCapitalized() && !Lexicon.get().isOrganizationHead(next.lower())
                    && !Lexicon.get().isTitleHead(next) && !Lexicon.get().isDocumentHead(next) && !next.isPossessive();
        }

        /** "a 'Keep Harbor Green' cap": capitalised words set off by single marks as a whole are a slogan or a title. */
        private static boolean isSingleMarked(List<Token> tokens, Mention m) {
            return m.nameFrom() == m.from() && m.from() > 0 && m.nameTo() < tokens.size()
                    && (tokens.get(m.from() - 1).is("'") || tokens.get(m.from() - 1).is("‘"))
                    && (tokens.get(m.nameTo()).is("'") || tokens.get(m.nameTo()).is("’"));
        }

        /**
         * "the floods in San Lorenzo, Calif.", "here in Dayton,", "Fort Alder": a name where news names places, after
         * "in" with no possessive after it, before a comma and a state or country, or opening with a place's first word
         * (San, Fort, Lake): most likely a town, which a first-name list may still take for a woman ("Columbia").
         */
        private static boolean isPlaceLike(List<Token> tokens, Mention m) {
            Lexicon lex = Lexicon.get();
            if (m.nameFrom() != m.from()) {
                return false; // a title or honorific before it: a person
            }
            int to = m.nameTo();
            Token next = to < tokens.size() ? tokens.get(to) : null;
            if (next != null && next.isPossessive()) {
                return false;
            }
            if (lex.isPlacePrefix(tokens.get(m.nameFrom()).text()) && m.nameTo() - m.nameFrom() > 1) {
                return true;
            }
            if (next != null && next.is(",") && to + 1 < tokens.size()) {
                String after = tokens.get(to + 1).text();
                if (STATE_ABBREVIATION.matcher(after).matches() || lex.isPlace(after) && !tokens.get(to + 1).isPossessive()) {
                    return true;
                }
            }
            return m.from() > 0 && tokens.get(m.from() - 1).is("in") && m.title() == null;
        }

        /** "Calif.", "N.H.", "Pa.": a state's abbreviation. */
        private static final java.util.regex.Pattern STATE_ABBREVIATION = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}{0,4}\\.|\\p{Lu}\\.\\p{Lu}\\.");

        /**
         * "a company called Pier Analytics", "a group named Harbor Watch": the name is of the body the noun before it
         * says, so "it" and "the company" find it, not a person its two capitalised words would otherwise make.
         */
        private static boolean isNamedBody(List<Token> tokens, Mention m) {
            int i = m.nameFrom();
            return m.nameFrom() == m.from() && i >= 2 && (tokens.get(i - 1).is("called") || tokens.get(i - 1).is("named"))
                    && tokens.get(i - 2).isWord() && !tokens.get(i - 2).isCapitalized() && Lexicon.get().isGenericBodyHead(tokens.get(i - 2).lower());
        }

        /**
         * "a nurse named Margot", "said his name was Eli": a single word the text gives as someone's name
         * is a person, though a lone capitalised word is otherwise no one until it is known.
         */
        private static boolean isGivenName(List<Token> tokens, Mention m) {
            int i = m.nameFrom();
            return i > 0 && tokens.get(i - 1).is("named")
                    || i > 1 && (tokens.get(i - 1).is("is") || tokens.get(i - 1).is("was")) && tokens.get(i - 2).is("name");
        }

        /**
         * "The council met and Mr. Okafor left": an honorific says the word after it is someone's surname, as a title
         * does, though a lone capitalised word is otherwise no one until it is known.
         */
        private static boolean isHonoured(List<Token> tokens, Mention m) {
            Token before = m.nameFrom() > m.from() ? tokens.get(m.nameFrom() - 1) : null;
            return before != null && before.isCapitalized() && Lexicon.get().isHonorific(before);
        }

        private boolean isKnown(Mention m) {
            return discourse.byName(m.name()).isPresent();
        }

        /**
         * The day the words were said: a day named in the quote's own sentence, else in a recent sentence about the same
         * speaker, else in the story's lead; failing all, the story's date. Null when the story has no date.
         */
        private LocalDate saidOn(Sentence sentence, Referent speaker, Story story, int leadSentence) {
            if (story.date() == null) {
                return null;
            }
            Optional<LocalDate> day = NewsDates.dayMentioned(sentence.outsideQuotes(), story.date());
            for (int i = sentence.index() - 1; day.isEmpty() && i >= leadSentence; i--) {
                Sentence earlier = sentences.get(i);
                if (earlier.paragraph() < sentence.paragraph() - 1) {
                    break;
                }
                if (mentionedIn.get(i).contains(speaker)) {
                    day = NewsDates.dayMentioned(earlier.outsideQuotes(), story.date());
                }
            }
            if (day.isEmpty() && leadSentence < sentences.size()) {
                day = NewsDates.dayMentioned(sentences.get(leadSentence).outsideQuotes(), story.date());
            }
            return day.orElse(story.date());
        }

        private boolean isQuestion(QuoteSpan span) {
            return page.substring(span.start(), span.end()).strip().endsWith("?");
        }

        private int words(QuoteSpan span) {
            return Discourse.wordCount(page.substring(span.start(), span.end()).strip());
        }

        /** A fragment woven into the reporter's sentence: it follows a word, or starts in lower case. */
        private boolean isPartial(List<Token> tokens, int q, QuoteSpan span) {
            boolean afterWord = q > 0 && tokens.get(q - 1).kind() != Token.Kind.PUNCT;
            return afterWord || Character.isLowerCase(page.codePointAt(span.start()));
        }

        private boolean endsWithColon(List<Token> tokens) {
            return tokens.get(tokens.size() - 1).is(":");
        }
    }
}
