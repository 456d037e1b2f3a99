package market.atelier.review.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import market.atelier.quality.web.FiguresCache;
import market.atelier.review.Aspect;
import market.atelier.review.ReviewPage;
import market.atelier.review.ShopReviewService;

/**
 * The public reviews on the shop page ({@code ?aspect=craftsmanship&score=5&page=1}, a plain GET form: no session)
 * and on the listing page. Parameters that are not understood are ignored, never an error.
 */
@Named("reviewsView")
@RequestScoped
public class ReviewsView {

    public static final int ON_LISTING = 5;

    @Inject
    private ShopReviewService reviews;

    @Inject
    private FiguresCache quality;

    private Aspect aspect;
    private Integer score;
    private int page;
    private ReviewPage shopPage;
    private ReviewPage listingPage;

    private void readParameters() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        aspect = Aspect.fromParam(params.get("aspect"));
        score = number(params.get("score"), 1, 5);
        Integer requested = number(params.get("page"), 1, 1000);
        page = requested == null ? 0 : requested - 1;
    }

    private static Integer number(String value, int min, int max) {
        if (value == null || !value.matches("\\d{1,4}")) {
            return null;
        }
        int n = Integer.parseInt(value);
        return n < min || n > max ? null : n;
    }

    public ReviewPage forShop(long shopId) {
        if (shopPage == null) {
            readParameters();
            shopPage = quality.of(shopId).allTime().getReviewCount() == 0
                    ? new ReviewPage(List.of(), 0, 0, ShopReviewService.PAGE_SIZE)
                    : reviews.shopReviews(shopId, aspect, score, page);
        }
        return shopPage;
    }

    /** A piece's newest reviews, filtered like the shop's; none without a query when its shop has none at all. */
    public ReviewPage forListing(long listingId, long shopId) {
        if (listingPage == null) {
            readParameters();
            listingPage = quality.of(shopId).allTime().getReviewCount() == 0
                    ? new ReviewPage(List.of(), 0, 0, ON_LISTING)
                    : reviews.listingReviews(listingId, aspect, score, ON_LISTING);
        }
        return listingPage;
    }

    public List<Aspect> getAspects() {
        return List.of(Aspect.values());
    }

    public String getAspect() {
        return aspect == null ? "" : aspect.getParam();
    }

    public String getScore() {
        return score == null ? "" : score.toString();
    }

    public boolean isFiltered() {
        return aspect != null && score != null;
    }

    /** The page number (1-based) of the next page. */
    public int getNextPage() {
        return page + 2;
    }

    public int getPreviousPage() {
        return page;
    }
}
