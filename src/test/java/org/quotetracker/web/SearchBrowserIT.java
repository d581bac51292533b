package org.quotetracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/** The search view: one box for people and quotes, with date and outlet filters. */
@BrowserTest
class SearchBrowserIT {

    @Autowired
    Browser browser;

    @Test
    void searchingForPeskovShowsThisIsImpossibleWithItsSentenceRoleDateAndArticle() {
        browser.open("/?q=Peskov");

        WebElement card = browser.findWithText(".quote-card", "This is impossible,");

        assertThat(card.getText())
                .contains("Dmitry Peskov, Kremlin spokesman")
                .contains("Said on 12 February 2025 (exact day)")
                .contains("Military Space News: Russia rejects swapping occupied territory with Ukraine")
                .contains("\"This is impossible,\" Kremlin spokesman Dmitry Peskov told reporters.");
        assertThat(browser.find("h2#people-heading + ul").getText()).contains("Dmitry Peskov");
        browser.screenshot("search-peskov", card);
    }

    @Test
    void peopleAreSuggestedAsYouTypeIgnoringCaseAndAccents() {
        browser.open("/");

        browser.find("input[name=q]").sendKeys("ZELÉNSKY");

        assertThat(browser.findWithText(".suggestions", "Volodymyr Zelensky").getText()).startsWith("People:");
        browser.screenshot("search-suggestions");
    }

    @Test
    void aSuggestedPersonIsOneClickAway() {
        browser.open("/");
        browser.find("input[name=q]").sendKeys("peskov");

        browser.findWithText(".suggestions a", "Dmitry Peskov").click();

        assertThat(browser.find("h1").getText()).isEqualTo("Dmitry Peskov");
        assertThat(browser.findWithText(".quote-card", "This is impossible,").isDisplayed()).isTrue();
    }

    @Test
    void quotesContainingTheWordsAreListedWhateverTheirOrder() {
        browser.open("/?q=table negotiating");

        WebElement words = browser.findWithText("section", "Quotes containing");

        assertThat(browser.findWithText("section[aria-labelledby=by-words]", "1 quote").getText())
                .contains("The more land the Ukrainians are able to liberate, the stronger hand they will have at the negotiating table,");
        assertThat(words.isDisplayed()).isTrue();
    }

    @Test
    void theSearchAndItsFiltersAreWrittenIntoTheUrl() {
        browser.open("/");
        browser.find("input[name=q]").sendKeys("Stoltenberg");
        new Select(browser.findWithText("select[name=outlet]", "Space Travel News")).selectByVisibleText("Space Travel News");

        browser.find("input[name=q]").sendKeys(Keys.ENTER);

        browser.findWithText("section[aria-labelledby=by-speaker] .count", "9 quotes");
        assertThat(browser.path()).isEqualTo("/?q=Stoltenberg&outlet=Space+Travel+News");
    }

    @Test
    void aDateFilterThatExcludesEveryQuoteSaysSo() {
        browser.open("/?q=Stoltenberg&from=2025-01-01");

        assertThat(browser.findWithText("section[aria-labelledby=by-speaker] .status", "No quotes").getText())
                .isEqualTo("No quotes by anyone named “Stoltenberg” match.");
        assertThat(browser.find("input[name=from]").getAttribute("value")).isEqualTo("2025-01-01");
    }

    @Test
    void theFrontPageListsTheLatestQuotesTenAtATime() {
        browser.open("/");
        browser.findWithText(".count", "quotes, newest first");
        assertThat(browser.findAll("ol.quotes > li")).hasSize(10);

        browser.control("Show more (45 left)").click();

        browser.waiting().until(d -> browser.findAll("ol.quotes > li").size() == 20);
    }

    @Test
    void showMoreHandsTheKeyboardFocusToTheFirstQuoteItBrought() {
        browser.open("/");

        browser.control("Show more (45 left)").click();

        browser.waiting().until(d -> browser.findAll("ol.quotes > li").size() == 20);
        assertThat(browser.focused()).isEqualTo(browser.findAll("ol.quotes > li").get(10));
    }
}
