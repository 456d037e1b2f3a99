package market.atelier.verification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One dated change to a badge, with a public reason category and note (never private evidence or reporters). */
@Entity
@Table(name = "badge_event")
public class BadgeEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "badge_event_seq")
    @SequenceGenerator(name = "badge_event_seq", sequenceName = "badge_event_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "badge_id", nullable = false)
    private Badge badge;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BadgeEventKind kind;

    @Column(name = "reason_category", length = 40)
    private String reasonCategory;

    @Column(name = "public_note", length = 1000)
    private String publicNote;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected BadgeEvent() {
    }

    BadgeEvent(Badge badge, BadgeEventKind kind, String reasonCategory, String publicNote, Instant occurredAt) {
        this.badge = badge;
        this.kind = kind;
        this.reasonCategory = reasonCategory;
        this.publicNote = publicNote;
        this.occurredAt = occurredAt;
    }

    public Badge getBadge() {
        return badge;
    }

    public BadgeEventKind getKind() {
        return kind;
    }

    public String getReasonCategory() {
        return reasonCategory;
    }

    public String getPublicNote() {
        return publicNote;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
