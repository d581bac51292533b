package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An email or letter whose writer the story gives ("sent by X", "signed by X") speaks as that writer. */
class DocumentWriterTest {

    @Test
    void itReadsAfterAnEmailSentBySomeoneIsTheWriter() {
        String[] text = {
                "The council debated the new water rates on Monday.",
                "The email, released by a watchdog group, was sent on Monday by Chief of Staff Lena Varga.",
                "\u201cWe will not wait for the council to act on this,\u201d it reads."};
        assertThat(Extract.speaker("will not wait", text)).isEqualTo("Lena Varga");
    }

    @Test
    void aLetterFiledBySomeoneIsTheFilersWords() {
        String[] text = {
                "\"The evidence does not support a charge of assault in this case,\" reads a letter filed by county "
                        + "prosecutor Ada Brun with the clerk."};
        assertThat(Extract.speaker("does not support a charge", text)).isEqualTo("Ada Brun");
    }

    @Test
    void theLetterSaidAfterALetterSignedBySomeoneIsTheWriter() {
        String[] text = {
                "The council debated the new water rates on Monday.",
                "A letter signed by the club treasurer, Omar Lindqvist, reached every member.",
                "The letter said, \u201cWe will close the clubhouse in the spring and sell the boats.\u201d"};
        assertThat(Extract.speaker("close the clubhouse", text)).isEqualTo("Omar Lindqvist");
    }

    @Test
    void aDocumentFromSomeoneIsThatOnesWords() {
        String[] text = {
                "The city debated the new bridge tolls on Monday.",
                "\u201cThe new car park is a gift to nobody,\u201d reads a Sunday editorial in The Fenwick Courier.",
                "\u201cEvery lane will close for a month,\u201d according to a memo written by engineer Petra Lund."};
        assertThat(Extract.speaker("gift to nobody", text)).isEqualTo("Fenwick Courier");
        assertThat(Extract.speaker("Every lane", text)).isEqualTo("Petra Lund");
    }

    @Test
    void theEmailAfterSomeoneEmailedIsThatOnesWords() {
        String[] text = {
                "The council debated the new bridge tolls on Monday.",
                "Mara Ellison, treasurer of the rowing club, emailed members on Friday night, telling them, \u201cWe will keep the boathouse open all winter.\u201d",
                "Later the email adds: \u201cNobody should pay twice for the same river, and the club will fight the tolls.\u201d"};
        assertThat(Extract.speaker("pay twice", text)).isEqualTo("Mara Ellison");
    }

    @Test
    void thatLetterPointsBackToTheLetterItsWriterSent() {
        String[] text = {
                "The council debated the new bridge tolls on Monday.",
                "Ann Vale sent a letter to the harbor board in May.",
                "That letter, on club paper, demanded \u201can apology by Friday\u201d from the board."};
        assertThat(Extract.speaker("apology by Friday", text)).isEqualTo("Ann Vale");
    }
}
