package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "X asked Y whether …. “…,” he said": the answer is the words of the one asked, not the asker's. */
class AskedPersonAnswersTest {

    @Test
    void theHeSaidAfterAQuestionIsThePersonAsked() {
        String[] text = {
                "HALDEN \u2014 The county met on Tuesday.",
                "Mayor Rob Holt spoke to farmers at the fair. Later, Tim Conroy asked Holt whether the new road plan was fair to them."
                        + " \u201cOf course it is. We heard every town,\u201d he said."};
        assertThat(Extract.speaker("heard every town", text)).isEqualTo("Rob Holt");
    }

    @Test
    void aQuestionPutInPassingInASubordinateClauseLeavesTheSheSaidToTheSubject() {
        String[] text = {
                "HALDEN \u2014 The county met on Tuesday.",
                "Ann Lowe said the worst moment came at a meeting in Halden, when a farmer asked Rita Vale why the county had"
                        + " waited so long. \u201cI was furious about it,\u201d she said."};
        assertThat(Extract.speaker("furious about it", text)).isEqualTo("Ann Lowe");
    }
}
