package market.atelier.shop;

/**
 * PENDING until the shop first holds Handmade verified; LIVE after; SUSPENDED while that badge is suspended; CLOSED
 * for good once its owner deleted their account (nothing of it is public or for sale again).
 */
public enum ShopStatus {
    PENDING, LIVE, SUSPENDED, CLOSED
}
