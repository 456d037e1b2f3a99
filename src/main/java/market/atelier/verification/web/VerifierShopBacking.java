package market.atelier.verification.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import market.atelier.account.web.CurrentAccount;
import market.atelier.shared.AccessRefused;
import market.atelier.shared.web.Messages;
import market.atelier.verification.ReasonCategory;
import market.atelier.verification.ReviewService;
import market.atelier.verification.ReviewService.ShopFile;
import market.atelier.verification.VerificationException;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/** {@code /verify/shop?id=N}: a shop's badges (suspend, revoke), its applications, reports and re-review flag. */
@Named("shopFile")
@ViewScoped
public class VerifierShopBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReviewService reviews;

    @Inject
    private CurrentAccount current;

    @Inject
    @Param(name = "id")
    private String idParam;

    private Long shopId;
    private boolean notFound;
    private String refusal;
    private transient ShopFile file;
    private final Map<Long, String> reasons = new HashMap<>();
    private final Map<Long, String> publicNotes = new HashMap<>();

    @PostConstruct
    void load() {
        try {
            shopId = Long.valueOf(idParam);
            file = reviews.shopFile(verifierId(), shopId);
        } catch (NumberFormatException | AccessRefused e) {
            notFound = true;
        } catch (VerificationException e) {
            refusal = e.getMessageKey();
        }
    }

    public void checkFound() {
        if (notFound) {
            Faces.responseSendError(404, "No such shop");
        }
    }

    public void suspend(long badgeId) {
        run(() -> reviews.suspend(verifierId(), badgeId, reason(badgeId), publicNotes.get(badgeId)),
                "verify.shop.suspended");
    }

    public void revoke(long badgeId) {
        run(() -> reviews.revoke(verifierId(), badgeId, reason(badgeId), publicNotes.get(badgeId)),
                "verify.shop.revoked");
    }

    public void closeReport(long reportId) {
        run(() -> reviews.closeReport(verifierId(), reportId), "verify.shop.reportClosed");
    }

    public void clearFlag() {
        run(() -> reviews.clearFlag(verifierId(), shopId), "verify.shop.flagCleared");
    }

    private void run(Runnable action, String doneKey) {
        try {
            action.run();
            Messages.info(null, doneKey);
            reasons.clear();
            publicNotes.clear();
        } catch (VerificationException e) {
            Messages.error(null, e.getMessageKey());
        } catch (AccessRefused e) {
            Messages.error(null, "verify.review.gone");
        }
        file = null;
    }

    private ReasonCategory reason(long badgeId) {
        String value = reasons.get(badgeId);
        try {
            return value == null || value.isEmpty() ? null : ReasonCategory.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private long verifierId() {
        return current.get().orElseThrow().getId();
    }

    public ShopFile getFile() {
        if (file == null && shopId != null && refusal == null && !notFound) {
            file = reviews.shopFile(verifierId(), shopId);
        }
        return file;
    }

    public String getRefusal() {
        return refusal;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public Map<Long, String> getPublicNotes() {
        return publicNotes;
    }

    public ReasonCategory[] getReasonOptions() {
        return ReasonCategory.values();
    }
}
