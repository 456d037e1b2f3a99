package market.atelier.order;

/**
 * Fired by {@link CheckoutService} inside the transaction that placed the order (observers that write to the
 * database, such as the order mails, take part in it: no order, no mail).
 */
public record OrderPlaced(long orderId) {
}
