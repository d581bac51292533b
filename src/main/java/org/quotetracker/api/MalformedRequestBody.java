package org.quotetracker.api;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;

/**
 * A request body that is not JSON, or not the JSON object a GraphQL request is, or GET parameters that are not those
 * of a GraphQL request ({@link GraphQlRequestParameters}), get 400 with a GraphQL-shaped error
 * saying what is wrong (where the JSON breaks), instead of Spring's generic error page, which would not say.
 */
@Component
class MalformedRequestBody implements HandlerExceptionResolver, Ordered {

    private final HttpErrorBody errorBody;

    MalformedRequestBody(HttpErrorBody errorBody) {
        this.errorBody = errorBody;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (!(ex instanceof HttpMessageNotReadableException || ex instanceof ServerWebInputException)) {
            return null;
        }
        try {
            errorBody.send(response, HttpStatus.BAD_REQUEST.value(), describe(ex.getCause()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ModelAndView();
    }

    /** Only our own messages and JSON syntax errors are quoted: the others would name the classes the body was to be read into. */
    private static String describe(Throwable cause) {
        if (cause instanceof InvalidGraphQlRequest invalid) {
            return invalid.getMessage();
        }
        if (cause instanceof StreamReadException json) {
            TokenStreamLocation at = json.getLocation();
            String where = at == null || at.getLineNr() < 0 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            return "The request body is not valid JSON" + where + ": " + json.getOriginalMessage();
        }
        return "The request body must be a JSON object with the query as a string, "
                + "e.g. {\"query\": \"{ quotes { totalCount } }\", \"variables\": {}}";
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
