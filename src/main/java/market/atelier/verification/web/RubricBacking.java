package market.atelier.verification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import market.atelier.verification.BadgeType;
import market.atelier.verification.VerificationService;

/** {@code /verification}: the published rubric, read from the database. */
@Named("rubric")
@RequestScoped
public class RubricBacking {

    @Inject
    private VerificationService verification;

    private List<BadgeType> badges;

    public List<BadgeType> getBadges() {
        if (badges == null) {
            badges = verification.rubric();
        }
        return badges;
    }
}
