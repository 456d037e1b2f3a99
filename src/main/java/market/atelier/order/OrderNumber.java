package market.atelier.order;

import jakarta.persistence.EntityManager;

/**
 * The number a shopper and a maker both quote for one shop's part of an order: the shopper's order number and the
 * shop's place in it, "1042-2". The shopper's orders page, the maker's orders page, notifications and message
 * threads all show it, built here only.
 */
public final class OrderNumber {

    private OrderNumber() {
    }

    /** "1042-2": order 1042, its second shop (shop orders counted in the order they were made). */
    public static String format(long orderId, long position) {
        return orderId + "-" + position;
    }

    /** The number of this shop order (its order's shop orders must be at hand). */
    static String of(ShopOrder shopOrder) {
        CustomerOrder order = shopOrder.getOrder();
        return format(order.getId(), order.getShopOrders().stream().filter(o -> o.getId() <= shopOrder.getId()).count());
    }

    /** The number of a shop order by its id (one query), or null when there is none. */
    public static String of(EntityManager em, Long shopOrderId) {
        if (shopOrderId == null) {
            return null;
        }
        return em.createQuery("SELECT s.order.id, COUNT(o) FROM ShopOrder s, ShopOrder o WHERE s.id = :id"
                        + " AND o.order = s.order AND o.id <= s.id GROUP BY s.order.id", Object[].class)
                .setParameter("id", shopOrderId)
                .getResultStream().findFirst()
                .map(row -> format(((Number) row[0]).longValue(), ((Number) row[1]).longValue()))
                .orElse(null);
    }
}
