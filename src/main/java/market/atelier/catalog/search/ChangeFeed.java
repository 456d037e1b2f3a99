package market.atelier.catalog.search;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the change feed ({@code catalog_change}, written by {@link ChangeOutbox}) for {@link FeedFollower} and keeps
 * it a week long. Every read is one query on the primary key.
 */
@Stateless
@PermitAll
public class ChangeFeed {

    /** How long rows are kept: a server down for longer rebuilds its index at start instead of replaying. */
    static final Duration KEPT = Duration.ofDays(7);

    /**
     * Longer than any transaction runs (WildFly ends them after 5 minutes), with room for clocks a few minutes apart:
     * a row written this long ago belongs to a transaction that has ended.
     */
    static final Duration SETTLED = Duration.ofMinutes(15);

    /** One row of the feed; both ids null: only what pages show changed. */
    public record Change(long id, Long listingId, Long shopId, String origin) {
    }

    @PersistenceContext
    private EntityManager em;

    /** Rows after {@code last} (at most {@code limit}, lowest first) and the rows among {@code gaps} now committed. */
    public List<Change> after(long last, Set<Long> gaps, int limit) {
        List<Change> changes = read(em.createNativeQuery("SELECT id, listing_id, shop_id, origin FROM catalog_change"
                + " WHERE id > ?1 ORDER BY id").setParameter(1, last).setMaxResults(limit));
        if (!gaps.isEmpty()) {
            StringBuilder in = new StringBuilder();
            List<Long> ids = new ArrayList<>(gaps);
            for (int i = 0; i < ids.size(); i++) {
                in.append(i == 0 ? "?" : ", ?").append(i + 1);
            }
            Query query = em.createNativeQuery("SELECT id, listing_id, shop_id, origin FROM catalog_change"
                    + " WHERE id IN (" + in + ")");
            for (int i = 0; i < ids.size(); i++) {
                query.setParameter(i + 1, ids.get(i));
            }
            changes.addAll(read(query));
        }
        return changes;
    }

    /**
     * Where a server that has just built its index from the database starts reading: the last row written longer ago
     * than {@link #SETTLED} (its change, and every change numbered before it, committed before the build read the
     * database). The few rows after it are applied again, which changes nothing when they were already read.
     */
    public long settledBefore(Instant now) {
        Number id = (Number) em.createNativeQuery("SELECT MAX(id) FROM catalog_change WHERE created_at < ?1")
                .setParameter(1, Timestamp.from(now.minus(SETTLED))).getSingleResult();
        return id == null ? prunedThrough() : id.longValue();
    }

    /** The highest id deleted by {@link #prune}: a position below it cannot be replayed. */
    public long prunedThrough() {
        return ((Number) em.createNativeQuery("SELECT through_id FROM catalog_change_pruned WHERE id = 1")
                .getSingleResult()).longValue();
    }

    /**
     * Deletes the rows older than {@link #KEPT} and records how far; returns how many were deleted. Safe on several
     * servers at once: both compute the same cut, the horizon only moves up, and deleting a row twice deletes it once.
     */
    public int prune(Instant now) {
        Number cut = (Number) em.createNativeQuery("SELECT MAX(id) FROM catalog_change WHERE created_at < ?1")
                .setParameter(1, Timestamp.from(now.minus(KEPT))).getSingleResult();
        if (cut == null) {
            return 0;
        }
        em.createNativeQuery("UPDATE catalog_change_pruned SET through_id = ?1 WHERE id = 1 AND through_id < ?1")
                .setParameter(1, cut.longValue()).executeUpdate();
        return em.createNativeQuery("DELETE FROM catalog_change WHERE id <= ?1").setParameter(1, cut.longValue())
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private static List<Change> read(Query query) {
        List<Change> changes = new ArrayList<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            changes.add(new Change(((Number) row[0]).longValue(), row[1] == null ? null : ((Number) row[1]).longValue(),
                    row[2] == null ? null : ((Number) row[2]).longValue(), (String) row[3]));
        }
        return changes;
    }
}
