package market.atelier.catalog.search;

/**
 * Fired (CDI event) by services when something a search result depends on changed: one listing, or every listing
 * of a shop (its status, name, country or badges). Observed after the transaction commits; {@link ChangeOutbox}
 * also writes it to the change feed inside the transaction, for the other servers.
 *
 * @param fromFeed fired by {@link FeedFollower} for changes made on another server (read from the feed, already in
 *                 the index): only kept pages and caches are to be dropped, nothing is written to the feed again
 */
public record CatalogChanged(Long listingId, Long shopId, boolean fromFeed) {

    public CatalogChanged(Long listingId, Long shopId) {
        this(listingId, shopId, false);
    }

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

    /** Changes made elsewhere were read from the feed (and indexed): kept pages and cached figures are stale. */
    static CatalogChanged readFromFeed() {
        return new CatalogChanged(null, null, true);
    }
}
