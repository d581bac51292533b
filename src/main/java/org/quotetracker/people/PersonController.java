package org.quotetracker.people;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.quotetracker.api.Batches;
import org.quotetracker.api.Connection;
import org.quotetracker.api.Ids;
import org.quotetracker.api.PageArguments;
import org.quotetracker.articles.ArticleView;
import org.quotetracker.articles.ArticleViews;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code people}, {@code person}, the lists of a {@code Person} other than its quotes, and a role's articles. */
@Controller
class PersonController {

    private final PersonViews people;
    private final ArticleViews articles;

    PersonController(PersonViews people, ArticleViews articles) {
        this.people = people;
        this.articles = articles;
    }

    @QueryMapping
    Connection<PersonView> people(@Argument String search, @Argument Integer first, @Argument String after) {
        return people.search(search, PageArguments.of(first, after));
    }

    @QueryMapping
    PersonView person(@Argument String id) {
        return people.find(Ids.parse(id, "a person"));
    }

    @BatchMapping(typeName = "Person", field = "aliases")
    List<List<String>> aliases(List<PersonView> persons) {
        return Batches.listPerParent(persons, PersonView::id, people.aliasesById(ids(persons)));
    }

    @BatchMapping(typeName = "Person", field = "roles")
    List<List<RoleView>> roles(List<PersonView> persons) {
        return Batches.listPerParent(persons, PersonView::id, people.rolesById(ids(persons)));
    }

    @BatchMapping(typeName = "Role", field = "articles")
    List<List<ArticleView>> articles(List<RoleView> roles) {
        Map<Long, List<Long>> articleIds = people.articleIdsByRoleId(roles.stream().map(RoleView::id).distinct().toList());
        Map<Long, ArticleView> byId = articles.byId(articleIds.values().stream().flatMap(List::stream).distinct().toList());
        // An article deleted after its role's sightings were read is no longer among the role's articles: it is
        // left out rather than answered as a null element, which the list's type forbids.
        return roles.stream().map(role -> articleIds.getOrDefault(role.id(), List.of()).stream().map(byId::get)
                .filter(Objects::nonNull).toList()).toList();
    }

    private static List<Long> ids(List<PersonView> persons) {
        return persons.stream().map(PersonView::id).distinct().toList();
    }
}
