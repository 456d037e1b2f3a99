package market.atelier.catalog;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import market.atelier.shared.Money;
import market.atelier.shop.ShopStatus;

/** Read side of the catalog for public pages: every method is one query, whatever the number of cards. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS) // reads only: no transaction of its own per page
public class CatalogService {

    static final String CARD_SELECT = "SELECT NEW market.atelier.catalog.ListingCard(l.id, l.title, l.priceMinor,"
            + " l.priceCurrency, s.id, s.slug, s.name, s.city, s.countryCode, p.mediaKey, p.altText, p.width, p.height)"
            + " FROM Listing l JOIN l.shop s LEFT JOIN l.photos p ON p.position = 0";
    /** Public: active, of a live shop, and not a made-to-order piece reserved for one shopper. */
    static final String PUBLIC = " l.status = :active AND s.status = :live AND l.reservedFor IS NULL";

    @PersistenceContext
    private EntityManager em;

    /** The newest public pieces, newest first. */
    public List<ListingCard> newest(int limit) {
        return em.createQuery(CARD_SELECT + " WHERE" + PUBLIC + " ORDER BY l.createdAt DESC, l.id DESC",
                        ListingCard.class)
                .setParameter("active", ListingStatus.ACTIVE)
                .setParameter("live", ShopStatus.LIVE)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Every category with the number of public pieces in it, in taxonomy order (two queries). */
    public List<CategoryCount> categoryCounts() {
        Map<String, Long> counts = new HashMap<>();
        em.createQuery("SELECT l.category.code, COUNT(l) FROM Listing l JOIN l.shop s WHERE" + PUBLIC
                        + " GROUP BY l.category.code", Object[].class)
                .setParameter("active", ListingStatus.ACTIVE)
                .setParameter("live", ShopStatus.LIVE)
                .getResultList()
                .forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return em.createNamedQuery(Category.OFFERED, Category.class).getResultList().stream()
                .map(c -> new CategoryCount(c, counts.getOrDefault(c.getCode(), 0L)))
                .toList();
    }

    /** A public listing (active or sold out, of a live shop) with its shop, maker, category and photos, or empty. */
    public Optional<Listing> publicListing(long id) {
        return em.createQuery("SELECT l FROM Listing l JOIN FETCH l.shop s JOIN FETCH s.owner JOIN FETCH l.category"
                        + " LEFT JOIN FETCH l.photos"
                        + " WHERE l.id = :id AND l.status IN :visible AND s.status = :live AND l.reservedFor IS NULL", Listing.class)
                .setParameter("id", id)
                .setParameter("visible", List.of(ListingStatus.ACTIVE, ListingStatus.SOLD_OUT))
                .setParameter("live", ShopStatus.LIVE)
                .getResultStream().findFirst();
    }

    /** Other public pieces of a shop, newest first, without the one given. */
    public List<ListingCard> moreFromShop(long shopId, long exceptListingId, int limit) {
        return em.createQuery(CARD_SELECT + " WHERE" + PUBLIC + " AND s.id = :shop AND l.id <> :except"
                        + " ORDER BY l.createdAt DESC, l.id DESC", ListingCard.class)
                .setParameter("active", ListingStatus.ACTIVE)
                .setParameter("live", ShopStatus.LIVE)
                .setParameter("shop", shopId)
                .setParameter("except", exceptListingId)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The cards of these listings, in the order given (one query); ids no longer public are left out. */
    public List<ListingCard> cards(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ListingCard> byId = new HashMap<>();
        em.createQuery(CARD_SELECT + " WHERE" + PUBLIC + " AND l.id IN :ids", ListingCard.class)
                .setParameter("active", ListingStatus.ACTIVE)
                .setParameter("live", ShopStatus.LIVE)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(card -> byId.put(card.getId(), card));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The newest public pieces of each of these shops, at most {@code perShop} each (two queries). */
    public List<ListingCard> newestOfShops(List<Long> shopIds, int perShop) {
        if (shopIds.isEmpty()) {
            return List.of();
        }
        String placeholders = String.join(",", java.util.Collections.nCopies(shopIds.size(), "?"));
        jakarta.persistence.Query ranked = em.createNativeQuery("SELECT id FROM (SELECT l.id, ROW_NUMBER() OVER"
                + " (PARTITION BY l.shop_id ORDER BY l.created_at DESC, l.id DESC) AS n FROM listing l"
                + " JOIN shop s ON s.id = l.shop_id WHERE l.status = 'ACTIVE' AND s.status = 'LIVE'"
                + " AND l.reserved_for IS NULL AND l.shop_id IN (" + placeholders + ")) ranked WHERE n <= " + perShop + " ORDER BY id DESC");
        for (int i = 0; i < shopIds.size(); i++) {
            ranked.setParameter(i + 1, shopIds.get(i));
        }
        List<Long> ids = ((List<?>) ranked.getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
        return cards(ids);
    }

    /** Each shop's price range over its public pieces, by shop id (one query); shops without pieces are absent. */
    public Map<Long, PriceRange> priceRanges(List<Long> shopIds) {
        Map<Long, PriceRange> ranges = new HashMap<>();
        if (shopIds.isEmpty()) {
            return ranges;
        }
        em.createQuery("SELECT l.shop.id, l.priceCurrency, MIN(l.priceMinor), MAX(l.priceMinor), COUNT(l)"
                        + " FROM Listing l WHERE l.shop.id IN :shops AND l.status = :active AND l.reservedFor IS NULL"
                        + " GROUP BY l.shop.id, l.priceCurrency", Object[].class)
                .setParameter("shops", shopIds)
                .setParameter("active", ListingStatus.ACTIVE)
                .getResultList()
                .forEach(row -> ranges.putIfAbsent((Long) row[0], new PriceRange(
                        Money.of(((Number) row[2]).longValue(), (String) row[1]),
                        Money.of(((Number) row[3]).longValue(), (String) row[1]), ((Number) row[4]).longValue())));
        return ranges;
    }

    /**
     * A made-to-order piece reserved for one shopper, as its page shows it: only to that shopper and to the shop's
     * owner (anyone else: empty, the page answers 404).
     */
    public Optional<Listing> reservedListing(long id, long accountId) {
        return em.createQuery("SELECT l FROM Listing l JOIN FETCH l.shop s JOIN FETCH s.owner JOIN FETCH l.category"
                        + " LEFT JOIN FETCH l.photos"
                        + " WHERE l.id = :id AND l.reservedFor IS NOT NULL AND l.status IN :visible"
                        + " AND (l.reservedFor = :account OR s.owner.id = :account)", Listing.class)
                .setParameter("id", id)
                .setParameter("visible", List.of(ListingStatus.ACTIVE, ListingStatus.SOLD_OUT))
                .setParameter("account", accountId)
                .getResultStream().findFirst();
    }

    /** The categories in taxonomy order. */
    public List<Category> categories() {
        return em.createNamedQuery(Category.ALL, Category.class).getResultList();
    }

    /**
     * The published pieces of the account's own shop as its page will show them once the shop is verified (the owner's
     * preview of a pending shop), newest first; empty for a shop that is not theirs.
     */
    public List<ListingCard> previewListings(long ownerId, long shopId, int limit) {
        return em.createQuery(CARD_SELECT + " WHERE l.status = :active AND l.reservedFor IS NULL AND s.id = :shop"
                        + " AND s.owner.id = :owner ORDER BY l.createdAt DESC, l.id DESC", ListingCard.class)
                .setParameter("active", ListingStatus.ACTIVE)
                .setParameter("shop", shopId)
                .setParameter("owner", ownerId)
                .setMaxResults(limit)
                .getResultList();
    }

    /** All public pieces of a shop, newest first. */
    public List<ListingCard> shopListings(long shopId, int limit) {
        return moreFromShop(shopId, -1, limit);
    }
}
