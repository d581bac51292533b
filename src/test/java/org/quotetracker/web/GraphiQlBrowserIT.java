package org.quotetracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** GraphiQL from the jar, with no network but the server's: it runs the README's first example and shows the docs. */
@BrowserTest
class GraphiQlBrowserIT {

    @Autowired
    Browser browser;

    @Test
    void theBrowserReachesNoOtherHost() {
        browser.open("/graphiql");

        Object outcome = browser.script("return fetch('https://unpkg.com/graphiql/').then(() => 'reached', () => 'unreachable')");

        assertThat(outcome).isEqualTo("unreachable");
    }

    @Test
    void graphiqlRunsTheFirstReadmeExampleOffline() {
        browser.open("/graphiql");
        browser.findWithText(".graphiql-query-editor", "Every Peskov quote");

        browser.find(".graphiql-execute-button").click();

        browser.findWithText(".result-window", "\"totalCount\"");
        assertThat(browser.find(".result-window").getText()).contains("Dmitry Peskov").doesNotContain("\"errors\"");
        browser.screenshot("graphiql-peskov");
    }

    @Test
    void graphiqlShowsTheSchemaDocsFromIntrospection() {
        browser.open("/graphiql");
        browser.find(".graphiql-container");

        browser.find("[aria-label='Show Documentation Explorer']").click();
        browser.findWithText(".graphiql-doc-explorer a", "Query").click();

        assertThat(browser.findWithText(".graphiql-doc-explorer", "Direct quotations from all articles").getText())
                .contains("quotes").contains("QuoteConnection");
        browser.screenshot("graphiql-docs");
    }
}
