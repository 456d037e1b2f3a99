package market.atelier.catalog.search;

import java.time.Instant;
import java.util.List;

/** What the index holds of one public listing, read from the database in batches. */
public record IndexedListing(long id, String title, String description, String category, long priceMinor,
        Instant createdAt, boolean oneOfAKind, boolean madeToOrder, long shopId, String shopName, String country,
        boolean verified, List<String> materials, List<String> techniques) {
}
