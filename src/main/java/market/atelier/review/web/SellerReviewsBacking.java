package market.atelier.review.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import market.atelier.account.web.CurrentAccount;
import market.atelier.review.Review;
import market.atelier.review.ReviewException;
import market.atelier.review.ShopReviewService;
import market.atelier.shared.AccessRefused;
import market.atelier.shared.web.Messages;

/** {@code /seller/reviews}: the reviews of the artisan's shop, newest first, each with its one public reply. */
@Named("sellerReviews")
@ViewScoped
public class SellerReviewsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ShopReviewService reviews;

    @Inject
    private CurrentAccount current;

    private transient List<Review> list; // entities: read again on another server
    private final Map<Long, String> replies = new HashMap<>();

    public void load() {
        list = reviews.ownShopReviews(current.id().orElseThrow());
    }

    public void reply(long reviewId) {
        try {
            reviews.reply(current.id().orElseThrow(), reviewId, replies.get(reviewId));
            replies.remove(reviewId);
            Messages.info(null, "sellerReviews.replied");
            load();
        } catch (ReviewException e) {
            Messages.error(null, e.getMessageKey());
        } catch (AccessRefused e) {
            Messages.error(null, "reviews.error.notFound");
        }
    }

    public List<Review> getList() {
        if (list == null) {
            load();
        }
        return list;
    }

    public Map<Long, String> getReplies() {
        return replies;
    }
}
