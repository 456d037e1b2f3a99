package market.atelier.order;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import market.atelier.catalog.search.CatalogChanged;
import market.atelier.notification.NotificationService;
import market.atelier.quality.ShopActivity;
import market.atelier.shared.AccessRefused;
import market.atelier.shared.Money;

/**
 * After the sale. Artisans see and change only their own shop's orders; shoppers only their own orders. Every
 * method finds the order through the caller's account (an id from the request that is not theirs is "not found").
 */
@Stateless
@RolesAllowed("SHOPPER")
public class OrderService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PaymentGateway gateway;

    @Inject
    private NotificationService notifications;

    @Inject
    private Event<CatalogChanged> changed;

    @Inject
    private Event<ShopActivity> activity;

    @Inject
    private Event<ShopOrderShipped> shipped;

    // ---- artisan -------------------------------------------------------------------------------------------

    /** The artisan's shop orders, newest first, optionally of one status (lines and order fetched). */
    public List<ShopOrder> shopOrders(long accountId, ShopOrderStatus status) {
        jakarta.persistence.TypedQuery<ShopOrder> query = em.createQuery("SELECT DISTINCT so FROM ShopOrder so"
                        + " JOIN FETCH so.order JOIN FETCH so.lines WHERE so.shop.owner.id = :account"
                        + (status == null ? "" : " AND so.status = :status") + " ORDER BY so.createdAt DESC",
                ShopOrder.class).setParameter("account", accountId)
                // The timelines of all cards in one more query, not one per card.
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "so.events");
        return (status == null ? query : query.setParameter("status", status)).getResultList();
    }

    public ShopOrder ship(long accountId, long shopOrderId, String carrier, String trackingNumber) {
        if (blank(carrier) || blank(trackingNumber) || carrier.length() > 60 || trackingNumber.length() > 60) {
            throw new OrderException("orders.error.tracking");
        }
        ShopOrder order = ownShopOrder(accountId, shopOrderId);
        order.ship(carrier.strip(), trackingNumber.strip(), Instant.now());
        moved(order);
        notifications.notify(order.getOrder().getAccountId(), "orders.notify.shipped", "/account/orders",
                order.getShop().getName(), carrier.strip(), trackingNumber.strip());
        shipped.fire(new ShopOrderShipped(order.getId()));
        return order;
    }

    public ShopOrder deliver(long accountId, long shopOrderId) {
        ShopOrder order = ownShopOrder(accountId, shopOrderId);
        order.deliver(Instant.now());
        moved(order);
        notifications.notify(order.getOrder().getAccountId(), "orders.notify.delivered", "/account/orders",
                order.getShop().getName());
        return order;
    }

    /** Cancels a shop order that has not shipped, refunding all of it or part ({@code refund}), with a reason. */
    public ShopOrder cancel(long accountId, long shopOrderId, Money refund, String reason) {
        if (blank(reason) || reason.length() > 500) {
            throw new OrderException("orders.error.reason");
        }
        ShopOrder order = ownShopOrder(accountId, shopOrderId);
        Instant now = Instant.now();
        order.cancel(reason.strip(), now);
        restock(order);
        if (refund != null && refund.minorUnits() > 0) {
            refund(order, refund, null, reason.strip(), now);
        }
        moved(order);
        notifications.notify(order.getOrder().getAccountId(), "orders.notify.cancelled", "/account/orders",
                order.getShop().getName(), reason.strip());
        return order;
    }

    /**
     * Refunds part or all of a shop order (any status), with a reason and its category; {@code NOT_AS_DESCRIBED}
     * counts in the shop's public return rate.
     */
    public ShopOrder refund(long accountId, long shopOrderId, Money amount, RefundReason category, String reason) {
        if (blank(reason) || reason.length() > 500) {
            throw new OrderException("orders.error.reason");
        }
        if (category == null) {
            throw new OrderException("orders.error.refundCategory");
        }
        ShopOrder order = ownShopOrder(accountId, shopOrderId);
        refund(order, amount, category, reason.strip(), Instant.now());
        moved(order);
        notifications.notify(order.getOrder().getAccountId(), "orders.notify.refunded", "/account/orders",
                order.getShop().getName(), amount.amount().toPlainString());
        return order;
    }

    // ---- shopper -------------------------------------------------------------------------------------------

    /** The shopper's orders, newest first, with their shop orders. */
    public List<CustomerOrder> orders(long accountId) {
        // Shop orders joined; their lines, timelines and shops read in one query each for all orders (not per order).
        return em.createQuery("SELECT DISTINCT o FROM CustomerOrder o LEFT JOIN FETCH o.shopOrders"
                        + " WHERE o.accountId = :account ORDER BY o.createdAt DESC", CustomerOrder.class)
                .setParameter("account", accountId)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "o.shopOrders.lines")
                .setHint("eclipselink.batch", "o.shopOrders.events")
                .setHint("eclipselink.batch", "o.shopOrders.shop")
                .getResultList();
    }

    public CustomerOrder order(long accountId, long orderId) {
        CustomerOrder order = em.find(CustomerOrder.class, orderId);
        if (order == null || order.getAccountId() != accountId) {
            throw new AccessRefused("order " + orderId);
        }
        order.getShopOrders().forEach(so -> {
            so.getLines().size();
            so.getEvents().size();
        });
        return order;
    }

    /** The shopper cancels a shop order that has not shipped yet: everything is refunded. */
    public ShopOrder cancelByShopper(long accountId, long shopOrderId) {
        ShopOrder order = em.find(ShopOrder.class, shopOrderId, LockModeType.PESSIMISTIC_WRITE);
        if (order == null || order.getOrder().getAccountId() != accountId) {
            throw new AccessRefused("shop order " + shopOrderId);
        }
        Instant now = Instant.now();
        order.cancelByShopper(now);
        restock(order);
        refund(order, order.getRefundable(), null, null, now);
        moved(order);
        notifications.notify(order.getShop().getOwner().getId(), "orders.notify.shopperCancelled", "/seller/orders",
                order.getNumber());
        return order;
    }

    // --------------------------------------------------------------------------------------------------------

    private ShopOrder ownShopOrder(long accountId, long shopOrderId) {
        ShopOrder order = em.find(ShopOrder.class, shopOrderId, LockModeType.PESSIMISTIC_WRITE);
        if (order == null || order.getShop().getOwner().getId() != accountId) {
            throw new AccessRefused("shop order " + shopOrderId);
        }
        return order;
    }

    /** The shop's public figures count this order: recomputed once this transaction commits. */
    private void moved(ShopOrder order) {
        activity.fire(new ShopActivity(order.getShop().getId()));
    }

    private void refund(ShopOrder order, Money amount, RefundReason category, String reason, Instant now) {
        Money commissionBack = order.refund(amount, category, reason, now);
        long shopId = order.getShop().getId();
        em.persist(new LedgerEntry(shopId, order.getId(), null, LedgerKind.REFUND,
                Money.zero(amount.currency()).minus(amount), now));
        if (commissionBack.minorUnits() != 0) {
            em.persist(new LedgerEntry(shopId, order.getId(), null, LedgerKind.COMMISSION_REVERSAL, commissionBack,
                    now));
        }
        gateway.refund(order.getOrder().getPayment().getProviderRef(), amount);
    }

    /** A cancelled shop order's pieces are for sale again. */
    private void restock(ShopOrder order) {
        for (OrderLine line : order.getLines()) {
            em.createNativeQuery("UPDATE listing SET stock = stock + ?1, status = 'ACTIVE', version = version + 1"
                            + " WHERE id = ?2 AND status IN ('ACTIVE', 'SOLD_OUT')")
                    .setParameter(1, line.getQuantity())
                    .setParameter(2, line.getListingId())
                    .executeUpdate();
            changed.fire(CatalogChanged.listing(line.getListingId()));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
