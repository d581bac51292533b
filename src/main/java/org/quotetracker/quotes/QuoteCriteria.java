package org.quotetracker.quotes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;
import org.quotetracker.api.InputText;
import org.quotetracker.api.Likes;
import org.quotetracker.people.NameKey;
import org.quotetracker.people.PersonCriteria;
import org.springframework.data.jpa.domain.Specification;

/** Turns a {@link QuoteFilter} into query criteria. */
public final class QuoteCriteria {

    private QuoteCriteria() {
    }

    /**
     * The criteria as one flat conjunction: a condition per search word side by side, not nested one inside the
     * other, so that neither Hibernate nor the database recurses once per word. What the caller gave is read here,
     * before any query runs, so that a search refused (too long, nothing to look for) is refused before an answer
     * starts, which matters for a streamed export.
     */
    public static Specification<Quote> matching(QuoteFilter filter) {
        if (filter == null) {
            return Specification.unrestricted();
        }
        String speakerKey = hasText(filter.speaker()) ? NameKey.searchKey(filter.speaker()) : null;
        List<String> words = hasText(filter.text()) ? WordSearch.words(filter.text()) : List.of();
        String outlet = hasText(filter.outlet()) ? InputText.strip(filter.outlet()).toLowerCase(Locale.ROOT) : null;
        String role = hasText(filter.role()) ? Likes.containsIgnoringCase(InputText.strip(filter.role())) : null;
        return (root, query, cb) -> {
            List<Predicate> criteria = new ArrayList<>();
            if (speakerKey != null) {
                criteria.add(root.get("speaker").get("id").in(PersonCriteria.idsKnownAs(speakerKey, query, cb)));
            }
            if (hasText(filter.text()) && words.isEmpty()) {
                // Every word must start a word of the quote; a search of punctuation alone has no word to find.
                criteria.add(cb.disjunction());
            }
            for (String word : words) {
                criteria.add(cb.isTrue(cb.function(WordSearch.FUNCTION, Boolean.class, root.get("text"), cb.literal(word))));
            }
            if (filter.from() != null) {
                criteria.add(cb.greaterThanOrEqualTo(root.get("saidOn"), filter.from()));
            }
            if (filter.to() != null) {
                criteria.add(cb.lessThanOrEqualTo(root.get("saidOn"), filter.to()));
            }
            if (outlet != null) {
                criteria.add(cb.equal(cb.lower(root.get("article").get("outlet")), outlet));
            }
            if (role != null) {
                criteria.add(cb.like(cb.lower(root.get("roleTitle")), role, Likes.ESCAPE));
            }
            return cb.and(criteria.toArray(Predicate[]::new));
        };
    }

    /** The quotes with these ids: with {@link #matching}, which of them a filter keeps. */
    public static Specification<Quote> withIdIn(Collection<Long> ids) {
        return (root, query, cb) -> ids.isEmpty() ? cb.disjunction() : root.get("id").in(ids);
    }

    /** The quotes of any of these people; none when there are none. */
    public static Specification<Quote> saidByAnyOf(Collection<Long> personIds) {
        return (root, query, cb) -> personIds.isEmpty() ? cb.disjunction() : root.get("speaker").get("id").in(personIds);
    }

    public static Specification<Quote> saidBy(long personId) {
        return (root, query, cb) -> cb.equal(root.get("speaker").get("id"), personId);
    }

    private static boolean hasText(String value) {
        return !InputText.isBlank(value);
    }
}
