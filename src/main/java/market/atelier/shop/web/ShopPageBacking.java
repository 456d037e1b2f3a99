package market.atelier.shop.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import market.atelier.account.web.CurrentAccount;
import market.atelier.catalog.CatalogService;
import market.atelier.catalog.ListingCard;
import market.atelier.shop.Shop;
import market.atelier.shop.ShopService;
import market.atelier.shared.web.PrettyUrlFilter;
import org.omnifaces.util.Faces;

/**
 * The public artisan page {@code /shops/<slug>}: 404 unless the shop is live, except for its owner, who previews a
 * shop that is not public yet (with a banner saying so).
 */
@Named("shopPage")
@RequestScoped
public class ShopPageBacking {

    static final int PIECES = 60;

    @Inject
    private ShopService shops;

    @Inject
    private CatalogService catalog;

    @Inject
    private HttpServletRequest request;

    @Inject
    private CurrentAccount current;

    private Shop shop;
    private boolean preview;
    private List<ListingCard> pieces;

    public void load() throws IOException {
        String slug = PrettyUrlFilter.pathParameter(request);
        shop = shops.publicShop(slug).orElse(null);
        if (shop == null && current.id().isPresent()) {
            shop = shops.ownPreview(current.id().get(), slug).orElse(null);
            preview = shop != null;
        }
        if (shop == null) {
            Faces.responseSendError(404, "No such shop");
        }
    }

    public Shop getShop() {
        return shop;
    }

    public boolean isPreview() {
        return preview;
    }

    public List<ListingCard> getPieces() {
        if (pieces == null) {
            pieces = preview ? catalog.previewListings(current.id().orElseThrow(), shop.getId(), PIECES)
                    : catalog.shopListings(shop.getId(), PIECES);
        }
        return pieces;
    }
}
