package org.quotetracker.feeds;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.stream.XMLStreamException;

import jakarta.servlet.http.HttpServletRequest;
import org.quotetracker.api.Ids;
import org.quotetracker.api.QueryParameterErrors;
import org.quotetracker.api.Refusals;
import org.quotetracker.errors.InvalidInput;
import org.quotetracker.errors.Refusal;
import org.quotetracker.people.PersonView;
import org.quotetracker.people.PersonViews;
import org.quotetracker.quotes.QuoteCriteria;
import org.quotetracker.quotes.QuoteFilter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Atom feeds of the newest quotes for reporters' feed readers: {@code /feeds/people/{id}.atom} (one person's) and
 * {@code /feeds/quotes.atom} (those matching the {@code QuoteFilter} criteria given as query parameters, as in
 * {@code /export}). Each entry links to the quote in the web app's article view.
 */
@RestController
class FeedController {

    private static final Set<String> FILTER_PARAMETERS = new TreeSet<>(List.of("speaker", "text", "from", "to", "outlet", "role"));
    private static final MediaType ATOM = MediaType.parseMediaType(AtomWriter.MEDIA_TYPE + ";charset=UTF-8");
    /** The year in the entries' tag URIs (RFC 4151): a day on which whoever runs the tracker holds its host name. */
    private static final String TAG_YEAR = "2026";

    private final QuoteFeeds feeds;
    private final PersonViews people;

    FeedController(QuoteFeeds feeds, PersonViews people) {
        this.feeds = feeds;
        this.people = people;
    }

    @GetMapping("/feeds/people/{id}.atom")
    ResponseEntity<byte[]> person(@PathVariable String id, HttpServletRequest request) throws XMLStreamException {
        rejectParameters(request, Set.of());
        PersonView person = people.find(Ids.parse(id, "a person"));
        String page = "/people/" + person.id();
        return atom(new AtomWriter.Feed(tagPrefix(request) + "person:" + person.id(), "Quotes by " + person.name(),
                        selfUrl(request), base(request) + page, tagPrefix(request) + "quote:", base(request)),
                feeds.newest(QuoteCriteria.saidBy(person.id())));
    }

    @GetMapping("/feeds/quotes.atom")
    ResponseEntity<byte[]> quotes(QuoteFilter filter, HttpServletRequest request) throws XMLStreamException {
        rejectParameters(request, FILTER_PARAMETERS);
        String page = UriComponentsBuilder.fromPath("/").queryParamIfPresent("q", words(filter))
                .queryParamIfPresent("from", Optional.ofNullable(filter.from()))
                .queryParamIfPresent("to", Optional.ofNullable(filter.to()))
                .queryParamIfPresent("outlet", Optional.ofNullable(blankToNull(filter.outlet())))
                .encode().build().toUriString();
        return atom(new AtomWriter.Feed(selfUrl(request), title(filter), selfUrl(request), base(request) + page,
                        tagPrefix(request) + "quote:", base(request)),
                feeds.newest(QuoteCriteria.matching(filter)));
    }

    private static ResponseEntity<byte[]> atom(AtomWriter.Feed feed, List<FeedEntry> entries) throws XMLStreamException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtomWriter.write(feed, entries, out);
        return ResponseEntity.ok().contentType(ATOM).body(out.toByteArray());
    }

    /** A misspelt parameter would otherwise give a feed of every quote, which its reader would not notice. */
    private static void rejectParameters(HttpServletRequest request, Set<String> accepted) {
        List<String> unknown = request.getParameterMap().keySet().stream().filter(name -> !accepted.contains(name)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInput("Unknown parameter " + String.join(", ", unknown) + "; "
                    + (accepted.isEmpty() ? "this feed takes none" : "the feed takes " + String.join(", ", accepted)));
        }
    }

    private static String title(QuoteFilter filter) {
        List<String> criteria = new ArrayList<>();
        add(criteria, "by", filter.speaker());
        add(criteria, "with the words", filter.text());
        add(criteria, "in", filter.outlet());
        add(criteria, "as", filter.role());
        if (filter.from() != null) {
            criteria.add("from " + filter.from());
        }
        if (filter.to() != null) {
            criteria.add("to " + filter.to());
        }
        return criteria.isEmpty() ? "Quotes" : "Quotes " + String.join(", ", criteria);
    }

    private static void add(List<String> criteria, String how, String value) {
        if (blankToNull(value) != null) {
            criteria.add(how + " “" + value.trim() + "”");
        }
    }

    private static Optional<String> words(QuoteFilter filter) {
        String words = String.join(" ", Stream.of(filter.speaker(), filter.text())
                .map(FeedController::blankToNull).filter(Objects::nonNull).map(String::trim).toList());
        return words.isEmpty() ? Optional.empty() : Optional.of(words);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String base(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
    }

    private static String selfUrl(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromRequest(request).build().toUriString();
    }

    /** Entries' ids are tag URIs of the host serving them, which never change when the feed is read again. */
    private static String tagPrefix(HttpServletRequest request) {
        return "tag:" + ServletUriComponentsBuilder.fromContextPath(request).build().getHost() + "," + TAG_YEAR + ":";
    }

    @ExceptionHandler(Refusal.class)
    ResponseEntity<String> refused(Refusal e) {
        return plain(Refusals.httpStatus(e), e.getMessage());
    }

    @ExceptionHandler(BindException.class)
    ResponseEntity<String> unreadable(BindException e) {
        return plain(HttpStatus.BAD_REQUEST, QueryParameterErrors.describe(e));
    }

    private static ResponseEntity<String> plain(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).body(message + "\n");
    }
}
