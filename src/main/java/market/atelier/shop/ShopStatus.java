package market.atelier.shop;

/** PENDING until the shop first holds Handmade verified; LIVE after; SUSPENDED while that badge is suspended. */
public enum ShopStatus {
    PENDING, LIVE, SUSPENDED
}
