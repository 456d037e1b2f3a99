package market.atelier.catalog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import market.atelier.catalog.CatalogService;
import market.atelier.catalog.CategoryCount;
import market.atelier.catalog.ListingCard;
import market.atelier.verification.web.BadgeLookup;

/** The home page: categories and the newest pieces, each list read once per request. */
@Named("home")
@RequestScoped
public class HomeBacking {

    static final int NEW_PIECES = 24;

    @Inject
    private CatalogService catalog;

    @Inject
    private BadgeLookup badges;

    private List<ListingCard> newPieces;
    private List<CategoryCount> categories;

    public List<ListingCard> getNewPieces() {
        if (newPieces == null) {
            newPieces = catalog.newest(NEW_PIECES);
            badges.prefetch(newPieces.stream().map(ListingCard::getShopId).toList());
        }
        return newPieces;
    }

    public List<CategoryCount> getCategories() {
        if (categories == null) {
            categories = catalog.categoryCounts();
        }
        return categories;
    }
}
