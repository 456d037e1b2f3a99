package market.atelier.verification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Locale;

/** A badge of the published rubric (Handmade verified, ...), with the criteria a verifier checks. Data, not code. */
@Entity
@Table(name = "badge_type")
public class BadgeType {

    /** The badge a shop must hold before its pieces are public. */
    public static final String HANDMADE = "HANDMADE";

    /** The computed badge of shops whose figures meet its published criteria. */
    public static final String TRUSTED_MAKER = "TRUSTED_MAKER";

    @Id
    @Column(length = 40)
    private String code;

    @Column(nullable = false)
    private int position;

    @Column(name = "months_valid", nullable = false)
    private int monthsValid;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_de", nullable = false)
    private String nameDe;

    @Column(name = "summary_en", nullable = false)
    private String summaryEn;

    @Column(name = "summary_de", nullable = false)
    private String summaryDe;

    /** Granted and lost by a daily timer against published criteria (Trusted maker), never by application. */
    @Column(nullable = false)
    private boolean computed;

    @OneToMany(mappedBy = "badgeType")
    @OrderBy("position")
    private List<RubricCriterion> criteria;

    protected BadgeType() {
    }

    public String getCode() {
        return code;
    }

    public int getPosition() {
        return position;
    }

    public int getMonthsValid() {
        return monthsValid;
    }

    public String name(Locale locale) {
        return German.is(locale) ? nameDe : nameEn;
    }

    public String summary(Locale locale) {
        return German.is(locale) ? summaryDe : summaryEn;
    }

    public boolean isComputed() {
        return computed;
    }

    public List<RubricCriterion> getCriteria() {
        return criteria;
    }
}
