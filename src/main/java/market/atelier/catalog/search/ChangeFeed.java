package market.atelier.catalog.search;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import market.atelier.shared.Database;

/**
 * Reads the change feed ({@code catalog_change}, written by {@link ChangeOutbox}) for {@link FeedFollower} and keeps
 * it a week long. Every poll is one query on the primary key.
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

    private static final String COLUMNS = "SELECT id, listing_id, shop_id, origin FROM catalog_change";

    @PersistenceContext
    private EntityManager em;

    /**
     * Rows after {@code last} (at most {@code limit}, lowest first) and the rows among {@code gaps} now committed.
     * Plain JDBC outside a transaction, twice a second on every server: not through the persistence unit, whose
     * statements StatementCountIT counts server-wide while it measures a page.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<Change> after(long last, Set<Long> gaps, int limit) {
        List<Change> changes = new ArrayList<>();
        try (Connection connection = Database.dataSource().getConnection()) {
            try (PreparedStatement after = connection.prepareStatement(COLUMNS + " WHERE id > ? ORDER BY id")) {
                after.setMaxRows(limit);
                after.setLong(1, last);
                read(after, changes);
            }
            if (!gaps.isEmpty()) {
                String in = String.join(", ", Collections.nCopies(gaps.size(), "?"));
                try (PreparedStatement missed = connection.prepareStatement(COLUMNS + " WHERE id IN (" + in + ")")) {
                    int i = 1;
                    for (long id : gaps) {
                        missed.setLong(i++, id);
                    }
                    read(missed, changes);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the change feed", e);
        }
        return changes;
    }

    private static void read(PreparedStatement statement, List<Change> changes) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                long listing = rows.getLong(2);
                Long listingId = rows.wasNull() ? null : listing;
                long shop = rows.getLong(3);
                Long shopId = rows.wasNull() ? null : shop;
                changes.add(new Change(rows.getLong(1), listingId, shopId, rows.getString(4)));
            }
        }
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
        return ((Number) em.createNativeQuery("SELECT pruned_through FROM catalog_feed WHERE id = 1")
                .getSingleResult()).longValue();
    }

    /**
     * This database's feed, named once by the first server to ask: a position saved with an index means something
     * only in the feed it was read from (a database recreated or restored from an older copy starts another).
     */
    public String epoch() {
        em.createNativeQuery("UPDATE catalog_feed SET epoch = ?1 WHERE id = 1 AND epoch IS NULL")
                .setParameter(1, UUID.randomUUID().toString()).executeUpdate();
        return (String) em.createNativeQuery("SELECT epoch FROM catalog_feed WHERE id = 1").getSingleResult();
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
        em.createNativeQuery("UPDATE catalog_feed SET pruned_through = ?1 WHERE id = 1 AND pruned_through < ?1")
                .setParameter(1, cut.longValue()).executeUpdate();
        return em.createNativeQuery("DELETE FROM catalog_change WHERE id <= ?1").setParameter(1, cut.longValue())
                .executeUpdate();
    }
}
