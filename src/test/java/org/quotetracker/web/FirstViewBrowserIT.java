package org.quotetracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The first view a reporter opens is ready fast. */
@BrowserTest
class FirstViewBrowserIT {

    // Resolves with the milliseconds since navigation began at which the first quote card is in the page.
    private static final String FIRST_CARD_AT = """
            const done = arguments[arguments.length - 1];
            const check = () => document.querySelector('.quote-card') ? done(performance.now()) : requestAnimationFrame(check);
            check();""";

    @Autowired
    Browser browser;

    @Test
    void theFrontPageShowsItsFirstQuotesWithinASecond() {
        browser.open("/"); // the server's first request warms up its own caches, which no reporter waits for twice

        browser.open("/");

        assertThat(((Number) browser.driver().executeAsyncScript(FIRST_CARD_AT)).doubleValue()).isLessThan(1000);
    }

    @Test
    void aSearchShowsItsFirstQuotesWithinASecond() {
        browser.open("/?q=Stoltenberg");

        browser.open("/?q=Peskov");

        assertThat(((Number) browser.driver().executeAsyncScript(FIRST_CARD_AT)).doubleValue()).isLessThan(1000);
    }
}
