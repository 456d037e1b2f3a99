package market.atelier.catalog;

/** DRAFT until published; SOLD_OUT automatically at stock 0; only ACTIVE listings of live shops are public. */
public enum ListingStatus {
    DRAFT, ACTIVE, SOLD_OUT, ARCHIVED
}
