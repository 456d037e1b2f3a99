package market.atelier.verification;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The public side of verification: the rubric, the valid badges of shops, and their dated history. */
@Stateless
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
        em.createQuery("SELECT b.shop.id, t.code, t.nameEn, t.nameDe, b.grantedAt, b.expiresAt FROM Badge b"
                        + " JOIN b.type t WHERE b.shop.id IN :shops AND b.state = :valid AND b.expiresAt > :now"
                        + " ORDER BY t.position", Object[].class)
                .setParameter("shops", shopIds)
                .setParameter("valid", BadgeState.VALID)
                .setParameter("now", Instant.now())
                .getResultList()
                .forEach(row -> badges.computeIfAbsent((Long) row[0], id -> new java.util.ArrayList<>())
                        .add(new BadgeView((String) row[1], (String) row[2], (String) row[3], (Instant) row[4],
                                (Instant) row[5])));
        return badges;
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
