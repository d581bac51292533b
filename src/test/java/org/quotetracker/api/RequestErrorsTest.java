package org.quotetracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.quotetracker.support.ApiTest;
import org.quotetracker.support.Errors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Mistakes graphql-java finds before anything runs are the caller's, and classified so. */
@ApiTest
class RequestErrorsTest {

    @Autowired
    HttpGraphQlTester graphQlTester;

    @Test
    void anInvalidDateLiteralIsABadRequestNamingTheValueAsWritten() {
        graphQlTester.document("{ quotes(filter: { from: \"2024-02-30\" }) { totalCount } }").execute()
                .errors().satisfy(Errors.single(ErrorType.BAD_REQUEST).andThen(errors -> assertThat(errors.get(0).getMessage())
                        .contains("\"2024-02-30\" is not a date").doesNotContain("StringValue")));
    }

    @Test
    void anInvalidDateVariableIsABadRequest() {
        graphQlTester.document("query ($day: Date) { quotes(filter: { from: $day }) { totalCount } }")
                .variable("day", "2024-13-01").execute()
                .errors().satisfy(Errors.single(ErrorType.BAD_REQUEST, "Variable 'day' has an invalid value"));
    }

    @Test
    void anUnknownFieldIsABadRequest() {
        graphQlTester.document("{ quotes { nope } }").execute()
                .errors().satisfy(Errors.single(ErrorType.BAD_REQUEST));
    }

    @Test
    void aQueryThatDoesNotParseIsABadRequest() {
        graphQlTester.document("{ quotes { ").execute()
                .errors().satisfy(Errors.single(ErrorType.BAD_REQUEST, "Invalid syntax"));
    }

    @Test
    void aCursorOfAnotherListIsABadRequest() {
        String personCursor = graphQlTester.document("{ people(first: 1) { pageInfo { endCursor } } }").execute()
                .path("people.pageInfo.endCursor").entity(String.class).get();

        graphQlTester.document("query ($after: String) { quotes(after: $after) { totalCount } }")
                .variable("after", personCursor).execute()
                .errors().satisfy(Errors.single(ErrorType.BAD_REQUEST, "after is not a cursor of this list"));
    }
}
