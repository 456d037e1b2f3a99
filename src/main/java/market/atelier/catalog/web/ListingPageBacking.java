package market.atelier.catalog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import market.atelier.catalog.CatalogService;
import market.atelier.catalog.Listing;
import market.atelier.catalog.ListingCard;
import market.atelier.catalog.ListingService;
import market.atelier.catalog.ListingStatus;
import market.atelier.account.web.CurrentAccount;
import market.atelier.shared.AccessRefused;
import java.util.Optional;
import market.atelier.verification.web.BadgeLookup;
import market.atelier.shared.web.PrettyUrlFilter;
import org.omnifaces.util.Faces;

/** The public listing page {@code /listings/<id>[/<slug>]}: 404 unless the piece is public. */
@Named("listingPage")
@RequestScoped
public class ListingPageBacking {

    static final int MORE = 4;

    @Inject
    private CatalogService catalog;

    @Inject
    private BadgeLookup badges;

    @Inject
    private HttpServletRequest request;

    @Inject
    private ListingService listings;

    @Inject
    private CurrentAccount current;

    private Listing listing;
    private boolean preview;
    private List<ListingCard> more;

    public void load() throws IOException {
        String id = PrettyUrlFilter.pathParameter(request);
        listing = parseId(id) == null ? null : catalog.publicListing(parseId(id)).orElse(null);
        if (listing == null && parseId(id) != null) {
            listing = ownPreview(parseId(id));
            preview = listing != null;
        }
        if (listing == null && parseId(id) != null && current.id().isPresent()) {
            // A made-to-order piece: only its shopper and its maker ever see it.
            listing = catalog.reservedListing(parseId(id), current.id().get()).orElse(null);
        }
        if (listing == null) {
            Faces.responseSendError(404, "No such piece");
        }
    }

    /** The artisan's own piece in a shop that is not live yet (pending verification): shown only to them. */
    private Listing ownPreview(long listingId) {
        return current.get().flatMap(account -> {
            try {
                Listing own = listings.own(account.getId(), listingId);
                return own.getShop().isLive() || own.getStatus() == ListingStatus.ARCHIVED
                        ? Optional.<Listing>empty() : Optional.of(own);
            } catch (AccessRefused e) {
                return Optional.empty();
            }
        }).orElse(null);
    }

    public boolean isPreview() {
        return preview;
    }

    /** The signed-in person's own piece: they cannot buy it, so the page offers no cart button but says why. */
    public boolean isOwn() {
        return listing != null && current.id().map(listing.getShop().getOwner().getId()::equals).orElse(false);
    }

    static Long parseId(String text) {
        if (text == null || text.length() > 18 || !text.chars().allMatch(Character::isDigit) || text.isEmpty()) {
            return null;
        }
        return Long.valueOf(text);
    }

    public Listing getListing() {
        return listing;
    }

    public List<ListingCard> getMore() {
        if (more == null) {
            more = catalog.moreFromShop(listing.getShop().getId(), listing.getId(), MORE);
            badges.prefetch(List.of(listing.getShop().getId()));
        }
        return more;
    }
}
