package market.atelier.order;

/** A shop order's life: NEW (paid, to be made or packed), SHIPPED, DELIVERED, or CANCELLED before shipping. */
public enum ShopOrderStatus {
    NEW, SHIPPED, DELIVERED, CANCELLED
}
