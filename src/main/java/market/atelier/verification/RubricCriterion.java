package market.atelier.verification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Comparator;
import java.util.Locale;

/** One criterion of a badge: what must be true, and what evidence shows it. */
@Entity
@Table(name = "rubric_criterion")
public class RubricCriterion {

    @Id
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "badge_code")
    private BadgeType badgeType;

    @Column(name = "badge_code", insertable = false, updatable = false)
    private String badgeCode;

    @Column(nullable = false)
    private int position;

    /** Photos an application must carry for this criterion before it can be submitted. */
    @Column(name = "min_photos", nullable = false)
    private int minPhotos;

    @Column(name = "text_en", nullable = false)
    private String textEn;

    @Column(name = "text_de", nullable = false)
    private String textDe;

    @Column(name = "evidence_en", nullable = false)
    private String evidenceEn;

    @Column(name = "evidence_de", nullable = false)
    private String evidenceDe;

    /** Rubric order: criteria are numbered badge by badge. */
    public static final Comparator<RubricCriterion> ORDER = Comparator.comparing(RubricCriterion::getId);

    protected RubricCriterion() {
    }

    public String getBadgeCode() {
        return badgeCode;
    }

    public int getPosition() {
        return position;
    }

    public int getMinPhotos() {
        return minPhotos;
    }

    public Long getId() {
        return id;
    }

    public String text(Locale locale) {
        return German.is(locale) ? textDe : textEn;
    }

    public String evidence(Locale locale) {
        return German.is(locale) ? evidenceDe : evidenceEn;
    }
}
