package org.quotetracker.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;

/** Assertions on a response's errors, for {@code response.errors().satisfy(...)}. */
public final class Errors {

    private Errors() {
    }

    /** Exactly one error, of this classification. */
    public static Consumer<List<ResponseError>> single(ErrorType type) {
        return errors -> assertThat(errors).singleElement()
                .satisfies(error -> assertThat(error.getErrorType()).isEqualTo(type));
    }

    /** Exactly one error, of this classification, whose message starts with {@code message}. */
    public static Consumer<List<ResponseError>> single(ErrorType type, String message) {
        return single(type).andThen(errors -> assertThat(errors.get(0).getMessage()).startsWith(message));
    }
}
