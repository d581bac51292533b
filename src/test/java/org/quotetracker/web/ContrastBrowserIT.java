package org.quotetracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/** The contrast view: periods as rows, people as columns, counts and quotes in each cell, and a chart. */
@BrowserTest
class ContrastBrowserIT {

    @Autowired
    Browser browser;

    @Test
    void stoltenbergsQuotesOf2023StandBesideRuttesOf2025() {
        browser.open("/contrast?speakers=Stoltenberg,Rutte&granularity=YEAR");

        WebElement table = browser.find("table.contrast");
        assertThat(texts(table, "thead th")).containsExactly("Period", "Jens Stoltenberg", "Mark Rutte");
        assertThat(texts(table, "tbody th")).containsExactly("2023", "2025");
        List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
        assertThat(texts(rows.get(0), ".cell-count")).containsExactly("9 quotes", "0 quotes");
        assertThat(texts(rows.get(1), ".cell-count")).containsExactly("0 quotes", "2 quotes");
        assertThat(rows.get(1).findElements(By.cssSelector("td")).get(1).getText())
                .contains("We need to do a lot more so we have what we need to deter and defend.");
        browser.screenshot("contrast-stoltenberg-rutte", browser.find(".chart"));
    }

    @Test
    void aSmallChartShowsEachPersonsCountsPerPeriod() {
        browser.open("/contrast?speakers=Stoltenberg,Rutte&granularity=YEAR");

        WebElement canvas = browser.find(".chart canvas");

        assertThat(browser.script("return Chart.getChart(arguments[0]).data.datasets.map(d => d.label + ' ' + d.data.join('/'))", canvas))
                .isEqualTo(List.of("Jens Stoltenberg 9/0", "Mark Rutte 0/2"));
    }

    @Test
    void aCellWithMoreQuotesThanShownLinksToThePersonsPeriod() {
        browser.open("/contrast?speakers=Stoltenberg,Rutte&granularity=YEAR");

        browser.control("All 9 quotes by Jens Stoltenberg in 2023").click();

        browser.findWithText("h1", "Jens Stoltenberg");
        assertThat(browser.path()).endsWith("?granularity=YEAR&from=2023-01-01&to=2023-12-31");
        browser.findWithText(".count", "9 quotes");
    }

    @Test
    void theFormWritesTheContrastIntoTheUrl() {
        browser.open("/contrast");
        List<WebElement> people = browser.findAll("input[name=speaker]");
        people.get(0).sendKeys("Hegseth");
        people.get(1).sendKeys("Healey");
        browser.find("input[name=q]").sendKeys("Ukraine");
        new Select(browser.find("select[name=granularity]")).selectByVisibleText("Month");

        browser.find("button[type=submit]").click();

        browser.find("table.contrast");
        assertThat(browser.path()).isEqualTo("/contrast?speakers=Hegseth%2CHealey&granularity=MONTH&q=Ukraine");
        assertThat(texts(browser.find("table.contrast"), "tbody th")).containsExactly("Feb 2025");
    }

    @Test
    void wordsNarrowEveryCell() {
        browser.open("/contrast?speakers=Stoltenberg,Rutte&granularity=YEAR&q=burden");

        assertThat(texts(browser.find("table.contrast"), ".cell-count")).containsExactly("0 quotes", "1 quote");
    }

    @Test
    void withFewerThanTwoPeopleItAsksForMore() {
        browser.open("/contrast?speakers=Stoltenberg");

        assertThat(browser.find(".results .status").getText()).isEqualTo("Name two to four people to see what each said, period by period.");
    }

    @Test
    void aNameNobodyHasSaysWhoIsUnknown() {
        browser.open("/contrast?speakers=Stoltenberg,Nobodyknown");

        assertThat(browser.find("[role=alert]").getText()).isEqualTo("Could not load the contrast: Nobody is known as \"Nobodyknown\".");
    }

    private static List<String> texts(WebElement within, String css) {
        return within.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }
}
