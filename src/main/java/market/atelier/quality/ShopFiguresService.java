package market.atelier.quality;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import market.atelier.order.Promise;
import market.atelier.order.ShopOrder;
import market.atelier.order.ShopOrderStatus;
import market.atelier.shop.Shop;

/**
 * Computes and reads shops' figures. {@link #recompute} reads one shop's orders, reviews and conversations and
 * writes its two rows of {@code shop_figures}; pages only ever read those rows ({@link #quality}: one query for
 * any number of shops).
 */
@Stateless
@PermitAll
public class ShopFiguresService {

    /** A shopper's message waiting longer than this counts in the median as it stands (it is late already). */
    public static final Duration PENDING = Duration.ofHours(24);

    /** The refund reason that counts in the public not-as-described rate. */
    public static final String NOT_AS_DESCRIBED = "NOT_AS_DESCRIBED";

    @PersistenceContext
    private EntityManager em;

    /** Both periods' figures of these shops (zero figures for a shop never computed), in one query. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<Long, ShopQuality> quality(Collection<Long> shopIds) {
        Map<Long, ShopQuality> found = new HashMap<>();
        if (shopIds.isEmpty()) {
            return found;
        }
        Map<Long, ShopFigures[]> rows = new HashMap<>();
        em.createQuery("SELECT f FROM ShopFigures f WHERE f.shopId IN :shops", ShopFigures.class)
                .setParameter("shops", shopIds)
                .getResultList()
                .forEach(f -> rows.computeIfAbsent(f.getShopId(), id -> new ShopFigures[2])[f.getPeriod().ordinal()] = f);
        for (Long id : shopIds) {
            ShopFigures[] pair = rows.getOrDefault(id, new ShopFigures[2]);
            found.put(id, new ShopQuality(pair[0] == null ? ShopFigures.none(id, Period.D90) : pair[0],
                    pair[1] == null ? ShopFigures.none(id, Period.ALL) : pair[1]));
        }
        return found;
    }

    public ShopQuality quality(long shopId) {
        return quality(List.of(shopId)).get(shopId);
    }

    /** Recomputes both periods of one shop's figures as of now. */
    public ShopQuality recompute(long shopId) {
        return recompute(shopId, Instant.now());
    }

    /** Recomputes both periods of one shop's figures as of {@code now}; concurrent runs for a shop take turns. */
    public ShopQuality recompute(long shopId, Instant now) {
        Shop shop = em.find(Shop.class, shopId, LockModeType.PESSIMISTIC_WRITE);
        if (shop == null) {
            return ShopQuality.none(shopId);
        }
        List<Object[]> orders = em.createQuery("SELECT so.createdAt, so.shippedAt, so.processingDays, so.status,"
                        + " so.cancelledByShopper, so.refundReason FROM ShopOrder so WHERE so.shop.id = :shop",
                Object[].class).setParameter("shop", shopId).getResultList();
        List<Object[]> reviews = em.createQuery("SELECT r.createdAt, r.craftsmanship, r.asDescribed,"
                        + " r.communication, r.packaging FROM Review r WHERE r.shopId = :shop AND r.hidden = FALSE",
                Object[].class).setParameter("shop", shopId).getResultList();
        List<Instant[]> conversations = conversations(shopId);
        ShopFigures[] result = new ShopFigures[2];
        for (Period period : Period.values()) {
            ShopFigures figures = em.find(ShopFigures.class, new ShopFigures.Key(shopId, period));
            if (figures == null) {
                figures = ShopFigures.none(shopId, period);
                em.persist(figures);
            }
            compute(figures, period.since(now), now, orders, reviews, conversations);
            result[period.ordinal()] = figures;
        }
        return new ShopQuality(result[0], result[1]);
    }

    private static void compute(ShopFigures figures, Instant since, Instant now, List<Object[]> orders,
            List<Object[]> reviews, List<Instant[]> conversations) {
        int orderCount = 0;
        int sales = 0;
        int due = 0;
        int onTime = 0;
        int cancelled = 0;
        int notAsDescribed = 0;
        for (Object[] o : orders) {
            Instant created = (Instant) o[0];
            if (since != null && created.isBefore(since)) {
                continue;
            }
            orderCount++;
            if (o[3] == ShopOrderStatus.CANCELLED) {
                if (!Boolean.TRUE.equals(o[4])) {
                    cancelled++;
                }
                continue;
            }
            sales++;
            if (NOT_AS_DESCRIBED.equals(o[5])) {
                notAsDescribed++;
            }
            Instant shipped = (Instant) o[1];
            Instant shipBy = Promise.shipBy(created, (Integer) o[2]);
            if (shipped != null || now.isAfter(shipBy)) {
                due++;
                if (shipped != null && !shipped.isAfter(shipBy)) {
                    onTime++;
                }
            }
        }
        int reviewCount = 0;
        long[] sums = new long[4];
        for (Object[] r : reviews) {
            if (since != null && ((Instant) r[0]).isBefore(since)) {
                continue;
            }
            reviewCount++;
            for (int i = 0; i < 4; i++) {
                sums[i] += ((Number) r[i + 1]).intValue();
            }
        }
        BigDecimal[] averages = new BigDecimal[4];
        for (int i = 0; i < 4 && reviewCount > 0; i++) {
            averages[i] = BigDecimal.valueOf(sums[i]).divide(BigDecimal.valueOf(reviewCount), 2, RoundingMode.HALF_UP);
        }
        List<Long> waits = new ArrayList<>();
        for (Instant[] c : conversations) {
            if (since != null && c[0].isBefore(since)) {
                continue;
            }
            if (c[1] != null) {
                waits.add(Duration.between(c[0], c[1]).toMinutes());
            } else if (Duration.between(c[0], now).compareTo(PENDING) > 0) {
                waits.add(Duration.between(c[0], now).toMinutes());
            }
        }
        figures.set(now, reviewCount, averages, orderCount, sales, due, onTime, cancelled, notAsDescribed,
                waits.size(), median(waits));
    }

    /** The median of the waits in whole minutes (the lower middle of an even count), or null if there are none. */
    static Integer median(List<Long> waits) {
        if (waits.isEmpty()) {
            return null;
        }
        List<Long> sorted = waits.stream().sorted().toList();
        return Math.toIntExact(sorted.get((sorted.size() - 1) / 2));
    }

    /** Shopper-started conversations of the shop: when they started and when the shop first answered (or null). */
    private List<Instant[]> conversations(long shopId) {
        return em.createQuery("SELECT c.createdAt, c.firstReplyAt FROM Conversation c WHERE c.shop.id = :shop"
                        + " AND c.startedByShop = FALSE", Object[].class)
                .setParameter("shop", shopId)
                .getResultStream()
                .map(row -> new Instant[] {(Instant) row[0], (Instant) row[1]})
                .toList();
    }

    /** Every shop that has anything to count: for the daily run. */
    public List<Long> shopsWithActivity() {
        return em.createQuery("SELECT s.id FROM Shop s WHERE EXISTS (SELECT so.id FROM ShopOrder so WHERE so.shop = s)"
                + " OR EXISTS (SELECT f.shopId FROM ShopFigures f WHERE f.shopId = s.id) ORDER BY s.id", Long.class)
                .getResultList();
    }
}
