package market.atelier.order;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import market.atelier.catalog.Listing;
import market.atelier.catalog.search.CatalogChanged;
import market.atelier.notification.NotificationService;
import market.atelier.quality.ShopActivity;
import market.atelier.shared.Money;
import market.atelier.shop.Shop;

/**
 * Turns a shopper's cart into one order with a shop order per shop, in one transaction, all or nothing:
 * <ol>
 * <li>the stock of every line is taken by a conditional {@code UPDATE … WHERE stock >= quantity} (and the database
 * refuses stock below zero), so a one-of-a-kind piece is sold once whatever the race; a line that cannot be had
 * stops everything and names the piece;</li>
 * <li>then the card is charged with the checkout's idempotency key; a decline rolls everything back;</li>
 * <li>then payment, order, shop orders, lines and ledger entries are written; the payment and the order carry the
 * key under a unique constraint, so the same key can never make two.</li>
 * </ol>
 * Should the transaction still fail after the charge, the charge is refunded. {@link Checkout} turns a repeated key
 * into the order it already made.
 */
@Stateless
@RolesAllowed("SHOPPER")
public class CheckoutService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PaymentGateway gateway;

    @Inject
    private CartService carts;

    @Inject
    private LedgerService ledger;

    @Inject
    private NotificationService notifications;

    @Inject
    private Event<CatalogChanged> changed;

    @Inject
    private Event<ShopActivity> activity;

    @Inject
    private Event<OrderPlaced> placed;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    /** The order this key made, if any (only the key's own shopper's). */
    public Optional<CustomerOrder> byKey(long accountId, String idempotencyKey) {
        return em.createQuery("SELECT o FROM CustomerOrder o WHERE o.idempotencyKey = :key AND o.accountId = :account",
                        CustomerOrder.class)
                .setParameter("key", idempotencyKey)
                .setParameter("account", accountId)
                .getResultStream().findFirst();
    }

    /**
     * Places the order for the lines the shopper reviewed, at the prices and the total they reviewed. A reviewed line
     * that is no longer available stops the checkout and names the piece: nothing is bought silently without it. A
     * piece from the shopper's own shop is never bought. Cart lines not reviewed (marked unavailable on the review
     * page) stay in the cart. When a price or a shop's shipping changed since the review, nothing is charged and the
     * refusal carries the new total; paying again with the new review charges it.
     */
    public CustomerOrder place(long accountId, String idempotencyKey, Address address, Card card, Reviewed reviewed) {
        if (idempotencyKey == null || !idempotencyKey.matches("[A-Za-z0-9_-]{16,64}")) {
            throw new OrderException("checkout.error.key");
        }
        Optional<CustomerOrder> done = byKey(accountId, idempotencyKey);
        if (done.isPresent()) {
            return done.get();
        }
        Instant now = Instant.now();
        Map<Shop, List<Object[]>> byShop = new LinkedHashMap<>();
        int found = 0;
        for (Object[] row : carts.lines(accountId, null)) {
            CartLine line = (CartLine) row[0];
            Listing listing = (Listing) row[1];
            Reviewed.Line seen = reviewed.lines().get(listing.getId());
            if (seen == null) {
                continue;
            }
            found++;
            if (seen.quantity() != line.getQuantity()) {
                throw new OrderException("checkout.error.changed", listing.getTitle());
            }
            String problem = CartService.problemOf(row, accountId);
            if (problem != null) {
                throw new OrderException("cart.problem.own".equals(problem) ? "checkout.error.own"
                        : "checkout.error.gone", listing.getTitle());
            }
            byShop.computeIfAbsent((Shop) row[2], s -> new ArrayList<>()).add(row);
        }
        if (found != reviewed.lines().size()) {
            throw new OrderException("checkout.error.changed", "");
        }
        if (byShop.isEmpty()) {
            throw new OrderException("checkout.error.empty");
        }

        // 1. Take the stock of every line, or nothing. The rows stay locked until the end: prices read after this
        // are the prices of the sale.
        for (List<Object[]> rows : byShop.values()) {
            for (Object[] row : rows) {
                takeStock(accountId, (CartLine) row[0], (Listing) row[1], now);
            }
        }
        Map<Long, Money> prices = pricesNow(byShop);

        // 2. The order as it will be: at the reviewed prices and total, or refused with the new total.
        int commissionBp = ledger.commission();
        List<ShopOrder> shopOrders = new ArrayList<>();
        Money total = Money.euros(0);
        String repriced = null;
        for (Map.Entry<Shop, List<Object[]>> entry : byShop.entrySet()) {
            List<Object[]> rows = entry.getValue();
            Money subtotal = rows.stream()
                    .map(row -> prices.get(((Listing) row[1]).getId()).times(((CartLine) row[0]).getQuantity()))
                    .reduce(Money.euros(0), Money::plus);
            ShopOrder shopOrder = new ShopOrder(null, entry.getKey(), Shipping.cost(entry.getKey(),
                    address.getCountry(), subtotal), commissionBp, Promise.processingDays(rows.stream()
                    .mapToInt(row -> ((Listing) row[1]).getProcessingDays())), now);
            for (Object[] row : rows) {
                Listing listing = (Listing) row[1];
                Money price = prices.get(listing.getId());
                if (repriced == null && !price.equals(reviewed.lines().get(listing.getId()).unitPrice())) {
                    repriced = listing.getTitle();
                }
                shopOrder.addLine(listing.getId(), listing.getTitle(), price, ((CartLine) row[0]).getQuantity());
            }
            shopOrders.add(shopOrder);
            total = total.plus(shopOrder.getTotal());
        }
        if (repriced != null) {
            throw new OrderException("checkout.error.price", repriced, total);
        }
        if (!total.equals(reviewed.total())) {
            throw new OrderException("checkout.error.total", total);
        }
        PaymentGateway.Charge charge;
        try {
            charge = gateway.charge(idempotencyKey, total, card);
        } catch (PaymentGateway.PaymentDeclined e) {
            throw new OrderException("checkout.error.card." + e.getReason());
        }
        Money charged = total;
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    gateway.refund(charge.reference(), charged);
                }
            }
        });

        // 3. Write it all down.
        Payment payment = new Payment(idempotencyKey, accountId, total, charge, now);
        em.persist(payment);
        CustomerOrder order = new CustomerOrder(accountId, idempotencyKey, payment, address, total, now);
        em.persist(order);
        for (ShopOrder shopOrder : shopOrders) {
            shopOrder.attach(order);
            order.getShopOrders().add(shopOrder);
            em.persist(shopOrder);
        }
        em.flush();
        for (ShopOrder shopOrder : shopOrders) {
            long shopId = shopOrder.getShop().getId();
            em.persist(new LedgerEntry(shopId, shopOrder.getId(), null, LedgerKind.SALE, shopOrder.getTotal(), now));
            em.persist(new LedgerEntry(shopId, shopOrder.getId(), null, LedgerKind.COMMISSION,
                    Money.zero(shopOrder.getCommission().currency()).minus(shopOrder.getCommission()), now));
            notifications.notify(shopOrder.getShop().getOwner().getId(), "orders.notify.new",
                    "/seller/orders", shopOrder.getNumber());
            activity.fire(new ShopActivity(shopId));
        }
        for (List<Object[]> rows : byShop.values()) {
            rows.forEach(row -> em.remove(row[0]));
        }
        notifications.notify(accountId, "orders.notify.placed", "/account/orders", order.getId().toString());
        placed.fire(new OrderPlaced(order.getId()));
        return order;
    }

    /** Takes a line's stock by a conditional update (which locks the row), or refuses naming the piece. */
    private void takeStock(long accountId, CartLine line, Listing listing, Instant now) {
        int taken = em.createNativeQuery("UPDATE listing SET stock = stock - ?1, status = CASE WHEN stock = ?1"
                        + " THEN 'SOLD_OUT' ELSE status END, version = version + 1, updated_at = ?2"
                        + " WHERE id = ?3 AND status = 'ACTIVE' AND stock >= ?1"
                        + " AND (reserved_for IS NULL OR reserved_for = ?4)")
                .setParameter(1, line.getQuantity())
                .setParameter(2, java.sql.Timestamp.from(now))
                .setParameter(3, listing.getId())
                .setParameter(4, accountId)
                .executeUpdate();
        if (taken == 0) {
            throw new OrderException("checkout.error.gone", listing.getTitle());
        }
        changed.fire(CatalogChanged.listing(listing.getId()));
    }

    /** The prices of these pieces as the database holds them now (their rows are locked by the stock update). */
    private Map<Long, Money> pricesNow(Map<Shop, List<Object[]>> byShop) {
        List<Long> ids = byShop.values().stream().flatMap(List::stream).map(row -> ((Listing) row[1]).getId())
                .toList();
        Map<Long, Money> prices = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT l.id, l.priceMinor, l.priceCurrency FROM Listing l"
                        + " WHERE l.id IN :ids", Object[].class).setParameter("ids", ids).getResultList()) {
            prices.put((Long) row[0], Money.of((Long) row[1], (String) row[2]));
        }
        return prices;
    }
}
