package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The discourse model: who the article's mentions refer to. */
class DiscourseTest {

    @Test
    void theSameAnonymousDescriptionAgainInAStoryIsTheSameSource() {
        Discourse discourse = new Discourse();
        Referent first = discourse.anonymous("a US official", "US official", 0, 0);
        assertThat(discourse.anonymous("a US official", "US official", 4, 0)).isSameAs(first);
    }

    @Test
    void anotherOfficialIsSomeoneElse() {
        Discourse discourse = new Discourse();
        Referent first = discourse.anonymous("a US official", "US official", 0, 0);
        assertThat(discourse.anonymous("another US official", "US official", 2, 0)).isNotSameAs(first);
    }

    @Test
    void theSameDescriptionInAnotherStoryIsSomeoneElse() {
        Discourse discourse = new Discourse();
        Referent first = discourse.anonymous("a US official", "US official", 0, 0);
        assertThat(discourse.anonymous("a US official", "US official", 9, 1)).isNotSameAs(first);
    }

    private static Mention name(String name, Gender gender) {
        return new Mention(0, 1, name, null, SpeakerKind.PERSON, gender, 0, 0, 1);
    }

    @Test
    void aFullNameIsNotTheSurnameTheTextGaveTheOtherSex() {
        Discourse discourse = new Discourse();
        Referent her = discourse.resolve(name("Voss", Gender.F), 0, 0);
        assertThat(discourse.resolve(name("Frank Voss", Gender.M), 1, 0)).isNotSameAs(her);
        assertThat(discourse.resolve(name("Carla Voss", Gender.F), 2, 0)).isSameAs(her);
    }

    @Test
    void aSurnameTwoPeopleShareIsTheOneTheStoryNamesMost() {
        Discourse discourse = new Discourse();
        Referent her = discourse.resolve(name("Carla Voss", Gender.F), 0, 0);
        discourse.resolve(name("Voss", Gender.UNKNOWN), 1, 0);
        Referent husband = discourse.resolve(name("Frank Voss", Gender.M), 2, 0);
        assertThat(discourse.resolve(name("Voss", Gender.UNKNOWN), 3, 0)).isSameAs(her).isNotSameAs(husband);
    }

    @Test
    void aFullNameDecidesTheSexAOneWordNameTookFromTheFirstNameList() {
        Discourse discourse = new Discourse();
        // "Warren" alone read as the man's first name it also is; "Carla Warren" shows it was her surname
        Referent her = discourse.resolve(name("Warren", Gender.M), 0, 0);
        assertThat(discourse.resolve(name("Carla Warren", Gender.F), 1, 0)).isSameAs(her);
        assertThat(her.gender).isEqualTo(Gender.F);
    }

    private static Mention nameAt(String name, Gender gender, int start) {
        return new Mention(0, 1, name, null, SpeakerKind.PERSON, gender, start, 0, 1);
    }

    @Test
    void aNameOfUnknownSexThatWasTheSubjectJustBeforeIsWhomHeStandsFor() {
        // "Walter Penrose spoke first. ... Orme ... Orme was troubled by the vote. “…,” he said."
        Discourse discourse = new Discourse();
        Referent penrose = discourse.resolve(nameAt("Walter Penrose", Gender.M, 0), 0, 0);
        penrose.lastSubject = 0;
        discourse.resolve(nameAt("Orme", Gender.UNKNOWN, 40), 1, 0);
        Referent orme = discourse.resolve(nameAt("Orme", Gender.UNKNOWN, 80), 2, 0);
        orme.lastSubject = 80;
        assertThat(discourse.pronoun(Gender.M, 0, 120, 3, e -> true)).containsSame(orme);
        // three sentences on, Orme is no longer "just before": the person shown as one by a first name stands
        assertThat(discourse.pronoun(Gender.M, 0, 400, 6, e -> true)).containsSame(penrose);
    }
}
