package market.atelier.quality;

/**
 * Fired (CDI event) inside the transaction that changed something a shop's figures count: an order placed,
 * shipped, delivered, cancelled or refunded, a review posted or hidden. The figures are recomputed after it commits.
 */
public record ShopActivity(long shopId) {
}
