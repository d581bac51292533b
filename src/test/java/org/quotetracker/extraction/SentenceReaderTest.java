package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Who the reading takes for the subject of a sentence's clauses, which pronouns and continuations go back to. */
class SentenceReaderTest {

    private final Discourse discourse = new Discourse();
    private final SentenceReader reader = new SentenceReader(discourse, new NounPhrases(), 0);

    @Test
    void aSentenceOpeningWithAParticipleClauseHasItsSubjectAfterTheComma() {
        assertThat(mainSubject("Repeating his warning from the spring, Carl Meyer criticized the budget."))
                .contains("Carl Meyer");
        assertThat(mainSubject("Pressed on the schedule, Ana Ruiz promised a vote by June.")).contains("Ana Ruiz");
    }

    @Test
    void aNameOwningWordsInsideAnOpeningPhraseIsNotTheSubject() {
        assertThat(mainSubject("And in a move that recalled, for some, Gov. Dale Orme’s famous 1971 slogan in praise of low "
                + "taxes during the long oil crisis, Mr. Rusk pledged to cut taxes.")).contains("Rusk");
    }

    @Test
    void aNameInsideAnOpeningParticipleClauseIsNotTheSubject() {
        assertThat(mainSubject("Acknowledging that Carl Meyer \"says a lot of things,\" though, the mayor backed him."))
                .isEmpty();
    }

    @Test
    void aNameThatEndsLikeAParticipleOpensNoClause() {
        discourse.resolve(new NounPhrases().mentions(tokens("Ruth Manning chairs the council.")).get(0), 0, 0);

        assertThat(reader.opensWithParticiple(tokens("Manning criticized the budget, the council heard."))).isFalse();
        assertThat(reader.opensWithParticiple(tokens("Beijing responded by sidestepping Moscow, establishing a bank."))).isFalse();
        assertThat(reader.opensWithParticiple(tokens("Nothing but insults, degrading comments and more."))).isFalse();
        assertThat(reader.opensWithParticiple(tokens("Facing blowback from unions, Berlin backed off."))).isTrue();
    }

    @Test
    void anUnknownCapitalisedWordBeforeACommaOpensTheSentenceAndTheSubjectFollows() {
        assertThat(mainSubject("Overall, Nadia Ferreira won the vote easily.")).contains("Nadia Ferreira");
        assertThat(mainSubject("Okafor, a retired judge from the valley, won the vote.")).contains("Okafor");
    }

    @Test
    void anUnknownCapitalisedWordBeforeADeterminerIsNoSubject() {
        assertThat(mainSubject("Compare that with the record of Nadia Ferreira.")).isEmpty();
    }

    @Test
    void aClauseJoinedByButHasItsOwnSubject() {
        assertThat(joinedSubjects("The committee was ready to move on, but Ana Ruiz was not finished.")).containsExactly("Ana Ruiz");
        assertThat(joinedSubjects("The vote was close; Carl Meyer called it a win.")).containsExactly("Carl Meyer");
    }

    @Test
    void aClauseJoinedByAndIsNotReadForASubject() {
        assertThat(joinedSubjects("The committee met on Monday, and Ana Ruiz spoke first.")).isEmpty();
    }

    @Test
    void aSentenceClosedByAVerbAfterACommaIsTheAccountOfTheNameAfterIt() {
        assertThat(sentenceSpeaker("Whether the ferry pays off is a question for the spring audit, said Tom Vickery, director of the harbor board."))
                .contains("Tom Vickery");
        assertThat(sentenceSpeaker("Ruth Alder, touring the valley, said Orme caused the delays.")).contains("Ruth Alder");
    }

    @Test
    void aPronounIsNotTheNameAfterItsOwnVerb() {
        Referent hollis = discourse.resolve(new NounPhrases().mentions(tokens("Ned Hollis drove in from the coast.")).get(0), 0, 0);
        Referent ridley = discourse.resolve(new NounPhrases().mentions(tokens("Paul Ridley promised a vote.")).get(0), 1, 0);
        hollis.lastSubject = 0;
        ridley.lastSubject = 1;

        assertThat(quoteSpeaker("\"We waited for years for that bridge,\" he told Ridley.")).contains("Ned Hollis");
        assertThat(quoteSpeaker("\"We waited for years for that bridge,\" he said.")).contains("Paul Ridley");
    }

    private Optional<String> quoteSpeaker(String sentence) {
        List<Token> t = tokens(sentence);
        return reader.cues(t).stream().filter(c -> c.kind() == Cue.Kind.FINITE).findFirst()
                .flatMap(c -> reader.speakerOf(t, c, 2, 0)).map(a -> a.speaker().name());
    }

    private Optional<String> sentenceSpeaker(String sentence) {
        List<Token> t = tokens(sentence);
        return reader.cues(t).stream().filter(c -> c.kind() == Cue.Kind.FINITE).findFirst()
                .flatMap(c -> reader.speakerOf(t, c, 0, -1)).map(a -> a.speaker().name());
    }

    @Test
    void aPersonADescribedAppositionIntroducesIsTheSubjectOfItsWhoClause() {
        assertThat(relativeSubjects("The mayor thanked Dana Holt, a nurse from Ohio who organized the drive."))
                .containsExactly("Dana Holt");
        assertThat(relativeSubjects("The mayor thanked Carl Meyer, who organized the drive.")).isEmpty();
        assertThat(relativeSubjects("Asked whether Carl Meyer, the treasurer, who signed the checks, could stay, the mayor shrugged."))
                .isEmpty();
    }

    @Test
    void theOneWhoseColumnIsTheSubjectSpeaksThroughIt() {
        assertThat(wordsOwners("Rosa Lind's column also attacked the mayor.")).containsExactly("Rosa Lind");
        assertThat(wordsOwners("The mayor praised Rosa Lind's column on Monday.")).isEmpty();
        assertThat(wordsOwners("Rosa Lind's email scandal hurt the mayor.")).isEmpty();
    }

    private List<String> wordsOwners(String sentence) {
        List<Token> t = tokens(sentence);
        return reader.possessorsOfWords(t, 0, reader.mainSubject(t, 0).orElse(null)).stream().map(a -> a.speaker().name()).toList();
    }

    @Test
    void theTopicOfAnAsForPhraseIsWhomTheMainClauseIsAbout() {
        assertThat(reader.topic(tokens("As for Rosa Lind, she said she is not worried."), 0).map(a -> a.speaker().name()))
                .contains("Rosa Lind");
        assertThat(reader.topic(tokens("As for the budget, she said she is not worried."), 0)).isEmpty();
    }

    private List<String> relativeSubjects(String sentence) {
        return reader.relativeClauseSubjects(tokens(sentence), 0).stream().map(a -> a.speaker().name()).toList();
    }

    private Optional<String> mainSubject(String sentence) {
        return reader.mainSubject(tokens(sentence), 0).map(a -> a.speaker().name());
    }

    private List<String> joinedSubjects(String sentence) {
        return reader.joinedClauseSubjects(tokens(sentence), 0).stream().map(a -> a.speaker().name()).toList();
    }

    private static List<Token> tokens(String sentence) {
        return Tokenizer.tokenize(sentence, 0, sentence.length(), QuoteScanner.scan(sentence, 0, sentence.length(), false));
    }

    @Test
    void appositionWithABareTitleBeforeOfNeverClosesSoTheNameSpeaks() {
        assertThat(Extract.speaker("fares will rise", "The council met on Monday.",
                "Owen Pratt, president and CEO of Harbor Ferry Association stated, \"The fares will rise in May because the fuel costs more.\""))
                .isEqualTo("Owen Pratt");
    }
}
