package org.quotetracker.quotes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.quotetracker.api.Likes;
import org.quotetracker.people.PersonCriteria;
import org.springframework.data.jpa.domain.Specification;

/** Turns a {@link QuoteFilter} into query criteria. */
public final class QuoteCriteria {

    private QuoteCriteria() {
    }

    public static Specification<Quote> matching(QuoteFilter filter) {
        if (filter == null) {
            return Specification.unrestricted();
        }
        List<Specification<Quote>> criteria = new ArrayList<>();
        if (hasText(filter.speaker())) {
            criteria.add((root, query, cb) ->
                    root.get("speaker").get("id").in(PersonCriteria.idsKnownAs(filter.speaker(), query, cb)));
        }
        if (hasText(filter.text())) {
            // Every word must start a word of the quote; a search of punctuation alone has no word to find.
            List<String> words = WordSearch.words(filter.text());
            if (words.isEmpty()) {
                criteria.add((root, query, cb) -> cb.disjunction());
            }
            for (String word : words) {
                criteria.add((root, query, cb) ->
                        cb.isTrue(cb.function(WordSearch.FUNCTION, Boolean.class, root.get("text"), cb.literal(word))));
            }
        }
        if (filter.from() != null) {
            criteria.add((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("saidOn"), filter.from()));
        }
        if (filter.to() != null) {
            criteria.add((root, query, cb) -> cb.lessThanOrEqualTo(root.get("saidOn"), filter.to()));
        }
        if (hasText(filter.outlet())) {
            String outlet = filter.outlet().trim().toLowerCase(Locale.ROOT);
            criteria.add((root, query, cb) -> cb.equal(cb.lower(root.get("article").get("outlet")), outlet));
        }
        if (hasText(filter.role())) {
            criteria.add((root, query, cb) ->
                    cb.like(cb.lower(root.get("roleTitle")), Likes.containsIgnoringCase(filter.role()), Likes.ESCAPE));
        }
        return Specification.allOf(criteria);
    }

    /** The quotes with these ids: with {@link #matching}, which of them a filter keeps. */
    public static Specification<Quote> withIdIn(Collection<Long> ids) {
        return (root, query, cb) -> ids.isEmpty() ? cb.disjunction() : root.get("id").in(ids);
    }

    public static Specification<Quote> saidBy(long personId) {
        return (root, query, cb) -> cb.equal(root.get("speaker").get("id"), personId);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
