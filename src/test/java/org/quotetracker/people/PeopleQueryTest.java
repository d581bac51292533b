package org.quotetracker.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.quotetracker.support.ApiTest;
import org.quotetracker.support.Errors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** {@code people}, {@code person} and what a {@code Person} tells. */
@ApiTest
class PeopleQueryTest {

    @Autowired
    HttpGraphQlTester graphQl;

    private String idOf(String search) {
        return graphQl.document("query($s: String) { people(search: $s) { nodes { id } } }").variable("s", search).execute()
                .path("people.nodes[0].id").entity(String.class).get();
    }

    private GraphQlTester.Response person(String id, String selection) {
        return graphQl.document("query($id: ID!) { person(id: $id) " + selection + " }").variable("id", id).execute();
    }

    @Test
    void peopleAreListedAlphabetically() {
        List<String> names = graphQl.document("{ people(first: 100) { totalCount nodes { name } } }").execute()
                .path("people.nodes[*].name").entityList(String.class).get();

        assertThat(names).isSorted().contains("Dmitry Peskov", "Pentagon", "a US official");
    }

    @Test
    void peopleSearchMatchesPartOfANameIgnoringCase() {
        graphQl.document("{ people(search: \"stolTEN\") { totalCount nodes { name kind } } }").execute()
                .path("people.nodes[*].name").entityList(String.class).containsExactly("Jens Stoltenberg");
    }

    @Test
    void peoplePagesFollowTheirCursors() {
        GraphQlTester.Response first = graphQl.document("{ people(first: 3) { totalCount nodes { name } pageInfo { endCursor } } }").execute();
        String cursor = first.path("people.pageInfo.endCursor").entity(String.class).get();
        List<String> firstNames = first.path("people.nodes[*].name").entityList(String.class).get();

        List<String> nextNames = graphQl.document("query($after: String) { people(first: 3, after: $after) { nodes { name } } }")
                .variable("after", cursor).execute().path("people.nodes[*].name").entityList(String.class).get();

        assertThat(nextNames).hasSize(3).doesNotContainAnyElementsOf(firstNames);
        assertThat(firstNames.get(2)).isLessThanOrEqualTo(nextNames.get(0));
    }

    @Test
    void personHasKindAliasesAndRoles() {
        GraphQlTester.Response response = person(idOf("Peskov"), "{ name kind aliases roles { title firstSeen lastSeen } }");

        response.path("person.name").entity(String.class).isEqualTo("Dmitry Peskov");
        response.path("person.kind").entity(String.class).isEqualTo("PERSON");
        response.path("person.aliases").entityList(String.class).containsExactly("Dmitry Peskov");
        response.path("person.roles[0].title").entity(String.class).isEqualTo("Kremlin spokesman");
        response.path("person.roles[0].firstSeen").entity(String.class).isEqualTo("2025-02-12");
    }

    @Test
    void rolesFromQuotesAndMentionsAreFoldedWithTheirFirstAndLastDay() {
        // Trump: "former U.S. President" mentioned in 2024, "US President" when quoted on 2025-02-11 and mentioned on -12.
        GraphQlTester.Response response = person(idOf("Donald Trump"), "{ roles { title firstSeen lastSeen } }");

        response.path("person.roles[*].title").entityList(String.class).containsExactly("former U.S. President", "US President");
        response.path("person.roles[1].firstSeen").entity(String.class).isEqualTo("2025-02-11");
        response.path("person.roles[1].lastSeen").entity(String.class).isEqualTo("2025-02-12");
    }

    @Test
    void personQuotesAreFilteredAndPaged() {
        GraphQlTester.Response response = person(idOf("Hegseth"),
                "{ quotes(first: 2, filter: {text: \"must\"}) { totalCount nodes { text speaker { name } } pageInfo { hasNextPage } } }");

        response.path("person.quotes.totalCount").entity(Integer.class).isEqualTo(3);
        response.path("person.quotes.nodes[*].speaker.name").entityList(String.class).containsExactly("Pete Hegseth", "Pete Hegseth");
        response.path("person.quotes.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
    }

    @Test
    void anonymousSourceIsItsOwnPersonWithItsKind() {
        GraphQlTester.Response response = person(idOf("a US official"), "{ kind quotes { totalCount } }");

        response.path("person.kind").entity(String.class).isEqualTo("ANONYMOUS");
        response.path("person.quotes.totalCount").entity(Integer.class).isEqualTo(2);
    }

    @Test
    void unknownPersonIsNotFound() {
        person("999999", "{ name }")
                .errors().satisfy(Errors.single(ErrorType.NOT_FOUND, "There is no person with id 999999"))
                .path("person").valueIsNull();
    }

    @Test
    void nonNumericPersonIdIsABadRequest() {
        person("peskov", "{ name }").errors().satisfy(Errors.single(ErrorType.BAD_REQUEST));
    }
}
