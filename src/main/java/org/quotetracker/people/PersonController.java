package org.quotetracker.people;

import java.util.List;

import org.quotetracker.api.Batches;
import org.quotetracker.api.Connection;
import org.quotetracker.api.PageArguments;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code people}, {@code person} and the lists of a {@code Person} other than its quotes. */
@Controller
class PersonController {

    private final PersonViews people;

    PersonController(PersonViews people) {
        this.people = people;
    }

    @QueryMapping
    Connection<PersonView> people(@Argument String search, @Argument Integer first, @Argument String after) {
        return people.search(search, PageArguments.of(first, after));
    }

    @QueryMapping
    PersonView person(@Argument String id) {
        return people.find(id);
    }

    @BatchMapping(typeName = "Person", field = "aliases")
    List<List<String>> aliases(List<PersonView> persons) {
        return Batches.listPerParent(persons, PersonView::id, people.aliasesById(ids(persons)));
    }

    @BatchMapping(typeName = "Person", field = "roles")
    List<List<RoleView>> roles(List<PersonView> persons) {
        return Batches.listPerParent(persons, PersonView::id, people.rolesById(ids(persons)));
    }

    private static List<Long> ids(List<PersonView> persons) {
        return persons.stream().map(PersonView::id).distinct().toList();
    }
}
