package market.atelier.catalog.search;

/**
 * Fired (CDI event) by services when something a search result depends on changed: one listing, or every listing
 * of a shop (its status, name, country or badges). Observed after the transaction commits.
 */
public record CatalogChanged(Long listingId, Long shopId) {

    public static CatalogChanged listing(long listingId) {
        return new CatalogChanged(listingId, null);
    }

    public static CatalogChanged shop(long shopId) {
        return new CatalogChanged(null, shopId);
    }

    /** Only what pages show changed (a review, a shop's figures), nothing that is searched: kept pages are dropped. */
    public static CatalogChanged pages() {
        return new CatalogChanged(null, null);
    }
}
