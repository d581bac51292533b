package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A participle speech verb ("saying", "calling") right after a name that it has as its own subject: after a
 * preposition ("footage of X saying"), after "X as" or "X for" ("quoted X as saying", "mocked X for calling"), after a
 * dash. Elsewhere a participle borrows the subject of the main clause ("Reed spoke for an hour, saying …").
 */
class ParticipleSubjectTest {

    @Test
    void aNameAfterOfIsTheSubjectOfTheParticipleAfterIt() {
        String[] text = {
                "Councilman Rob Hale opened the meeting with a short video.",
                "The clip showed footage of Mayor Dana Whitfield saying \"the bridge will open by spring\" at a rally last year."};
        assertThat(Extract.speaker("bridge will open", text)).isEqualTo("Dana Whitfield");
    }

    @Test
    void theObjectBeforeAsSayingIsWhoSaidIt() {
        String[] text = {
                "Councilman Rob Hale praised the school board on Monday.",
                "The newsletter quoted Principal Ann Corley as saying \"every child deserves a warm meal\" before the vote."};
        assertThat(Extract.speaker("every child deserves", text)).isEqualTo("Ann Corley");
    }

    @Test
    void theObjectBeforeForCallingIsWhoCalledIt() {
        String[] text = {
                "Senator Joan Pratt mocked Governor Eli Rusk for calling the budget \"a masterpiece of thrift\" during the debate."};
        assertThat(Extract.speaker("masterpiece of thrift", text)).isEqualTo("Eli Rusk");
    }

    @Test
    void aParticipleAfterACommaBorrowsTheMainSubject() {
        String[] text = {
                "Senator Joan Pratt spoke to reporters for an hour, saying \"the budget is a masterpiece of thrift\" twice."};
        assertThat(Extract.speaker("masterpiece of thrift", text)).isEqualTo("Joan Pratt");
    }

    @Test
    void aNameAfterAndIsTheSubjectOfTheNextParticipleAfterOneWithItsOwn() {
        String[] text = {
                "Mayor Lou Brandt and Mayor Marla Quist signed the water deal.",
                "The two mayors spoke on Friday - Brandt saying he was \"quite pleased\" and Quist calling the deal \"a fair one.\""};
        assertThat(Extract.speaker("a fair one", text)).isEqualTo("Marla Quist");
    }

    @Test
    void aNamingParticipleKeepsItsQuoteAgainstAParticipleAfterIt() {
        String[] text = {
                "Mayor Dana Pell spoke on Friday.",
                "The mayor teased Tom Reed for labeling himself a \"friend of the harbor,\" noting that his plan would fill the dump."};
        assertThat(Extract.speaker("friend of the harbor", text)).isEqualTo("Tom Reed");
    }

    @Test
    void anOpeningSpeakingParticipleWhoseQuoteCarriesTheCommaIsTheMainSubjects() {
        String[] text = {
                "Councilman Rob Hale opened the meeting on Monday.",
                "Calling the harbour plan \"a disgrace,\" Mayor Dana Whitfield walked out of the hall."};
        assertThat(Extract.speaker("a disgrace", text)).isEqualTo("Dana Whitfield");
    }
}
