package org.quotetracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The export buttons download what the page lists, with the page's filters. */
@BrowserTest
class ExportBrowserIT {

    @Autowired
    Browser browser;

    @Test
    void theCsvButtonOnStoltenbergsPageDownloadsHisHistory() throws IOException {
        Path csv = Browser.DOWNLOADS.resolve("quotes.csv");
        Files.deleteIfExists(csv);
        browser.open("/?q=Stoltenberg");
        browser.findWithText("h2#people-heading + ul a", "Jens Stoltenberg").click();

        browser.find("a[aria-label=\"Download Jens Stoltenberg's quotes as CSV\"]").click();

        browser.waiting().withTimeout(Duration.ofSeconds(20)).until(d -> Files.exists(csv) && csv.toFile().length() > 0);
        String history = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(history.lines().skip(1)).hasSize(9).allSatisfy(row -> assertThat(row).contains("Jens Stoltenberg"));
        assertThat(history).contains("The more land the Ukrainians are able to liberate");
    }

    @Test
    void theExportButtonsCarryTheCurrentFilters() {
        browser.open("/?q=Peskov&from=2025-01-01&outlet=Military+Space+News");

        assertThat(browser.find("section[aria-labelledby=by-speaker] .exports a").getAttribute("href"))
                .isEqualTo(browser.origin() + "/export/quotes.csv?speaker=Peskov&from=2025-01-01&outlet=Military+Space+News");
        assertThat(browser.find("section[aria-labelledby=by-words] .exports a:last-child").getAttribute("href"))
                .isEqualTo(browser.origin() + "/export/quotes.jsonl?text=Peskov&from=2025-01-01&outlet=Military+Space+News");
    }

    @Test
    void aPickedPeriodIsPartOfThePersonsExport() {
        browser.open("/?q=Macron");
        browser.findWithText("h2#people-heading + ul a", "Emmanuel Macron").click();

        browser.control("May 2024: 1 quote").click();

        browser.findWithText("#quotes-heading", "Quotes from");
        assertThat(browser.find(".exports a").getAttribute("href"))
                .isEqualTo(browser.origin() + "/export/quotes.csv?speaker=Emmanuel+Macron&from=2024-05-01&to=2024-05-31");
    }
}
