package market.atelier.catalog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import market.atelier.catalog.CatalogService;
import market.atelier.catalog.CategoryCount;
import market.atelier.catalog.ListingCard;
import market.atelier.shop.Shop;
import market.atelier.verification.VerificationService;
import market.atelier.verification.web.BadgeLookup;

/** The home page: categories, verified makers and the newest pieces, each list read once per request. */
@Named("home")
@RequestScoped
public class HomeBacking {

    static final int NEW_PIECES = 24;
    static final int MAKERS = 6;

    @Inject
    private CatalogService catalog;

    @Inject
    private BadgeLookup badges;

    @Inject
    private VerificationService verification;

    @Inject
    private CategoryCounts categoryCounts;

    private List<ListingCard> newPieces;
    private List<Shop> makers;
    private List<CategoryCount> categories;

    public List<ListingCard> getNewPieces() {
        if (newPieces == null) {
            newPieces = catalog.newest(NEW_PIECES);
            badges.prefetch(newPieces.stream().map(ListingCard::getShopId).toList());
        }
        return newPieces;
    }

    /** A row of verified makers, most recently checked first. */
    public List<Shop> getMakers() {
        if (makers == null) {
            makers = verification.verifiedShops(MAKERS);
            badges.prefetch(makers.stream().map(Shop::getId).toList());
        }
        return makers;
    }

    public List<CategoryCount> getCategories() {
        if (categories == null) {
            categories = categoryCounts.get();
        }
        return categories;
    }
}
