package market.atelier.order;

/** Fired by {@link OrderService} inside the transaction that marked a shop order shipped (carrier and tracking set). */
public record ShopOrderShipped(long shopOrderId) {
}
