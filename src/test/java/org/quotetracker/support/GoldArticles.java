package org.quotetracker.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.quotetracker.extraction.ArticleMetadata;
import org.quotetracker.extraction.AttributionMethod;
import org.quotetracker.extraction.DatePrecision;
import org.quotetracker.extraction.ExtractedQuote;
import org.quotetracker.extraction.Extraction;
import org.quotetracker.extraction.RoleMention;
import org.quotetracker.extraction.Speaker;
import org.quotetracker.extraction.SpeakerKind;
import org.quotetracker.ingest.ArticleIngester;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The five seed articles as the hand-made gold standard ({@code eval/seed-gold.json}) reads them: 58 quotes by 20
 * speakers, 14 of them undated, and the gold role mentions. Stored through {@link ArticleIngester#store} at start-up.
 */
@TestConfiguration(proxyBeanMethods = false)
public class GoldArticles {

    @Bean
    ApplicationRunner storeGoldArticles(ArticleIngester ingester) {
        return args -> load().forEach(ingester::store);
    }

    public static List<Extraction> load() throws IOException {
        JsonNode gold;
        try (InputStream in = new ClassPathResource("eval/seed-gold.json").getInputStream()) {
            gold = JsonMapper.builder().build().readTree(in);
        }
        List<Extraction> extractions = new ArrayList<>();
        for (JsonNode article : gold.get("articles")) {
            String file = text(article, "file");
            String page = new ClassPathResource("seed-data/" + file).getContentAsString(StandardCharsets.UTF_8);
            List<ExtractedQuote> quotes = new ArrayList<>();
            for (JsonNode quote : article.get("quotes")) {
                quotes.add(quote(page, quote));
            }
            List<RoleMention> mentions = new ArrayList<>();
            for (JsonNode mention : gold.get("roleMentions")) {
                if (file.equals(text(mention, "file"))) {
                    mentions.add(new RoleMention(text(mention, "person"), text(mention, "role"), 0, date(mention, "seenOn")));
                }
            }
            ArticleMetadata metadata = new ArticleMetadata(text(article, "outlet"), text(article, "section"),
                    text(article, "headline"), text(article, "byline"), List.of(), text(article, "dateline"),
                    text(article, "agency"), date(article, "published"));
            extractions.add(new Extraction(metadata, page, quotes, mentions));
        }
        return extractions;
    }

    private static ExtractedQuote quote(String page, JsonNode quote) {
        int start = quote.get("start").asInt();
        int end = quote.get("end").asInt();
        LocalDate saidOn = date(quote, "saidOn");
        Speaker speaker = new Speaker(text(quote, "speaker"), SpeakerKind.valueOf(text(quote, "speakerKind")));
        // The gold standard has no sentences, cues or methods; the page around the quote stands in for the sentence.
        String sentence = page.substring(Math.max(0, start - 1), Math.min(page.length(), end + 1));
        return new ExtractedQuote(text(quote, "text"), start, end, sentence, false, "said", speaker,
                text(quote, "role"), saidOn, saidOn == null ? DatePrecision.UNKNOWN : DatePrecision.DAY, AttributionMethod.EXPLICIT_AFTER, 1.0);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static LocalDate date(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? null : LocalDate.parse(value);
    }
}
