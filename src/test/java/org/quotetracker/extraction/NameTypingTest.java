package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What kind of thing a capitalised name is, and the gender its words give. */
class NameTypingTest {

    private static List<Mention> mentions(String text) {
        return new NounPhrases().mentions(Tokenizer.tokenize(text, 0, text.length(), List.of()));
    }

    private static MentionType typeOf(Mention m) {
        return MentionType.of(new Referent(m.name(), m.kind(), m.gender(), m.title()));
    }

    @Test
    void aNameEndingInAPlaceHeadWordIsAPlaceEvenAfterAFirstName() {
        Mention county = mentions("Turnout in Lorna County doubled this spring.").stream()
                .filter(m -> m.name().endsWith("County")).findFirst().orElseThrow();
        assertThat(county.name()).isEqualTo("Lorna County");
        assertThat(typeOf(county)).isEqualTo(MentionType.PLACE);
    }

    @Test
    void aNameEndingInAStateAbbreviationIsAPlaceEvenAfterAFirstName() {
        Mention city = mentions("The governor spoke at a dinner in Lorna D.C. last week.").stream()
                .filter(m -> m.name().startsWith("Lorna")).findFirst().orElseThrow();
        assertThat(typeOf(city)).isEqualTo(MentionType.PLACE);
    }

    @Test
    void aVerbAfterANameInAppositionStartsNoTitle() {
        Mention woman = mentions("One local woman, Kara Vale, pulled Rep. Hart aside after the vote.").stream()
                .filter(m -> m.name().equals("Kara Vale")).findFirst().orElseThrow();
        assertThat(woman.title()).isNull();
        assertThat(woman.gender()).isEqualTo(Gender.F);
    }

    @Test
    void aWarIsAnEventNotAPerson() {
        Mention war = mentions("The treaty lines were drawn long before the Harbor War began.").stream()
                .filter(m -> m.name().endsWith("War")).findFirst().orElseThrow();
        assertThat(typeOf(war)).isEqualTo(MentionType.OTHER);
    }

    @Test
    void aNameEndingInAnEventHeadIsNoOneEvenAfterAFirstName() {
        Referent breakfast = new Referent("Christian Harbor Breakfast", SpeakerKind.PERSON, Gender.M, null);
        assertThat(MentionType.of(breakfast)).isEqualTo(MentionType.OTHER);
        assertThat(MentionType.looksLikeAPerson(breakfast)).isFalse();
    }

    @Test
    void aGenderedTitleGivesTheGenderBeforeTheFirstNameList() {
        // both words are first names, so the name may be written surname first: the title decides (a woman's first name
        // before a surname the list does not know beats "spokesman": NameReadingTest)
        Mention spokesman = mentions("The ministry spokesman Lu Lan denied the report.").get(0);
        assertThat(spokesman.name()).isEqualTo("Lu Lan");
        assertThat(spokesman.gender()).isEqualTo(Gender.M);
    }

    @Test
    void capitalisedWordsBeforeAFirstNameEndTheTitle() {
        Mention aide = mentions("The memo came from Deputy Chief of Staff Marla Quenby on Monday.").stream()
                .filter(Mention::isPerson).findFirst().orElseThrow();
        assertThat(aide.name()).isEqualTo("Marla Quenby");
    }

    @Test
    void aBirthplaceWordAloneIsNoOne() {
        assertThat(MentionType.of(new Referent("Canadian-born", SpeakerKind.PERSON, Gender.UNKNOWN, null))).isEqualTo(MentionType.OTHER);
    }

    @Test
    void aLandmarkNameWithoutAFirstNameIsAPlace() {
        Mention park = mentions("Crowds filled Brannock Park after the vote.").stream()
                .filter(m -> m.name().endsWith("Park")).findFirst().orElseThrow();
        assertThat(typeOf(park)).isEqualTo(MentionType.PLACE);
        assertThat(MentionType.of(new Referent("Grace Park", SpeakerKind.PERSON, Gender.F, null))).isEqualTo(MentionType.PERSON);
    }

    @Test
    void anAdjectiveOfOriginEndingANameIsNoOne() {
        assertThat(MentionType.of(new Referent("Latin American", SpeakerKind.PERSON, Gender.UNKNOWN, null))).isEqualTo(MentionType.OTHER);
    }

    @Test
    void anImperativeOpeningASentenceIsNoFirstName() {
        assertThat(mentions("See Tarrow's report for the figures.")).extracting(Mention::name).containsExactly("Tarrow");
    }

    @Test
    void aTimeZoneAfterAClockTimeIsNoName() {
        List<Mention> found = mentions("The memo went out at 9:40 p.m. EST from the ferry office, and Lena Sun wrote the story.");
        assertThat(found).noneMatch(m -> m.name().equals("EST"));
    }

    @Test
    void aMarketOrExchangeNamedInCapitalsIsAnOrganisation() {
        List<Mention> found = mentions("Traders at the Harbor Grain Exchange cheered, and Lena Sun wrote the story.");
        Mention exchange = found.stream().filter(m -> m.name().endsWith("Exchange")).findFirst().orElseThrow();
        assertThat(exchange.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    }

    @Test
    void aNameEndingAsOrganisationsNamesDoIsAnOrganisationUnlessAFirstNameOpensIt() {
        List<Mention> found = mentions("The Harbor Insider reported the vote first, and Lena Sun wrote the story.");
        Mention outlet = found.stream().filter(m -> m.name().endsWith("Insider")).findFirst().orElseThrow();
        Mention reporter = found.stream().filter(m -> m.name().equals("Lena Sun")).findFirst().orElseThrow();
        assertThat(outlet.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
        assertThat(reporter.kind()).isEqualTo(SpeakerKind.PERSON);
    }

    @Test
    void aLongNameEndingAsOrganisationsNamesDoIsAnOrganisationThoughAFirstNameOpensIt() {
        Mention group = mentions("Volunteers from the Dana Creek Promise marched on Sunday.").stream()
                .filter(m -> m.name().endsWith("Promise")).findFirst().orElseThrow();
        assertThat(group.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    }
}
