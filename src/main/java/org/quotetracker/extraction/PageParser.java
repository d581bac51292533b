package org.quotetracker.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a scraped news page: the header lines (outlet, section, headline, byline, dateline), the body paragraphs
 * grouped into stories, and the footer of links, teasers and legal text, which is dropped. A plain article (a title
 * line, then paragraphs) is a page with a headline and nothing else in its header.
 */
final class PageParser {

    private static final Pattern BYLINE = Pattern.compile("^By\\s+(.+)$");
    /** "Kyiv, Ukraine (AFP) Feb 12, 2025", optionally followed by " - " and the story's first paragraph. */
    private static final Pattern DATELINE = Pattern.compile(
            "^(?<place>[\\p{L}][\\p{L} .,'’-]{0,60}?)\\s*\\((?<agency>[A-Za-z][A-Za-z&. ]{0,20})\\)\\s*(?<date>" + NewsDates.DATE + ")"
                    + "(?:\\s*(?<dash>[-–—]+)\\s*)?");
    private static final Pattern DATE_LINE = Pattern.compile("^(?:\\p{L}+,?\\s+)?" + NewsDates.DATE + "$");
    /** "Today : Sep 20, 2024": the site's own header with the day it was crawled, not the article's date. */
    private static final Pattern CRAWL_HEADER = Pattern.compile("^(?<site>[\\p{L} ]{2,30}?)\\s*:\\s*" + NewsDates.DATE + "$");
    /** Lines where the article ends and the site's links, teasers and legal text begin. */
    private static final Pattern FOOTER = Pattern.compile(
            "^(?:Related Links|Related (?:Articles|Stories|Posts|Coverage|Content|News|Topics)|RELATED CONTENT|Subscribe Free\\b.*"
                    + "|Latest Contents?|Latest News|You may also like|More in:.*|Comments are closed\\.?|Share this:?|Read more:?"
                    + "|Recommended for you|Most Popular|Trending Now|The content herein\\b.*|Copyright\\b.*|©.*|All rights reserved.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MORE_IN = Pattern.compile("^More in:\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    /** Single lines of boilerplate inside the body: "[Read More: …]", "Advertisement", "Tweet", photo credits. */
    private static final Pattern NOISE_LINE = Pattern.compile(
            "^(?:\\[.*]|Advertisement|Tweet|Share|Email|Print|Follow us.*|Sign up.*|Click here.*|ABSTRACT\\.?|FULL TEXT\\.?"
                    + "|(?:Getty(?: Images)?|AP(?: Photo)?|Photo(?: credit)?:.*|Image:.*|Credit:.*)\\.?)$",
            Pattern.CASE_INSENSITIVE);
    /** A newspaper dateline opening a paragraph: "WASHINGTON —", "JACKSON, Miss. -", "Washington (AFP) –". */
    private static final Pattern LOCAL_DATELINE = Pattern.compile(
            "^(\\p{Lu}{2,}(?:[ .-]\\p{Lu}{2,})*|\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)?(?= \\())(?:,\\s*\\p{Lu}[\\p{L}.]*\\.?)?"
                    + "(?:,\\s*" + NewsDates.MONTH + "\\s+\\d{1,2})?(?:\\s*\\([A-Za-z]{2,10}\\))?\\s+[-–—]+\\s+");
    /** Section headings inside a story: "- China warning -". */
    private static final Pattern HEADING = Pattern.compile("^[-–—•*]+\\s.*\\s[-–—•*]+$");

    ParsedPage parse(String page) {
        List<Block> lines = lines(page);
        int bodyStart = bodyStart(page, lines);
        Header header = header(page, lines.subList(0, bodyStart));
        List<Story> stories = new ArrayList<>();
        LocalDate date = header.published;
        String place = header.place;
        String agency = header.agency;
        List<Block> paragraphs = new ArrayList<>();
        for (int i = bodyStart; i < lines.size(); i++) {
            Block line = lines.get(i);
            String text = line.text(page);
            if (FOOTER.matcher(text).matches()) {
                Matcher moreIn = MORE_IN.matcher(text);
                if (moreIn.matches() && header.section == null) {
                    header.section = moreIn.group(1).strip();
                }
                break;
            }
            // a dateline names its agency in parentheses: a line without "(", nearly every one, is not tried, as each
            // try of the pattern's lazy place walks up to 60 characters
            Matcher dateline = text.indexOf('(') < 0 ? null : DATELINE.matcher(text);
            if (dateline != null && dateline.lookingAt() && (dateline.group("dash") != null || dateline.end() == text.length())) {
                if (!paragraphs.isEmpty() && isTitle(page, paragraphs.get(paragraphs.size() - 1))) {
                    paragraphs.remove(paragraphs.size() - 1); // the embedded story's headline
                }
                stories.add(new Story(date, place, agency, List.copyOf(paragraphs)));
                paragraphs.clear();
                date = NewsDates.parse(dateline.group("date")).orElse(null);
                place = place(dateline.group("place"));
                agency = dateline.group("agency").strip();
                if (dateline.end() < text.length()) {
                    paragraphs.add(new Block(line.start() + dateline.end(), line.end()));
                }
                continue;
            }
            if (!NOISE_LINE.matcher(text).matches() && !HEADING.matcher(text).matches()) {
                Matcher local = LOCAL_DATELINE.matcher(text);
                if (local.lookingAt()) {
                    // "WASHINGTON — Sen. Ann Hale said ...": the place opens the story, it is nobody's name
                    header.place = header.place == null ? normalPlace(local.group(1)) : header.place;
                    place = place == null ? header.place : place;
                    line = new Block(line.start() + local.end(), line.end());
                }
                paragraphs.add(line);
            }
        }
        stories.add(new Story(date, place, agency, List.copyOf(paragraphs)));
        stories.removeIf(s -> s.paragraphs().isEmpty());
        ArticleMetadata metadata = new ArticleMetadata(header.outlet, header.section, header.headline, header.byline,
                header.bylineNames, header.place, header.agency, header.published);
        return new ParsedPage(metadata, stories);
    }

    private static List<Block> lines(String page) {
        List<Block> lines = new ArrayList<>();
        int start = 0;
        while (start <= page.length()) {
            int newline = page.indexOf('\n', start);
            int end = newline < 0 ? page.length() : newline;
            int s = start;
            int e = end;
            while (s < e && QuoteScanner.isSpace(page.charAt(s))) {
                s++;
            }
            while (e > s && QuoteScanner.isSpace(page.charAt(e - 1))) {
                e--;
            }
            if (s < e) {
                lines.add(new Block(s, e));
            }
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        return lines;
    }

    /** The body begins at the first line of running prose; every line before it belongs to the header. */
    private static int bodyStart(String page, List<Block> lines) {
        if (lines.size() <= 1) {
            return 0;
        }
        for (int i = 1; i < lines.size(); i++) {
            String text = lines.get(i).text(page);
            Matcher dateline = DATELINE.matcher(text);
            if (dateline.lookingAt() && dateline.group("dash") != null && dateline.end() < text.length()) {
                return i;
            }
            if (isProse(text)) {
                return i;
            }
        }
        return 1;
    }

    /** Running prose: a sentence or more, with punctuation at its end or enough words to be more than a title. */
    static boolean isProse(String text) {
        int words = text.split("\\s+").length;
        char last = text.charAt(text.length() - 1);
        boolean ends = ".!?\"”’:…)".indexOf(last) >= 0;
        return ends && words >= 6 && hasLowerCaseRun(text) || words >= 25;
    }

    private static boolean isTitle(String page, Block block) {
        return !isProse(block.text(page));
    }

    /** Title-case headlines capitalise most words; prose has runs of lower-case words. */
    private static boolean hasLowerCaseRun(String text) {
        long lower = Arrays.stream(text.split("\\s+")).filter(w -> !w.isEmpty() && Character.isLowerCase(w.charAt(0))).count();
        return lower >= 3;
    }

    private static final class Header {
        String outlet;
        String section;
        String headline;
        String byline;
        List<String> bylineNames = List.of();
        String place;
        String agency;
        LocalDate published;
    }

    private static Header header(String page, List<Block> lines) {
        Header header = new Header();
        List<String> titles = new ArrayList<>();
        for (Block line : lines) {
            String text = line.text(page);
            Matcher m;
            if ((m = BYLINE.matcher(text)).matches()) {
                header.byline = m.group(1).strip();
                header.bylineNames = bylineNames(header.byline);
            } else if ((m = CRAWL_HEADER.matcher(text)).matches()) {
                header.outlet = m.group("site").strip();
            } else if ((m = DATELINE.matcher(text)).lookingAt() && m.end() == text.length()) {
                header.place = place(m.group("place"));
                header.agency = m.group("agency").strip();
                header.published = NewsDates.parse(m.group("date")).orElse(null);
            } else if (DATE_LINE.matcher(text).matches()) {
                header.published = NewsDates.parse(text).orElse(null);
            } else {
                titles.add(text);
            }
        }
        String repeated = titles.stream().filter(t -> titles.stream().filter(t::equalsIgnoreCase).count() > 1).findFirst().orElse(null);
        if (repeated != null) {
            header.headline = repeated;
            List<String> before = titles.subList(0, titles.indexOf(repeated));
            if (header.outlet == null && !before.isEmpty()) {
                header.outlet = before.get(0);
                before = before.subList(1, before.size());
            }
            if (!before.isEmpty()) {
                header.section = before.get(before.size() - 1);
            }
        } else if (titles.size() == 1) {
            header.headline = titles.get(0);
        } else if (titles.size() > 1) {
            if (header.outlet == null) {
                header.outlet = titles.get(0);
                header.headline = titles.get(titles.size() - 1);
            } else {
                header.section = titles.size() > 2 ? titles.get(0) : null;
                header.headline = titles.get(titles.size() - 1);
            }
        }
        return header;
    }

    private static String normalPlace(String capitals) {
        return normalCase(capitals);
    }

    /** "Kyiv, Ukraine" names the city. */
    private static String place(String dateline) {
        return dateline.split(",")[0].strip();
    }

    /** "Andrii KALCHENKO with Khrystyna ZANYK in Warsaw" gives the two names in normal case. */
    static List<String> bylineNames(String byline) {
        String names = byline.replaceAll("\\s+in\\s+\\p{Lu}[\\p{L} ]*$", "");
        return Arrays.stream(names.split("\\s*(?:,|\\band\\b|\\bwith\\b|&)\\s*"))
                .map(String::strip)
                .filter(n -> !n.isEmpty())
                .map(PageParser::normalCase)
                .collect(Collectors.toList());
    }

    private static String normalCase(String name) {
        return Arrays.stream(name.split("\\s+"))
                .map(w -> w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)) ? capitalize(w.toLowerCase(Locale.ROOT)) : w)
                .collect(Collectors.joining(" "));
    }

    private static String capitalize(String word) {
        StringBuilder out = new StringBuilder(word.length());
        boolean start = true;
        for (char c : word.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == '-' || c == '\'';
        }
        return out.toString();
    }
}
