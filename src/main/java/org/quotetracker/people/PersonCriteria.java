package org.quotetracker.people;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.quotetracker.api.Likes;

/** Query pieces other features need to find people by name. */
public final class PersonCriteria {

    private PersonCriteria() {
    }

    /**
     * The ids of persons whose name or any alias contains {@code key}, a {@link NameKey#searchKey} (compared ignoring
     * case, accents, punctuation and doubled letters). The key is made by the caller before the query is built, so
     * that a search with nothing to look for is refused before any answer starts. Searching the aliases is enough
     * because every person's canonical name is one of them.
     */
    public static Subquery<Long> idsKnownAs(String key, CriteriaQuery<?> query, CriteriaBuilder cb) {
        Subquery<Long> ids = query.subquery(Long.class);
        Root<Alias> alias = ids.from(Alias.class);
        return ids.select(alias.get("person").get("id"))
                .where(cb.like(alias.get("nameKey"), Likes.containsIgnoringCase(key), Likes.ESCAPE));
    }
}
