package market.atelier.review.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import market.atelier.account.web.CurrentAccount;
import market.atelier.order.OrderLine;
import market.atelier.review.Aspect;
import market.atelier.review.Review;
import market.atelier.review.ReviewException;
import market.atelier.review.ShopReviewService;
import market.atelier.shared.AccessRefused;
import market.atelier.shared.web.Messages;
import market.atelier.shared.web.PendingPhoto;
import market.atelier.shared.web.Uploads;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.primefaces.event.FileUploadEvent;

/**
 * {@code /account/review?line=N}: the buyer reviews a delivered piece: four aspects, a text, up to three photos.
 * Someone else's line is "not found"; a line that cannot be reviewed (not delivered, done, too late) says why.
 */
@Named("reviewForm")
@ViewScoped
public class ReviewFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ShopReviewService reviews;

    @Inject
    private CurrentAccount current;

    @Inject
    @Param(name = "line")
    private String lineParam;

    private Long lineId;
    private String title;
    private String shopName;
    private String refusal;
    private final Integer[] scores = new Integer[Aspect.values().length];
    private String body;
    private final List<PendingPhoto> photos = new ArrayList<>();

    @PostConstruct
    void load() {
        if (lineParam == null || !lineParam.matches("\\d{1,18}")) {
            return;
        }
        try {
            OrderLine line = reviews.reviewable(accountId(), Long.parseLong(lineParam));
            lineId = line.getId();
            title = line.getTitle();
            shopName = line.getShopOrder().getShop().getName();
        } catch (AccessRefused e) {
            lineId = null;
        } catch (ReviewException e) {
            lineId = Long.parseLong(lineParam);
            refusal = e.getMessageKey();
        }
    }

    public void checkFound() {
        if (lineId == null) {
            Faces.responseSendError(404, "No such order line");
        }
    }

    private long accountId() {
        return current.id().orElseThrow();
    }

    public void uploadPhoto(FileUploadEvent event) {
        if (photos.size() >= Review.MAX_PHOTOS) {
            Messages.error("review:photo", "reviews.error.photos");
            return;
        }
        Uploads.storePhoto(event.getFile(), "review:photo").map(PendingPhoto::new).ifPresent(photos::add);
    }

    public void removePhoto(int index) {
        if (index >= 0 && index < photos.size()) {
            photos.remove(index);
        }
    }

    public String submit() {
        int[] given = new int[scores.length];
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] == null) {
                Messages.error(null, "reviews.error.scores");
                return null;
            }
            given[i] = scores[i];
        }
        try {
            reviews.post(accountId(), lineId, given, body, photos.stream().map(PendingPhoto::stored).toList());
            Messages.flashInfo("reviews.posted", title);
            return "/account/orders?faces-redirect=true";
        } catch (ReviewException e) {
            Messages.error(null, e.getMessageKey());
            return null;
        } catch (AccessRefused e) {
            Messages.error(null, "reviews.error.notDelivered");
            return null;
        }
    }

    public List<Aspect> getAspects() {
        return List.of(Aspect.values());
    }

    public Integer[] getScores() {
        return scores;
    }

    public List<Integer> getScoreOptions() {
        return List.of(5, 4, 3, 2, 1);
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public List<PendingPhoto> getPhotos() {
        return photos;
    }

    public boolean isMorePhotos() {
        return photos.size() < Review.MAX_PHOTOS;
    }

    public String getTitle() {
        return title;
    }

    public String getShopName() {
        return shopName;
    }

    public String getRefusal() {
        return refusal;
    }
}
