package org.quotetracker.corrections;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.quotetracker.extraction.AttributionMethod;
import org.quotetracker.people.Person;

/**
 * A person's correction of who said a quote and in what role. The quote is named by its span in the article, which
 * re-extraction finds again, so the correction outlives the quote row it was made on. Never changed once written:
 * a later correction of the same span is a new row, and the newest one counts.
 */
@Entity
@Table(name = "attribution_correction")
class AttributionCorrection {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    private Long articleId;
    private int startOffset;
    private int endOffset;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "speaker_id")
    private Person speaker;

    private String roleTitle;
    private boolean roleCorrected;
    private String machineSpeaker;
    private String machineRole;
    private String machineMethod;
    private Double machineConfidence;
    private String correctedBy;
    private Instant correctedAt;

    protected AttributionCorrection() {
    }

    AttributionCorrection(Span span, Person speaker, RoleChange role, MachineAttribution machine, String correctedBy, Instant correctedAt) {
        this.articleId = span.articleId();
        this.startOffset = span.start();
        this.endOffset = span.end();
        this.speaker = speaker;
        this.roleCorrected = role.changed();
        this.roleTitle = role.title();
        this.machineSpeaker = machine.speaker();
        this.machineRole = machine.role();
        this.machineMethod = machine.method() == null ? null : machine.method().code();
        this.machineConfidence = machine.confidence();
        this.correctedBy = correctedBy;
        this.correctedAt = correctedAt;
    }

    Span span() {
        return new Span(articleId, startOffset, endOffset);
    }

    Person speaker() {
        return speaker;
    }

    /** The role this correction gives, or {@code otherwise} when it left the role as it was. */
    String roleOr(String otherwise) {
        return roleCorrected ? roleTitle : otherwise;
    }

    MachineAttribution machine() {
        return new MachineAttribution(machineSpeaker, machineRole, AttributionMethod.ofCode(machineMethod), machineConfidence);
    }

    CorrectionView toView() {
        return new CorrectionView(correctedBy, correctedAt.toString(), machineSpeaker, machineRole,
                AttributionMethod.ofCode(machineMethod), machineConfidence);
    }

    /** Where the corrected quote stands: its article and the offsets of its quoted words. */
    record Span(long articleId, int start, int end) {
    }

    /** What the extractor said before anybody corrected it: its speaker, role, method and confidence. */
    record MachineAttribution(String speaker, String role, AttributionMethod method, Double confidence) {
    }

    /**
     * Whether the correction sets the role, and to what; a null title with {@code changed} removes the role.
     */
    record RoleChange(boolean changed, String title) {
    }
}
