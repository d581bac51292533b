package org.quotetracker.extraction;

import java.time.LocalDate;
import java.util.List;

/**
 * A story of the page with its own dateline: the main article, or a second story embedded in it
 * ("Brussels, Belgium (AFP) Feb 12, 2025 - ..."). Its date is null when the page gives none.
 */
record Story(LocalDate date, String place, String agency, List<Block> paragraphs) {
}
