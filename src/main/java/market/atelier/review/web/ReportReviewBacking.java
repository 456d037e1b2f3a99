package market.atelier.review.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import market.atelier.account.web.CurrentAccount;
import market.atelier.review.ReviewException;
import market.atelier.review.ShopReviewService;
import market.atelier.shared.AccessRefused;
import market.atelier.shared.web.Messages;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/** {@code /account/report-review?review=N}: a signed-in reader reports an abusive review to the admins. */
@Named("reportReview")
@ViewScoped
public class ReportReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ShopReviewService reviews;

    @Inject
    private CurrentAccount current;

    @Inject
    @Param(name = "review")
    private String reviewParam;

    private Long reviewId;
    private String reason;
    private boolean sent;

    @PostConstruct
    void load() {
        if (reviewParam != null && reviewParam.matches("\\d{1,18}")) {
            reviewId = Long.valueOf(reviewParam);
        }
    }

    public void checkFound() {
        if (reviewId == null) {
            Faces.responseSendError(404, "No such review");
        }
    }

    public void send() {
        try {
            reviews.report(current.id().orElseThrow(), reviewId, reason);
            sent = true;
        } catch (ReviewException e) {
            Messages.error(null, e.getMessageKey());
        } catch (AccessRefused e) {
            Messages.error(null, "reviews.error.notFound");
        }
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public boolean isSent() {
        return sent;
    }
}
