package org.quotetracker.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as news copy writes them: "Feb 12, 2025", "19 September 2024", "on Tuesday", "on May 13". */
final class NewsDates {

    static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

    /** A full date in any of the usual orders. */
    static final String DATE = "(?:" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
            + "|\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+\\d{4}"
            + "|\\d{4}-\\d{2}-\\d{2})";

    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(" + MONTH + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTH + "),?\\s+(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    /** "on May 13", "May 13," inside a sentence, with no year: the year is the story's. */
    private static final Pattern MONTH_DAY = Pattern.compile("\\bon\\s+(" + MONTH + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s+\\d{4})");

    private NewsDates() {
    }

    /** The first full date in the text, if any. */
    static Optional<LocalDate> parse(String text) {
        Matcher m = MONTH_DAY_YEAR.matcher(text);
        if (m.find()) {
            return date(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = DAY_MONTH_YEAR.matcher(text);
        if (m.find()) {
            return date(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
        }
        m = ISO.matcher(text);
        if (m.find()) {
            return date(Integer.parseInt(m.group(1)), Month.of(Integer.parseInt(m.group(2))), Integer.parseInt(m.group(3)));
        }
        return Optional.empty();
    }

    /**
     * The day a sentence places its event on, relative to the story's date: an explicit "on May 13" wins, then a weekday
     * ("on Tuesday", "said Thursday"), taken as the latest such day on or before the story date.
     */
    static Optional<LocalDate> dayMentioned(String sentence, LocalDate storyDate) {
        Matcher m = MONTH_DAY.matcher(sentence);
        if (m.find()) {
            Optional<LocalDate> day = date(storyDate.getYear(), month(m.group(1)), Integer.parseInt(m.group(2)));
            return day.map(d -> d.isAfter(storyDate) ? d.minusYears(1) : d);
        }
        m = WEEKDAY.matcher(sentence);
        if (m.find()) {
            DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            return Optional.of(storyDate.with(TemporalAdjusters.previousOrSame(day)));
        }
        return Optional.empty();
    }

    private static Month month(String name) {
        String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().startsWith(prefix)) {
                return month;
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static Optional<LocalDate> date(int year, Month month, int day) {
        if (day < 1 || day > month.length(year % 4 == 0 && (year % 100 != 0 || year % 400 == 0))) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(year, month, day));
    }
}
