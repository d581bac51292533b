package org.quotetracker.support;

/**
 * Small made-up news pages the extractor reads reliably: each quotes a mayor and a minister, both with their titles.
 * The subject goes into the headline and the quotes, so that pages with different subjects have different texts.
 */
public final class SampleArticles {

    private SampleArticles() {
    }

    /** A page quoting Mayor Kari Nordmann and Transport minister Ola Hansen. */
    public static String about(String subject) {
        return quoting(subject, "Kari Nordmann", "Ola Hansen");
    }

    /** A page whose first quote is by Mayor {@code mayor} and whose second is by Transport minister {@code minister}. */
    public static String quoting(String subject, String mayor, String minister) {
        String surname = minister.substring(minister.lastIndexOf(' ') + 1);
        return """
                Harbour Times
                CITY
                Council approves the %1$s ferry line
                By Ann Reporter
                Oslo (AFP) March 3, 2024

                The city council approved the %1$s ferry line on Monday.

                "The %1$s line will carry thousands of people a week across the harbour," said Mayor %2$s.

                Transport minister %3$s welcomed the plan. "We have waited for the %1$s ferry for years," %4$s told reporters.
                """.formatted(subject, mayor, minister, surname);
    }
}
