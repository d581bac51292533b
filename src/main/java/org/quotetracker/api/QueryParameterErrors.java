package org.quotetracker.api;

import java.util.stream.Collectors;

import org.springframework.validation.BindException;

/** What is wrong with query parameters bound to an object, such as a date that is not one: said plainly. */
public final class QueryParameterErrors {

    private QueryParameterErrors() {
    }

    public static String describe(BindException e) {
        return e.getFieldErrors().stream()
                .map(error -> error.getField() + ": \"" + error.getRejectedValue() + "\" is not a valid value"
                        + (error.getField().equals("from") || error.getField().equals("to") ? "; dates are YYYY-MM-DD" : ""))
                .collect(Collectors.joining("\n"));
    }
}
