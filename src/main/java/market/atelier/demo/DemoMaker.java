package market.atelier.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import market.atelier.review.ShopReviewService;

/** Demo data only: a maker's public reply to a demo review, through the service, as an artisan would send it. */
@Stateless
@RunAs("ARTISAN")
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoMaker {

    @Inject
    private ShopReviewService reviews;

    public void reply(long ownerId, long reviewId, String text) {
        reviews.reply(ownerId, reviewId, text);
    }
}
