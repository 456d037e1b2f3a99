package market.atelier.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A signed-in user's report that a review is abusive, and the admin's recorded decision: HIDE or KEEP. */
@Entity
@Table(name = "review_report")
public class ReviewReport {

    public static final int REASON_MAX = 500;

    public enum Decision {
        HIDE, KEEP
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_report_seq")
    @SequenceGenerator(name = "review_report_seq", sequenceName = "review_report_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "review_id", nullable = false)
    private Review review;

    @Column(name = "reporter_id", nullable = false)
    private long reporterId;

    @Column(nullable = false, length = REASON_MAX)
    private String reason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(length = 10)
    private Decision decision;

    @Column(name = "decision_note", length = 500)
    private String decisionNote;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected ReviewReport() {
    }

    ReviewReport(Review review, long reporterId, String reason, Instant now) {
        this.review = review;
        this.reporterId = reporterId;
        this.reason = reason;
        this.createdAt = now;
    }

    void decide(Decision decision, String note, long adminId, Instant now) {
        this.decision = decision;
        this.decisionNote = note;
        this.decidedBy = adminId;
        this.decidedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Review getReview() {
        return review;
    }

    public long getReporterId() {
        return reporterId;
    }

    public String getReason() {
        return reason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
