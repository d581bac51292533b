package org.quotetracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.quotetracker.ingest.ArticleIngester;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.TestPropertySource;

/**
 * A quote card names the other articles that carried the same statement. The seed articles share none, so this
 * test has a database of its own in which a second outlet republishes the Peskov story.
 */
@BrowserTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:republished-browser-test;DB_CLOSE_DELAY=-1")
class RepublishedQuoteBrowserIT {

    @Autowired
    Browser browser;

    @Autowired
    ArticleIngester ingester;

    @BeforeEach
    void anotherOutletRepublishesThePeskovStory() throws IOException {
        String story = new ClassPathResource("seed-data/004_b5d0f4fd19b41e38.txt").getContentAsString(StandardCharsets.UTF_8);
        ingester.ingest(story.replaceFirst("Military Space News", "Space Daily")); // once: the same text is stored once
    }

    @Test
    void theCardListsTheOtherArticlesThatCarriedTheSameStatement() {
        browser.open("/?q=Peskov&outlet=Space+Daily");

        WebElement card = browser.findWithText("section[aria-labelledby=by-speaker] .quote-card", "This is impossible,");

        assertThat(card.findElement(By.cssSelector(".source")).getText()).startsWith("Space Daily: ");
        assertThat(card.findElement(By.cssSelector(".appearances")).getText()).isEqualTo(
                "Also carried by: Military Space News, Russia rejects swapping occupied territory with Ukraine (12 February 2025)");
        browser.screenshot("quote-card-appearances", card);
    }
}
