package market.atelier.verification;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import market.atelier.shop.Shop;
import market.atelier.shop.ShopStatus;

/** The public side of verification: the rubric, the valid badges of shops, and their dated history. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS) // reads only: no transaction of its own per page
@PermitAll
public class VerificationService {

    @PersistenceContext
    private EntityManager em;

    /** The published rubric: every badge with its criteria, in order. */
    public List<BadgeType> rubric() {
        return em.createQuery("SELECT DISTINCT t FROM BadgeType t LEFT JOIN FETCH t.criteria ORDER BY t.position",
                BadgeType.class).getResultList();
    }

    /** Valid, unexpired badges of the given shops, in one query; shops without any are absent from the map. */
    public Map<Long, List<BadgeView>> validBadges(Collection<Long> shopIds) {
        Map<Long, List<BadgeView>> badges = new HashMap<>();
        if (shopIds.isEmpty()) {
            return badges;
        }
        em.createQuery("SELECT b.shop.id, t.code, t.nameEn, t.nameDe, b.grantedAt, b.expiresAt, t.computed FROM Badge b"
                        + " JOIN b.type t WHERE b.shop.id IN :shops AND b.state = :valid AND b.expiresAt > :now"
                        + " ORDER BY t.position", Object[].class)
                .setParameter("shops", shopIds)
                .setParameter("valid", BadgeState.VALID)
                .setParameter("now", Instant.now())
                .getResultList()
                .forEach(row -> badges.computeIfAbsent((Long) row[0], id -> new java.util.ArrayList<>())
                        .add(new BadgeView((String) row[1], (String) row[2], (String) row[3], (Instant) row[4],
                                (Instant) row[5], (Boolean) row[6])));
        return badges;
    }

    /** Live shops holding a valid Handmade badge, most recently checked first, with their owners (one query). */
    public List<Shop> verifiedShops(int limit) {
        return em.createQuery("SELECT s FROM Shop s JOIN FETCH s.owner, Badge b WHERE b.shop = s"
                        + " AND b.type.code = :handmade AND b.state = :valid AND b.expiresAt > :now AND s.status = :live"
                        + " ORDER BY b.grantedAt DESC, s.id", Shop.class)
                .setParameter("handmade", BadgeType.HANDMADE)
                .setParameter("valid", BadgeState.VALID)
                .setParameter("now", Instant.now())
                .setParameter("live", ShopStatus.LIVE)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * When each of these shops first received each badge it holds now (the first GRANTED event), by shop id and
     * badge code, in one query: "verified since" on the compare page.
     */
    public Map<Long, Map<String, Instant>> firstGranted(Collection<Long> shopIds) {
        Map<Long, Map<String, Instant>> since = new HashMap<>();
        if (shopIds.isEmpty()) {
            return since;
        }
        em.createQuery("SELECT b.shop.id, b.type.code, MIN(e.occurredAt) FROM BadgeEvent e JOIN e.badge b"
                        + " WHERE b.shop.id IN :shops AND e.kind = :granted GROUP BY b.shop.id, b.type.code",
                        Object[].class)
                .setParameter("shops", shopIds)
                .setParameter("granted", BadgeEventKind.GRANTED)
                .getResultList()
                .forEach(row -> since.computeIfAbsent((Long) row[0], id -> new HashMap<>())
                        .put((String) row[1], (Instant) row[2]));
        return since;
    }

    /** Every badge change of a shop, newest first, with the badge type. */
    public List<BadgeEvent> history(long shopId) {
        return em.createQuery("SELECT e FROM BadgeEvent e JOIN FETCH e.badge b JOIN FETCH b.type"
                        + " WHERE b.shop.id = :shop ORDER BY e.occurredAt DESC, e.id DESC", BadgeEvent.class)
                .setParameter("shop", shopId)
                .getResultList();
    }

    /** All badges of a shop in any state (for the history page's summary). */
    public List<Badge> badgesOf(long shopId) {
        return em.createQuery("SELECT b FROM Badge b JOIN FETCH b.type t WHERE b.shop.id = :shop ORDER BY t.position",
                        Badge.class)
                .setParameter("shop", shopId)
                .getResultList();
    }
}
