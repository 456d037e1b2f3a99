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
import market.atelier.verification.Application;
import market.atelier.verification.ApplicationItem;
import market.atelier.verification.Decision;
import market.atelier.verification.ReasonCategory;
import market.atelier.verification.ReviewService;
import market.atelier.verification.ReviewService.Tick;
import market.atelier.verification.VerificationException;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * {@code /verify/review?id=N}: the evidence beside each rubric criterion; the verifier ticks met / not met with a
 * note and approves, requests changes or rejects. Unknown ids are 404; the verifier's own shop is refused.
 */
@Named("review")
@ViewScoped
public class ReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReviewService reviews;

    @Inject
    private CurrentAccount current;

    @Inject
    @Param(name = "id")
    private String idParam;

    private Long applicationId;
    private boolean notFound;
    private String refusal;
    private transient Application application;
    private final Map<Long, String> met = new HashMap<>();
    private final Map<Long, String> notes = new HashMap<>();
    private String note;
    private ReasonCategory reason;

    @PostConstruct
    void load() {
        try {
            applicationId = Long.valueOf(idParam);
            show();
        } catch (NumberFormatException | AccessRefused e) {
            notFound = true;
        } catch (VerificationException e) {
            refusal = e.getMessageKey();
        }
    }

    private void show() {
        application = reviews.forReview(verifierId(), applicationId);
        for (ApplicationItem item : application.getItems()) {
            met.putIfAbsent(item.getId(), item.getMet() == null ? null : item.getMet() ? "MET" : "NOT_MET");
            notes.putIfAbsent(item.getId(), item.getReviewNote());
        }
    }

    public void checkFound() {
        if (notFound) {
            Faces.responseSendError(404, "No such application");
        }
    }

    public String approve() {
        return decide(Decision.APPROVE);
    }

    public String requestChanges() {
        return decide(Decision.REQUEST_CHANGES);
    }

    public String reject() {
        return decide(Decision.REJECT);
    }

    private String decide(Decision decision) {
        Map<Long, Tick> ticks = new HashMap<>();
        met.forEach((id, value) -> ticks.put(id, new Tick(value == null || value.isEmpty() ? null : "MET".equals(value),
                notes.get(id))));
        try {
            Application decided = reviews.decide(verifierId(), applicationId, decision, ticks, note, reason);
            Messages.flashInfo("verify.review.done." + decided.getState(), decided.getShop().getName());
            return "/verify/index?faces-redirect=true";
        } catch (VerificationException e) {
            Messages.error(null, e.getMessageKey());
        } catch (AccessRefused e) {
            Messages.error(null, "verify.review.gone");
        }
        application = null;
        return null;
    }

    private long verifierId() {
        return current.get().orElseThrow().getId();
    }

    public Application getApplication() {
        if (application == null && applicationId != null && refusal == null && !notFound) {
            application = reviews.forReview(verifierId(), applicationId);
        }
        return application;
    }

    public String getRefusal() {
        return refusal;
    }

    public Map<Long, String> getMet() {
        return met;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public ReasonCategory getReason() {
        return reason;
    }

    public void setReason(ReasonCategory reason) {
        this.reason = reason;
    }

    public ReasonCategory[] getReasons() {
        return ReasonCategory.values();
    }
}
