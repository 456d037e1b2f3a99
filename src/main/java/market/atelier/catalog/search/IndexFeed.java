package market.atelier.catalog.search;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import market.atelier.catalog.ListingStatus;
import market.atelier.shop.ShopStatus;
import market.atelier.verification.BadgeState;
import market.atelier.verification.BadgeType;

/**
 * Reads public listings for the index: searchable means active (in stock, published) in a live shop. Three queries
 * per batch whatever its size (rows, materials, techniques) plus one for verified shops.
 */
@Stateless
@PermitAll
public class IndexFeed {

    private static final String ROWS = "SELECT l.id, l.title, l.description, l.category.code, l.priceMinor,"
            + " l.createdAt, l.oneOfAKind, l.madeToOrder, s.id, s.name, s.countryCode FROM Listing l JOIN l.shop s"
            + " WHERE l.status = :active AND s.status = :live AND l.reservedFor IS NULL";

    @PersistenceContext
    private EntityManager em;

    /**
     * The next batch of searchable listings below {@code beforeId}, newest (highest id) first: a rebuild from nothing
     * makes the newest pieces findable first.
     */
    public List<IndexedListing> newestBatch(long beforeId, int size) {
        return read(em.createQuery(ROWS + " AND l.id < :before ORDER BY l.id DESC", Object[].class)
                .setParameter("before", beforeId).setMaxResults(size));
    }

    /** Searchable listings among these ids (the others are to be removed from the index). */
    public List<IndexedListing> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return read(em.createQuery(ROWS + " AND l.id IN :ids", Object[].class).setParameter("ids", ids));
    }

    /** Every listing id of a shop, searchable or not (to update or remove them all). */
    public List<Long> listingIdsOfShop(long shopId) {
        return em.createQuery("SELECT l.id FROM Listing l WHERE l.shop.id = :shop", Long.class)
                .setParameter("shop", shopId).getResultList();
    }

    public long searchableCount() {
        return em.createQuery("SELECT COUNT(l) FROM Listing l JOIN l.shop s WHERE l.status = :active"
                        + " AND s.status = :live AND l.reservedFor IS NULL", Long.class)
                .setParameter("active", ListingStatus.ACTIVE)
                .setParameter("live", ShopStatus.LIVE)
                .getSingleResult();
    }

    private List<IndexedListing> read(jakarta.persistence.TypedQuery<Object[]> query) {
        List<Object[]> rows = query.setParameter("active", ListingStatus.ACTIVE)
                .setParameter("live", ShopStatus.LIVE).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
        Map<Long, List<String>> materials = terms("materials", ids);
        Map<Long, List<String>> techniques = terms("techniques", ids);
        Set<Long> verified = verifiedShops(rows.stream().map(r -> (Long) r[8]).distinct().toList());
        List<IndexedListing> listings = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            long id = (Long) r[0];
            listings.add(new IndexedListing(id, (String) r[1], (String) r[2], (String) r[3], (Long) r[4],
                    (Instant) r[5], (Boolean) r[6], (Boolean) r[7], (Long) r[8], (String) r[9], (String) r[10],
                    verified.contains((Long) r[8]), materials.getOrDefault(id, List.of()),
                    techniques.getOrDefault(id, List.of())));
        }
        return listings;
    }

    private Map<Long, List<String>> terms(String collection, List<Long> ids) {
        Map<Long, List<String>> terms = new HashMap<>();
        em.createQuery("SELECT l.id, t FROM Listing l JOIN l." + collection + " t WHERE l.id IN :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(r -> terms.computeIfAbsent((Long) r[0], id -> new ArrayList<>()).add((String) r[1]));
        return terms;
    }

    /** Shops among these that hold a valid, unexpired Handmade verified badge now. */
    private Set<Long> verifiedShops(List<Long> shopIds) {
        return new HashSet<>(em.createQuery("SELECT b.shop.id FROM Badge b WHERE b.shop.id IN :shops"
                        + " AND b.type.code = :handmade AND b.state = :valid AND b.expiresAt > :now", Long.class)
                .setParameter("shops", shopIds)
                .setParameter("handmade", BadgeType.HANDMADE)
                .setParameter("valid", BadgeState.VALID)
                .setParameter("now", Instant.now())
                .getResultList());
    }
}
