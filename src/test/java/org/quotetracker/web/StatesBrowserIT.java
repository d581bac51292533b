package org.quotetracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** Loading, empty and error states say what happened, in live regions that screen readers announce. */
@BrowserTest
class StatesBrowserIT {

    @Autowired
    Browser browser;

    @AfterEach
    void restoreTheNetwork() {
        browser.driver().deleteNetworkConditions();
    }

    @Test
    void aSlowAnswerShowsWhatIsLoading() {
        browser.open("/");
        ChromiumNetworkConditions slow = new ChromiumNetworkConditions();
        slow.setLatency(Duration.ofSeconds(2));
        browser.driver().setNetworkConditions(slow);

        browser.script("history.pushState(null, '', '/people/1'); dispatchEvent(new PopStateEvent('popstate'))");

        assertThat(browser.find("[role=status]").getText()).isEqualTo("Loading the person…");
        browser.findWithText("h1", "Jens Stoltenberg");
    }

    @Test
    void aSearchWithNoMatchSaysSoForPeopleAndQuotes() {
        browser.open("/?q=zzyzx");

        assertThat(browser.findWithText(".status", "No person").getText()).isEqualTo("No person’s name or alias contains “zzyzx”.");
        assertThat(browser.findWithText(".status", "contain all").getText()).isEqualTo("No quotes contain all of the words “zzyzx”.");
        browser.screenshot("search-nothing-found");
    }

    @Test
    void anUnknownPersonSaysItWasNotFound() {
        browser.open("/people/987654");

        assertThat(browser.find("[role=alert]").getText()).startsWith("Could not load this person: ");
    }

    @Test
    void aServerThatDoesNotAnswerIsReportedAsSuch() {
        browser.open("/");
        browser.findWithText(".count", "quotes, newest first");
        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        browser.driver().setNetworkConditions(offline);

        browser.find("input[name=q]").sendKeys("Peskov", Keys.ENTER);

        assertThat(browser.findWithText("[role=alert]", "people").getText())
                .isEqualTo("Could not load people: the server did not answer (is it running?).");
    }

    @Test
    void anUnknownAddressSaysThereIsNoSuchPage() {
        browser.open("/people/1");
        browser.findWithText("h1", "Jens Stoltenberg");

        browser.script("history.pushState(null, '', '/nowhere'); dispatchEvent(new PopStateEvent('popstate'))");

        assertThat(browser.find("[role=alert]").getText()).isEqualTo("There is no page at /nowhere. Go to search");
    }
}
