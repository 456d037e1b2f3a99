package market.atelier.catalog.search;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes every {@link CatalogChanged} to the change feed (table {@code catalog_change}) as it is fired, inside the
 * transaction that made the change (the observer is called at once and joins it): the row commits with the change
 * or not at all, so a rolled-back change tells no server anything. An event fired outside a transaction (a
 * recomputation after a commit) gets a transaction of its own. Events read from the feed are not written again.
 */
@Stateless
@PermitAll
public class ChangeOutbox {

    /** This server, for as long as the application runs: marks its own rows in the feed. */
    static final String HERE = UUID.randomUUID().toString();

    @PersistenceContext
    private EntityManager em;

    public void record(@Observes CatalogChanged change) {
        if (change.fromFeed()) {
            return;
        }
        // CAST: PostgreSQL needs a type for a parameter bound as null.
        em.createNativeQuery("INSERT INTO catalog_change (listing_id, shop_id, origin, created_at)"
                        + " VALUES (CAST(?1 AS BIGINT), CAST(?2 AS BIGINT), ?3, ?4)")
                .setParameter(1, change.listingId())
                .setParameter(2, change.shopId())
                .setParameter(3, HERE)
                .setParameter(4, Timestamp.from(Instant.now()))
                .executeUpdate();
    }
}
