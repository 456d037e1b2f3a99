package market.atelier.review.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import market.atelier.account.web.CurrentAccount;
import market.atelier.review.Review;
import market.atelier.review.ReviewException;
import market.atelier.review.ReviewReport;
import market.atelier.review.ShopReviewService;
import market.atelier.shared.AccessRefused;
import market.atelier.shared.web.Messages;

/**
 * {@code /admin/reviews}: reported reviews, each with every report on it; the admin hides or keeps the review with
 * a note, and the decision is recorded (the list of recent decisions below).
 */
@Named("reviewModeration")
@ViewScoped
public class ReviewModerationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ShopReviewService reviews;

    @Inject
    private CurrentAccount current;

    // entities: read again when missing (on another server after a failover)
    private transient Map<Review, List<ReviewReport>> open;
    private transient List<ReviewReport> decided;
    private final Map<Long, String> notes = new HashMap<>();

    public void load() {
        open = new LinkedHashMap<>();
        for (ReviewReport report : reviews.openReports()) {
            open.computeIfAbsent(report.getReview(), r -> new java.util.ArrayList<>()).add(report);
        }
        decided = reviews.decidedReports(30);
    }

    public void hide(long reviewId) {
        decide(reviewId, ReviewReport.Decision.HIDE);
    }

    public void keep(long reviewId) {
        decide(reviewId, ReviewReport.Decision.KEEP);
    }

    private void decide(long reviewId, ReviewReport.Decision decision) {
        try {
            reviews.decide(current.id().orElseThrow(), reviewId, decision, notes.get(reviewId));
            notes.remove(reviewId);
            Messages.info(null, decision == ReviewReport.Decision.HIDE ? "moderation.hidden" : "moderation.kept");
            load();
        } catch (ReviewException e) {
            Messages.error(null, e.getMessageKey());
        } catch (AccessRefused e) {
            Messages.error(null, "reviews.error.notFound");
        }
    }

    public List<Map.Entry<Review, List<ReviewReport>>> getOpen() {
        if (open == null) {
            load();
        }
        return List.copyOf(open.entrySet());
    }

    public List<ReviewReport> getDecided() {
        if (decided == null) {
            load();
        }
        return decided;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }
}
