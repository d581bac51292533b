package org.quotetracker.extraction;

import java.time.LocalDate;
import java.util.List;

/**
 * What the page says about itself. Every field may be null (or empty) when the page does not say it;
 * nothing is invented.
 *
 * @param bylineNames the authors in normal case ("Andrii Kalchenko", "Khrystyna Zanyk")
 */
public record ArticleMetadata(
        String outlet,
        String section,
        String headline,
        String byline,
        List<String> bylineNames,
        String datelinePlace,
        String agency,
        LocalDate published) {
}
