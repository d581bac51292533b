package org.quotetracker.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers a request GraphQL never saw (too big, not JSON) with a GraphQL-shaped error body, so that a GraphQL client
 * shows its message and classification like those of any other error.
 */
@Component
class HttpErrorBody {

    private final JsonMapper json;

    HttpErrorBody(JsonMapper json) {
        this.json = json;
    }

    void send(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8);
        Map<String, Object> error = Map.of("message", message, "extensions", Map.of("classification", ErrorType.BAD_REQUEST.name()));
        json.writeValue(response.getOutputStream(), Map.of("errors", List.of(error)));
    }
}
