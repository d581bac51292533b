package org.quotetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PageParserTest {

    private static final String WIRE_PAGE = """
            Daily Orbit News
            SPACE REPORT
            Agency plans a second lunar lander
            Agency plans a second lunar lander
            By Maria GONZALEZ with Tom O'BRIEN in Paris
            Houston, Texas (AFP) Mar 4, 2025

            The agency said on Tuesday that a second lander would fly in two years, a plan its director called "ambitious but doable."

            "We have the rockets, we have the people," the director, Ann Marsh, told reporters.

            Related Links
            Lunar News at Daily Orbit

            Subscribe Free To Our Daily Newsletters
            RELATED CONTENT
            Moon probe sends first pictures
            Beijing (AFP) Mar 2, 2025
            "This is a historic day for all of us," the mission chief said of the probe ... read more

            The content herein, unless otherwise known to be public domain, are Copyright 1995-2025.
            """;

    private final ArticleMetadata wire = Extract.page(WIRE_PAGE).metadata();

    @Test
    void repeatedHeadlineLineIsOneHeadline() {
        assertThat(wire.headline()).isEqualTo("Agency plans a second lunar lander");
    }

    @Test
    void firstLineIsTheOutletAndTheLineBeforeTheHeadlineItsSection() {
        assertThat(wire.outlet()).isEqualTo("Daily Orbit News");
        assertThat(wire.section()).isEqualTo("SPACE REPORT");
    }

    @Test
    void bylineNamesComeInNormalCaseWithoutThePlace() {
        assertThat(wire.bylineNames()).containsExactly("Maria Gonzalez", "Tom O'Brien");
    }

    @Test
    void datelineGivesPlaceAgencyAndPublicationDate() {
        assertThat(wire.datelinePlace()).isEqualTo("Houston");
        assertThat(wire.agency()).isEqualTo("AFP");
        assertThat(wire.published()).isEqualTo(LocalDate.of(2025, 3, 4));
    }

    @Test
    void teasersAndFooterAfterRelatedLinksAreNotQuoted() {
        assertThat(Extract.page(WIRE_PAGE).quotes()).extracting(ExtractedQuote::text)
                .noneMatch(t -> t.contains("historic day"));
    }

    @Test
    void dayMonthYearLineIsThePublicationDateButACrawlHeaderIsNot() {
        ArticleMetadata m = Extract.page("""
                Today : Sep 20, 2024
                Politics
                19 September 2024

                Council Approves New Budget

                The council approved its budget after a long debate that lasted well into the night on Wednesday.
                """).metadata();
        assertThat(m.published()).isEqualTo(LocalDate.of(2024, 9, 19));
        assertThat(m.outlet()).isEqualTo("Today");
        assertThat(m.headline()).isEqualTo("Council Approves New Budget");
    }

    @Test
    void pageWithoutAnyDateHasNoPublicationDateAndNoSaidOn() {
        Extraction e = Extract.page("""
                World Desk

                Minister Resigns Over Report

                The minister resigned on Thursday after the report was published by the commission in full.

                "I take full responsibility," the minister, Paul Grant, said.
                """);
        assertThat(e.metadata().published()).isNull();
        assertThat(e.quotes()).singleElement().satisfies(q -> {
            assertThat(q.saidOn()).isNull();
            assertThat(q.precision()).isEqualTo(DatePrecision.UNKNOWN);
        });
    }

    @Test
    void plainArticleIsATitleLineAndParagraphs() {
        Extraction e = Extract.page("""
                Senator defends the bill.

                Senator Laura Finch defended the bill on the floor of the chamber for more than an hour.

                "This bill pays for itself," Finch said.
                """);
        assertThat(e.metadata().headline()).isEqualTo("Senator defends the bill.");
        assertThat(e.quotes()).extracting(q -> q.speaker().name()).containsExactly("Laura Finch");
    }

    @Test
    void readMoreLinesAndSectionHeadingsAreNotQuoted() {
        assertThat(Extract.quotes(
                "The mayor spoke for an hour at the opening of the new bridge across the river on Monday.",
                "- 'Open for business' -",
                "[Read More: Mayor's \"secret\" plan revealed]",
                "\"The bridge is open for business,\" the mayor, Jo Park, said."))
                .extracting(ExtractedQuote::text)
                .containsExactly("The bridge is open for business,");
    }

    @Test
    void embeddedStoryKeepsItsOwnDatelineForItsQuotes() {
        Extraction e = Extract.page("""
                Wire News
                Storms hit the coast
                Storms hit the coast
                Miami (AFP) Jun 6, 2025

                Storms hit the coast on Thursday, forecasters said, and more are expected over the weekend.

                Ports reopen after the storm
                Havana, Cuba (AFP) Jun 3, 2025 - Ports reopened on Tuesday, the harbour master said.

                "The ships are moving again," harbour master Luis Vega said.
                """);
        assertThat(e.quotes()).singleElement().extracting(ExtractedQuote::saidOn).isEqualTo(LocalDate.of(2025, 6, 3));
    }
}
