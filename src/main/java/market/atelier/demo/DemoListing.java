package market.atelier.demo;

import java.util.List;

/**
 * One demo piece as written in {@link DemoCatalog}.
 *
 * @param title          realistic title, max 120 chars
 * @param description    2-4 sentences
 * @param category       one of "rings", "necklaces", "earrings", "bracelets", "brooches"
 * @param priceCents     price in euro cents
 * @param stock          stock quantity (1 for one-of-a-kind)
 * @param oneOfAKind     a unique piece: stock is 1
 * @param madeToOrder    made after the order is placed
 * @param processingDays days to make/ship
 * @param materials      materials with fineness, e.g. "925 silver", "18k gold", "freshwater pearl", "garnet"
 * @param techniques     e.g. "lost-wax casting", "wire wrapping", "granulation", "enamelling"
 * @param makerStatement what makes this piece unique; the small differences the buyer will see
 * @param dimensions     e.g. "Band 3 mm wide, ring size 54" or "Pendant 22 x 14 mm, chain 45 cm"
 * @param weightGrams    weight in grams, tenths allowed
 * @param altText        description of the (generated) photo for screen readers
 */
public record DemoListing(String title, String description, String category, long priceCents, int stock,
        boolean oneOfAKind, boolean madeToOrder, int processingDays, List<String> materials, List<String> techniques,
        String makerStatement, String dimensions, double weightGrams, String altText) {
}
