package org.quotetracker.feeds;

import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an Atom 1.0 feed (RFC 4287) of quotes with the JDK's StAX writer, which escapes all text. Every element the
 * RFC requires is written: the feed's id, title, updated and self link; each entry's id, title, updated, author,
 * summary and alternate link.
 */
final class AtomWriter {

    static final String MEDIA_TYPE = "application/atom+xml";
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
    private static final Pattern NOT_XML = Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

    /**
     * What the feed is about.
     *
     * @param id        the feed's permanent IRI
     * @param title     what a reader shows as the feed's name
     * @param selfUrl   the URL the feed is read from
     * @param pageUrl   the web app's page showing the same quotes
     * @param tagPrefix entries' ids are this followed by the quote id, e.g. {@code tag:news.example,2026:quote:}
     */
    record Feed(String id, String title, String selfUrl, String pageUrl, String tagPrefix, String baseUrl) {
    }

    private AtomWriter() {
    }

    static void write(Feed feed, List<FeedEntry> entries, OutputStream out) throws XMLStreamException {
        XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        element(xml, "id", feed.id());
        element(xml, "title", feed.title());
        element(xml, "updated", time(entries.stream().map(FeedEntry::updated).max(Instant::compareTo).orElse(FeedEntry.UNKNOWN)));
        link(xml, "self", MEDIA_TYPE, feed.selfUrl());
        link(xml, "alternate", "text/html", feed.pageUrl());
        xml.writeStartElement("generator");
        xml.writeCharacters("Quote Tracker");
        xml.writeEndElement();
        for (FeedEntry entry : entries) {
            xml.writeStartElement("entry");
            element(xml, "id", feed.tagPrefix() + entry.quote().id());
            element(xml, "title", entry.title());
            element(xml, "updated", time(entry.updated()));
            xml.writeStartElement("author");
            element(xml, "name", entry.speaker().name());
            xml.writeEndElement();
            link(xml, "alternate", "text/html", feed.baseUrl() + entry.articlePath());
            xml.writeStartElement("summary");
            xml.writeAttribute("type", "text");
            xml.writeCharacters(xmlText(entry.summary()));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(xmlText(text));
        xml.writeEndElement();
    }

    /** StAX escapes markup but passes on characters XML 1.0 forbids (control characters a page may carry): left out. */
    private static String xmlText(String text) {
        return NOT_XML.matcher(text).replaceAll("");
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    private static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
