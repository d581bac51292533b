package org.quotetracker.corrections;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.quotetracker.api.InputText;
import org.quotetracker.corrections.AttributionCorrection.MachineAttribution;
import org.quotetracker.corrections.AttributionCorrection.RoleChange;
import org.quotetracker.corrections.AttributionCorrection.Span;
import org.quotetracker.errors.InvalidInput;
import org.quotetracker.errors.NotFound;
import org.quotetracker.extraction.SpeakerKind;
import org.quotetracker.people.Person;
import org.quotetracker.people.PersonEdits;
import org.quotetracker.people.PersonResolver;
import org.quotetracker.people.RoleHistory;
import org.quotetracker.quotes.Quote;
import org.quotetracker.quotes.QuoteRepository;
import org.quotetracker.quotes.Statements;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Human corrections of who said a quote and in what role: recorded with who made them and what the extractor had
 * said, applied at once, and applied again whenever the article is re-extracted.
 */
@Service
public class AttributionCorrections {

    private final QuoteRepository quotes;
    private final AttributionCorrectionRepository corrections;
    private final PersonEdits personEdits;
    private final PersonResolver personResolver;
    private final RoleHistory roleHistory;
    private final UnquotedPeople unquotedPeople;
    private final Statements statements;
    private final Clock clock;

    AttributionCorrections(QuoteRepository quotes, AttributionCorrectionRepository corrections, PersonEdits personEdits,
                           PersonResolver personResolver, RoleHistory roleHistory, UnquotedPeople unquotedPeople,
                           Statements statements) {
        this.quotes = quotes;
        this.statements = statements;
        this.corrections = corrections;
        this.personEdits = personEdits;
        this.personResolver = personResolver;
        this.roleHistory = roleHistory;
        this.unquotedPeople = unquotedPeople;
        this.clock = Clock.systemUTC();
    }

    /**
     * Gives a quote to another speaker, another role, or both.
     *
     * @param speakerId   an existing person, or null
     * @param speakerName a name, resolved like a name in an article (an existing person or a new one), or null
     * @param role        the new role; an empty one removes the role, null leaves it as it is
     * @param correctedBy who is correcting, as recorded for audit
     * @return the corrected quote's id
     */
    @Transactional
    public long correct(long quoteId, Long speakerId, String speakerName, String role, String correctedBy) {
        if (speakerId == null && speakerName == null && role == null) {
            throw new InvalidInput("Nothing to correct: give speakerId, speakerName or role");
        }
        // What the arguments say is checked before what is stored, so that the same request is refused the same way
        // whether or not its quote still exists.
        if (speakerId != null && speakerName != null) {
            throw new InvalidInput("Give either speakerId or speakerName, not both");
        }
        Quote quote = quotes.findById(quoteId)
                .orElseThrow(() -> new NotFound("There is no quote with id " + quoteId));
        Person speaker = chosenSpeaker(quote, speakerId, speakerName);
        RoleChange roleChange = role == null ? new RoleChange(false, null) : new RoleChange(true, InputText.isBlank(role) ? null : InputText.strip(role));
        Span span = new Span(quote.getArticle().getId(), quote.getStartOffset(), quote.getEndOffset());
        // The extractor's word is kept from the first correction on, however often people correct each other after.
        MachineAttribution machine = Optional.ofNullable(newestBySpan(List.of(span.articleId())).get(span))
                .map(AttributionCorrection::machine)
                .orElseGet(() -> new MachineAttribution(quote.getSpeaker().getName(), quote.getRoleTitle(), quote.getMethod(),
                        quote.getConfidence()));
        Person previousSpeaker = quote.getSpeaker();
        AttributionCorrection correction = corrections.save(
                new AttributionCorrection(span, speaker, roleChange, machine, correctedBy, clock.instant()));
        apply(correction, quote);
        unquotedPeople.removeAmong(List.of(previousSpeaker.getId(), speaker.getId()));
        return quote.getId();
    }

    /** Applies the corrections made in an article to its quotes, after re-extraction replaced them. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void reapply(long articleId) {
        Map<Span, AttributionCorrection> newest = newestBySpan(List.of(articleId));
        if (newest.isEmpty()) {
            return;
        }
        for (Quote quote : quotes.findByArticleIdInOrderByStartOffset(List.of(articleId))) {
            AttributionCorrection correction = newest.get(new Span(articleId, quote.getStartOffset(), quote.getEndOffset()));
            if (correction != null) {
                apply(correction, quote);
            }
        }
    }

    /** Deletes the corrections made in an article, which is going away. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void forgetArticle(long articleId) {
        corrections.deleteByArticleId(articleId);
    }

    /** The correction in force for each span that has one; spans nobody corrected are absent. */
    Map<Span, CorrectionView> inForce(Collection<Span> spans) {
        Map<Span, AttributionCorrection> newest = newestBySpan(spans.stream().map(Span::articleId).distinct().toList());
        Map<Span, CorrectionView> views = new HashMap<>();
        for (Span span : spans) {
            AttributionCorrection correction = newest.get(span);
            if (correction != null) {
                views.put(span, correction.toView());
            }
        }
        return views;
    }

    private Person chosenSpeaker(Quote quote, Long speakerId, String speakerName) {
        if (speakerId != null) {
            return personEdits.find(speakerId);
        }
        if (speakerName != null) {
            if (InputText.isBlank(speakerName)) {
                throw new InvalidInput("speakerName must not be empty");
            }
            return personResolver.forArticle().resolve(speakerName, SpeakerKind.PERSON);
        }
        return quote.getSpeaker();
    }

    private void apply(AttributionCorrection correction, Quote quote) {
        String role = correction.roleOr(quote.getRoleTitle());
        quote.attributeTo(correction.speaker(), role);
        statements.relink(quote);
        roleHistory.record(correction.speaker(), role, quote.getArticle(),
                quote.getSaidOn() != null ? quote.getSaidOn() : quote.getArticle().getPublishedOn());
    }

    private Map<Span, AttributionCorrection> newestBySpan(Collection<Long> articleIds) {
        return corrections.findByArticleIdInOrderById(articleIds).stream()
                .collect(Collectors.toMap(AttributionCorrection::span, Function.identity(), (older, newer) -> newer));
    }
}
