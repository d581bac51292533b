package org.quotetracker.export;

import java.util.Arrays;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.quotetracker.api.InputText;
import org.quotetracker.api.QueryParameterErrors;
import org.quotetracker.api.Refusals;
import org.quotetracker.errors.Refusal;
import org.quotetracker.people.PersonViews;
import org.quotetracker.quotes.QuoteFilter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /export/quotes.csv} and {@code /export/quotes.jsonl}: every quote matching the GraphQL
 * {@code QuoteFilter}'s criteria, given as query parameters of the same names ({@code speaker}, {@code text},
 * {@code from}, {@code to}, {@code outlet}, {@code role}; dates as YYYY-MM-DD), streamed as it is read.
 */
@RestController
class ExportController {

    private final QuoteExport export;
    private final PersonViews people;

    ExportController(QuoteExport export, PersonViews people) {
        this.export = export;
        this.people = people;
    }

    /**
     * The parameters are checked and the criteria made before the answer starts: once rows stream, a mistake could
     * only cut the file short under status 200.
     */
    @GetMapping("/export/quotes.{extension}")
    ResponseEntity<StreamingResponseBody> quotes(@PathVariable String extension, QuoteFilter filter, HttpServletRequest request) {
        ExportFormat format = formatOf(extension);
        request.getParameterMap().forEach((name, values) -> Arrays.stream(values).forEach(value -> InputText.check(name, value)));
        ExportSelection selection = ExportSelection.of(filter, people);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.mediaType() + ";charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"quotes." + extension + "\"")
                .body(out -> export.write(selection, format, out));
    }

    /** A parameter refused by what it says, e.g. a NUL character or a search with nothing to look for. */
    @ExceptionHandler(Refusal.class)
    ResponseEntity<String> refused(Refusal e) {
        return plain(Refusals.httpStatus(e), e.getMessage());
    }

    @ExceptionHandler(UnknownFormat.class)
    ResponseEntity<String> unknownFormat(UnknownFormat e) {
        return plain(HttpStatus.NOT_FOUND, e.getMessage());
    }

    /** A parameter that cannot be read, such as a date that is not one: said plainly, without a stack trace. */
    @ExceptionHandler(BindException.class)
    ResponseEntity<String> unreadable(BindException e) {
        return plain(HttpStatus.BAD_REQUEST, QueryParameterErrors.describe(e));
    }

    private static ExportFormat formatOf(String extension) {
        try {
            return ExportFormat.valueOf(extension.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UnknownFormat("Quotes are exported as quotes.csv or quotes.jsonl, not quotes." + extension);
        }
    }

    private static final class UnknownFormat extends RuntimeException {

        UnknownFormat(String message) {
            super(message);
        }
    }

    private static ResponseEntity<String> plain(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).body(message + "\n");
    }
}
