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
     * The ids of persons whose name or any alias contains {@code text}, compared by {@link NameKey} (ignoring case,
     * accents, punctuation and doubled letters). Searching the aliases is enough because every person's canonical
     * name is one of them.
     */
    public static Subquery<Long> idsKnownAs(String text, CriteriaQuery<?> query, CriteriaBuilder cb) {
        Subquery<Long> ids = query.subquery(Long.class);
        Root<Alias> alias = ids.from(Alias.class);
        return ids.select(alias.get("person").get("id"))
                .where(cb.like(alias.get("nameKey"), Likes.containsIgnoringCase(NameKey.of(text)), Likes.ESCAPE));
    }
}
