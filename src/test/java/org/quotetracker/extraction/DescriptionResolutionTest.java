package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Quotes credited to a description ("the spokeswoman said", "the man wrote"): whom the description can stand for. */
class DescriptionResolutionTest {

    @Test
    void aPossessedTitleIsNotTheSameTitleOfSomeoneElses() {
        String[] text = {
                "Rep. Dan Ortiz and Rep. Lena Fisk both voted against the water bill on Tuesday.",
                "Maria Costa, a spokeswoman for Ortiz, said the vote was about cost.",
                "\"He will not sign a blank check for the pipeline,\" she said.",
                "Fisk's spokeswoman disputed that account. \"The congresswoman read every page of it,\" the spokeswoman said."};
        assertThat(Extract.speaker("read every page", text)).isEqualTo("Fisk's spokeswoman");
    }

    @Test
    void aPossessedTitleDoesNotPointBackToItsPossessor() {
        String[] text = {
                "Senator Paul Tandy spoke at the county fair on Saturday.",
                "\"The farm bill will pass this year,\" Tandy said.",
                "The former vice president's spokeswoman said he had no plans to attend. \"He is staying home,\" the spokeswoman said."};
        assertThat(Extract.speaker("staying home", text)).isEqualTo("The former vice president's spokeswoman");
    }

    @Test
    void theManIsNotAnInstitutionWhoseNameHoldsTheLetters() {
        String[] text = {
                "A court in Germany fined a 26-year-old man on Friday for his posts about a shelter near Leipzig.",
                "\"They should all be sent back,\" the man wrote in one of them."};
        assertThat(Extract.speaker("sent back", text)).isNotEqualTo("Germany");
    }

    @Test
    void theRankerIsToldWhetherATitleFitsOrADescriptionOnlyPointsBack() {
        RankingExample senator = last("Sen. Tom Reed sat down on Sunday with radio host Gloria Barker.",
                "Barker asked him about the farm bill and the drought in the west of the state.",
                "\"We will pass it before the summer recess,\" the senator said.");
        assertThat(features(senator, "Tom Reed")).contains("rule-resolved-by=TITLE_FITS").doesNotContain("rule-resolved-by=POINTS_BACK");

        RankingExample aide = last("Tom Reed sat down on Sunday with radio host Gloria Barker.",
                "Reed has served two terms on the county board.",
                "\"We will pass it before the summer recess,\" said the former top aide.");
        assertThat(aide.candidates().get(0).features()).contains("rule-resolved-by=POINTS_BACK");
    }

    private static RankingExample last(String... paragraphs) {
        List<RankingExample> examples = new QuoteExtractor().rankingExamples("Headline of the story\n\n" + String.join("\n\n", paragraphs) + "\n");
        return examples.get(examples.size() - 1);
    }

    private static List<String> features(RankingExample example, String speaker) {
        return example.candidates().stream().filter(c -> c.speaker().equals(speaker)).findFirst().orElseThrow().features();
    }
}
