package org.quotetracker.api;

import org.springframework.graphql.execution.ErrorType;

/** A failure the caller can fix or should know about; its message is shown to them as it is. */
public final class ApiError extends RuntimeException {

    private final ErrorType type;

    private ApiError(ErrorType type, String message) {
        super(message);
        this.type = type;
    }

    public static ApiError badRequest(String message) {
        return new ApiError(ErrorType.BAD_REQUEST, message);
    }

    public static ApiError notFound(String message) {
        return new ApiError(ErrorType.NOT_FOUND, message);
    }

    public ErrorType type() {
        return type;
    }
}
