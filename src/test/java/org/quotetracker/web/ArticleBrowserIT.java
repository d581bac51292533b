package org.quotetracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/** The article view: its text with every quote highlighted in its speaker's colour, a legend, dateline and byline. */
@BrowserTest
class ArticleBrowserIT {

    @Autowired
    Browser browser;

    @Test
    void theArticleShowsItsHeadlineOutletBylineAndDateline() {
        openPeskovArticle();

        assertThat(browser.find(".dateline").getText()).isEqualTo(
                "Military Space News · WAR REPORT\nBy Andrii KALCHENKO with Khrystyna ZANYK in Warsaw\nKyiv (AFP), 12 February 2025");
    }

    @Test
    void everyQuoteIsHighlightedInItsSpeakersColourAsTheLegendShows() {
        openPeskovArticle();

        List<WebElement> highlights = browser.findAll(".article-text .said");
        assertThat(highlights).hasSizeGreaterThanOrEqualTo(20);
        Map<String, String> legend = browser.findAll(".legend li").stream().collect(Collectors.toMap(
                item -> item.findElement(By.tagName("a")).getText(),
                item -> item.findElement(By.className("swatch")).getCssValue("background-color")));
        assertThat(legend).containsKeys("Dmitry Peskov", "Pete Hegseth", "Mark Rutte");
        assertThat(legend.values()).doesNotHaveDuplicates();
        assertThat(highlights).allSatisfy(highlight -> assertThat(highlight.getCssValue("background-color"))
                .isEqualTo(legend.get(highlight.getAttribute("data-speaker"))));
        assertThat(browser.findWithText(".article-text .said", "This is impossible,").getAttribute("data-speaker")).isEqualTo("Dmitry Peskov");
        browser.screenshot("article-highlights", browser.find(".legend"));
    }

    @Test
    void aHighlightLeadsToItsQuoteCard() {
        openPeskovArticle();

        browser.findWithText(".article-text .said", "This is impossible,").click();

        assertThat(browser.path()).startsWith("/articles/");
        assertThat((Boolean) browser.script("return document.querySelector(location.hash).textContent.includes('This is impossible,')")).isTrue();
    }

    @Test
    void anUnknownArticleSaysItWasNotFound() {
        browser.open("/articles/987654");

        assertThat(browser.find("[role=alert]").getText()).startsWith("Could not load this article: ");
    }

    private void openPeskovArticle() {
        browser.open("/?q=Peskov");
        browser.findWithText(".quote-card", "This is impossible,").findElement(By.linkText(
                "Russia rejects swapping occupied territory with Ukraine")).click();
        browser.findWithText("h1", "Russia rejects swapping occupied territory with Ukraine");
    }
}
