package market.atelier.shop.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import market.atelier.catalog.CatalogService;
import market.atelier.catalog.ListingCard;
import market.atelier.shop.Shop;
import market.atelier.shop.ShopService;
import market.atelier.shared.web.PrettyUrlFilter;
import org.omnifaces.util.Faces;

/** The public artisan page {@code /shops/<slug>}: 404 unless the shop is live. */
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

    private Shop shop;
    private List<ListingCard> pieces;

    public void load() throws IOException {
        String slug = PrettyUrlFilter.pathParameter(request);
        shop = shops.publicShop(slug).orElse(null);
        if (shop == null) {
            Faces.responseSendError(404, "No such shop");
        }
    }

    public Shop getShop() {
        return shop;
    }

    public List<ListingCard> getPieces() {
        if (pieces == null) {
            pieces = catalog.shopListings(shop.getId(), PIECES);
        }
        return pieces;
    }
}
