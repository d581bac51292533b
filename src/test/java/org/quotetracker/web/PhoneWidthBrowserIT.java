package org.quotetracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/** At a phone's width every view is one column that fits the screen without scrolling sideways. */
@BrowserTest
class PhoneWidthBrowserIT {

    private static final int PHONE_WIDTH = 390;

    @Autowired
    Browser browser;

    @Test
    void theSearchViewStacksItsFiltersAndFitsThePhone() {
        onPhone("/?q=Peskov");
        WebElement card = browser.findWithText(".quote-card", "This is impossible,");

        List<Integer> lefts = browser.findAll(".filters .field").stream().map(field -> field.getLocation().getX()).distinct().toList();
        assertThat(lefts).hasSize(1);
        assertFitsTheScreen();
        browser.screenshot("phone-search", card);
    }

    @Test
    void theContrastTableBecomesOnePeriodAfterAnotherWithEachCellNamingItsSpeaker() {
        onPhone("/contrast?speakers=Stoltenberg,Rutte&granularity=YEAR");

        WebElement cell = browser.findWithText("td .cell-count", "Mark Rutte: 2 quotes");
        assertThat(cell.isDisplayed()).isTrue();
        assertFitsTheScreen();
        browser.screenshot("phone-contrast", browser.find(".chart"));
    }

    @Test
    void thePersonAndArticleViewsFitThePhone() {
        onPhone("/people/1");
        browser.find(".chart canvas");
        assertFitsTheScreen();

        browser.findWithText(".quote-card a", "NATO chief hopes").click();
        browser.find(".article-text");
        assertFitsTheScreen();
    }

    private void onPhone(String path) {
        browser.open(path);
        browser.resize(PHONE_WIDTH, 844);
    }

    private void assertFitsTheScreen() {
        assertThat(((Number) browser.script("return document.documentElement.scrollWidth")).intValue())
                .isLessThanOrEqualTo(((Number) browser.script("return document.documentElement.clientWidth")).intValue());
    }
}
