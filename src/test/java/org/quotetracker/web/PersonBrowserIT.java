package org.quotetracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/** The person view: who they are, their titles over time, a timeline, and their quotes. */
@BrowserTest
class PersonBrowserIT {

    @Autowired
    Browser browser;

    @Test
    void stoltenbergsPageShowsHisKindRolesAndATimelineChart() {
        openPersonFoundBySearch("Stoltenberg", "Jens Stoltenberg");

        assertThat(browser.find(".meta").getText()).startsWith("Person; 9 quotes");
        assertThat(rows("table.roles tbody tr")).containsExactly(
                "NATO Secretary General 13 June 2023 13 June 2023",
                "alliance chief 31 May 2024 31 May 2024");
        assertThat(chartData()).containsExactly(9L);
        assertThat(browser.find(".chart canvas").getAttribute("aria-label")).contains("Jun 2023 9");
        browser.screenshot("person-stoltenberg");
    }

    @Test
    void quotesAreListedNewestFirstWithTheirCount() {
        openPersonFoundBySearch("Hegseth", "Pete Hegseth");

        assertThat(browser.find(".count").getText()).isEqualTo("9 quotes, newest first");
        assertThat(browser.findAll(".quote-card .who")).allSatisfy(who -> assertThat(who.getText()).startsWith("Pete Hegseth"));
    }

    @Test
    void theTimelineCountsPerYearWhenAskedAndTheUrlKeepsTheChoice() {
        openPersonFoundBySearch("Stoltenberg", "Jens Stoltenberg");

        new Select(browser.find("#timeline-heading ~ .field select")).selectByVisibleText("Year");

        browser.findWithText(".buckets button", "2023: 9 quotes");
        assertThat(browser.path()).endsWith("?granularity=YEAR");
    }

    @Test
    void clickingABarInTheChartListsOnlyThatPeriodsQuotes() {
        openPersonFoundBySearch("Macron", "Emmanuel Macron");
        browser.findWithText(".count", "8 quotes");
        WebElement canvas = browser.find(".chart canvas");
        Number x = (Number) browser.script("return Chart.getChart(arguments[0]).getDatasetMeta(0).data[0].x", canvas);
        Number y = (Number) browser.script("const bar = Chart.getChart(arguments[0]).getDatasetMeta(0).data[0]; return (bar.y + bar.base) / 2", canvas);

        new Actions(browser.driver()).moveToElement(canvas, x.intValue() - canvas.getSize().width / 2,
                y.intValue() - canvas.getSize().height / 2).click().perform();

        assertThat(browser.findWithText("#quotes-heading", "Quotes from").getText())
                .isEqualTo("Quotes from 1 May 2024 to 31 May 2024");
        browser.findWithText(".count", "1 quote,");
        assertThat(browser.path()).contains("from=2024-05-01&to=2024-05-31");
        assertThat(browser.find(".buckets button[aria-pressed=true]").getText()).isEqualTo("May 2024: 1 quote");
    }

    @Test
    void undatedQuotesAreCountedOutsideTheChart() {
        openPersonFoundBySearch("Macron", "Emmanuel Macron");

        assertThat(browser.find(".undated").getText()).isEqualTo("7 quotes have no known date and are not in the chart.");
    }

    @Test
    void someoneOnlyMentionedHasTheirRolesButNoTimeline() {
        openPersonFoundBySearch("Putin", "Vladimir Putin");

        assertThat(browser.findWithText("#timeline-heading ~ p", "No quotes").getText())
                .isEqualTo("No quotes are attributed to Vladimir Putin; articles only mention them.");
        assertThat(rows("table.roles tbody tr")).containsExactly("Russian President 13 June 2023 12 February 2025");
    }

    @Test
    void showAllPeriodsListsEveryQuoteAgain() {
        openPersonFoundBySearch("Macron", "Emmanuel Macron");
        browser.control("May 2024: 1 quote").click();
        browser.findWithText(".count", "1 quote,");

        browser.control("Show all periods").click();

        browser.findWithText(".count", "8 quotes, newest first");
        assertThat(browser.find("#quotes-heading").getText()).isEqualTo("Quotes");
    }

    @Test
    void theirFeedIsLinkedForPeopleAndAnnouncedForFeedReaders() {
        openPersonFoundBySearch("Peskov", "Dmitry Peskov");

        String feed = browser.findWithText("a[type='application/atom+xml']", "Feed").getAttribute("href");

        assertThat(feed).matches("http://localhost:\\d+/feeds/people/\\d+\\.atom");
        assertThat(browser.script("return [...document.head.querySelectorAll("
                + "'link[rel=alternate][type=\"application/atom+xml\"]')].map(link => link.href)")).isEqualTo(List.of(feed));
    }

    private void openPersonFoundBySearch(String search, String name) {
        browser.open("/?q=" + search);
        browser.findWithText("h2#people-heading + ul a", name).click();
        browser.findWithText("h1", name);
    }

    private List<String> rows(String css) {
        return browser.findAll(css).stream().map(WebElement::getText).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Long> chartData() {
        WebElement canvas = browser.find(".chart canvas");
        return (List<Long>) browser.script("return Chart.getChart(arguments[0]).data.datasets[0].data", canvas);
    }
}
