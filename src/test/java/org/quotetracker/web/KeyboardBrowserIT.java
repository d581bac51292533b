package org.quotetracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

/** Every control has a label, and a reporter can search and read with the keyboard alone. */
@BrowserTest
class KeyboardBrowserIT {

    // Names each form control by its label (or aria-label) the way a screen reader would, or reports it unnamed.
    private static final String UNLABELLED_CONTROLS = """
            return [...document.querySelectorAll('input, select, textarea, button, a')]
                .filter(control => !(control.labels?.length || control.getAttribute('aria-label') || control.textContent.trim()))
                .map(control => control.outerHTML)""";

    @Autowired
    Browser browser;

    @ParameterizedTest
    @ValueSource(strings = {"/?q=Peskov", "/people/1", "/contrast?speakers=Stoltenberg,Rutte&granularity=YEAR", "/articles/1"})
    void everyControlHasALabel(String path) {
        browser.open(path);
        browser.find(".quote-card");

        assertThat(browser.script(UNLABELLED_CONTROLS)).asList().isEmpty();
    }

    @Test
    void aReporterCanSearchAndOpenAPersonWithTheKeyboardAlone() {
        browser.open("/");
        waitForFocusOn("H1");

        keys(Keys.TAB, "Peskov", Keys.ENTER);
        browser.findWithText("h2#people-heading + ul a", "Dmitry Peskov");
        waitForFocusOn("H1");
        for (int tabs = 0; tabs < 40 && !browser.focused().getText().equals("Dmitry Peskov"); tabs++) {
            keys(Keys.TAB);
        }
        keys(Keys.ENTER);

        browser.findWithText("h1", "Dmitry Peskov");
        waitForFocusOn("H1");
        assertThat(browser.focused().getText()).isEqualTo("Dmitry Peskov");
    }

    private void keys(CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    private void waitForFocusOn(String tag) {
        browser.waiting().until(d -> tag.equalsIgnoreCase(browser.focused().getTagName()));
    }

    @Test
    void theFocusedControlIsVisiblyOutlined() {
        browser.open("/");
        waitForFocusOn("H1");

        keys(Keys.TAB, Keys.TAB);

        assertThat(browser.focused().getText()).isEqualTo("Search");
        assertThat(browser.focused().getCssValue("outline-style")).isEqualTo("solid");
    }
}
