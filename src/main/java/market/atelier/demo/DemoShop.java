package market.atelier.demo;

import java.util.List;

/**
 * One demo artisan shop as written in {@link DemoCatalog}; the seeder turns it into entities.
 *
 * @param name          shop name, unique across the catalog
 * @param tagline       one line under the name (max 140 chars)
 * @param story         the maker's story, 2-4 short paragraphs separated by blank lines
 * @param city          studio city
 * @param countryCode   ISO 3166-1 alpha-2 (e.g. "DE", "PT")
 * @param makerName     the artisan's display name (a person)
 * @param ownerEmail    login of the owner; null means a generated address
 * @param makers        honest "who makes the pieces" disclosure, e.g. "Solo maker" or "Anna with one apprentice, Ben"
 * @param techniques    techniques the shop works with
 * @param materials     materials the shop works with
 * @param processingDays typical processing time in days
 * @param returnsPolicy  returns policy text
 * @param shippingPolicy shipping policy text
 * @param customOrders   custom-order policy text, or null if the shop takes none
 * @param verified      true if the demo shop starts handmade-verified
 * @param listings      the shop's pieces
 */
public record DemoShop(String name, String tagline, String story, String city, String countryCode,
        String makerName, String ownerEmail, String makers, List<String> techniques, List<String> materials,
        int processingDays, String returnsPolicy, String shippingPolicy, String customOrders, boolean verified,
        List<DemoListing> listings) {
}
