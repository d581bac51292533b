package org.quotetracker.people;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.quotetracker.api.ApiError;
import org.quotetracker.api.Connection;
import org.quotetracker.api.Ids;
import org.quotetracker.api.Keyset;
import org.quotetracker.api.PageArguments;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;

/** Reads people for the API, each list in one query however many people it serves. */
@Service
public class PersonViews {

    /** Alphabetical, the id settling equal names. */
    private static final Keyset<Person, PersonView> BY_NAME =
            new Keyset<>("person", "name", true, PersonView::name, PersonView::id, Function.identity());

    private static final Comparator<RoleView> EARLIEST_FIRST = Comparator
            .comparing(RoleView::firstSeen, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(RoleView::title);

    private final PersonRepository people;
    private final AliasRepository aliases;
    private final RoleRepository roles;
    private final PersonMapper mapper;

    PersonViews(PersonRepository people, AliasRepository aliases, RoleRepository roles, PersonMapper mapper) {
        this.people = people;
        this.aliases = aliases;
        this.roles = roles;
        this.mapper = mapper;
    }

    public Connection<PersonView> search(String text, PageArguments page) {
        Specification<Person> criteria = text == null || text.isBlank()
                ? Specification.unrestricted()
                : (root, query, cb) -> root.get("id").in(PersonCriteria.idsKnownAs(text, query, cb));
        return BY_NAME.page(people, criteria, page, mapper::toView);
    }

    public PersonView find(String id) {
        return people.findById(Ids.parse(id, "a person"))
                .map(mapper::toView)
                .orElseThrow(() -> ApiError.notFound("There is no person with id " + id));
    }

    public Map<Long, PersonView> byId(Collection<Long> ids) {
        return people.findAllById(ids).stream().map(mapper::toView)
                .collect(Collectors.toMap(PersonView::id, Function.identity()));
    }

    public Map<Long, List<String>> aliasesById(Collection<Long> ids) {
        return aliases.findByPersonIdInOrderByName(ids).stream().collect(Collectors.groupingBy(
                alias -> alias.getPerson().getId(), Collectors.mapping(Alias::getName, Collectors.toList())));
    }

    public Map<Long, List<RoleView>> rolesById(Collection<Long> ids) {
        return roles.findByPersonIdIn(ids).stream().collect(Collectors.groupingBy(
                role -> role.getPerson().getId(), Collectors.mapping(mapper::toView, Collectors.collectingAndThen(
                        Collectors.toList(), list -> list.stream().sorted(EARLIEST_FIRST).toList()))));
    }
}
