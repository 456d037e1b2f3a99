package market.atelier.catalog.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import market.atelier.account.web.CurrentAccount;
import market.atelier.catalog.ListingRow;
import market.atelier.catalog.ListingService;
import market.atelier.shared.AccessRefused;
import market.atelier.shared.web.Messages;
import org.omnifaces.util.Faces;

/** {@code /seller/listings}: the artisan's own pieces with their state, and the quick actions. */
@Named("sellerListings")
@ViewScoped
public class SellerListingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ListingService listings;

    @Inject
    private CurrentAccount current;

    private List<ListingRow> rows;

    public List<ListingRow> getRows() {
        if (rows == null) {
            rows = listings.ownListings(accountId());
        }
        return rows;
    }

    public void archive(long listingId) {
        act(() -> listings.archive(accountId(), listingId), "seller.listings.archived");
    }

    public void publish(long listingId) {
        String[] done = {null};
        act(() -> done[0] = publishedKey(listings.publish(accountId(), listingId)), null);
        if (done[0] != null) {
            Messages.info(null, done[0]);
        }
    }

    /** What publishing said: visible to shoppers now, or once the shop is verified (pending or suspended shop). */
    static String publishedKey(market.atelier.catalog.Listing listing) {
        return listing.getShop().isLive() ? "seller.listings.published" : "seller.listings.published.notLive";
    }

    public void duplicate(long listingId) {
        try {
            long copy = listings.duplicate(accountId(), listingId).getId();
            Messages.flashInfo("seller.listings.duplicated");
            Faces.redirect("seller/listing/edit?id=%s", String.valueOf(copy));
        } catch (AccessRefused e) {
            Messages.error(null, "seller.listings.notYours");
        }
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            if (doneKey != null) {
                Messages.info(null, doneKey);
            }
        } catch (market.atelier.catalog.ListingException e) {
            Messages.error(null, e.getMessageKey());
        } catch (AccessRefused e) {
            Messages.error(null, "seller.listings.notYours");
        }
        rows = null;
    }

    private long accountId() {
        return current.get().orElseThrow().getId();
    }
}
