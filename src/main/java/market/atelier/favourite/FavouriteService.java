package market.atelier.favourite;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import market.atelier.catalog.ListingStatus;
import market.atelier.shop.Shop;
import market.atelier.shop.ShopStatus;

/**
 * Saving and forgetting pieces and shops. Every method works on the given account's own favourites only: the
 * account id comes from the signed-in caller, never from a request parameter. Saving twice is saving once.
 */
@Stateless
@RolesAllowed("SHOPPER")
public class FavouriteService {

    @PersistenceContext
    private EntityManager em;

    /** Saves a piece that is for sale now (active, in a live shop). */
    public void savePiece(long accountId, long listingId) {
        boolean forSale = !em.createQuery("SELECT l.id FROM Listing l WHERE l.id = :id AND l.status = :active"
                        + " AND l.shop.status = :live AND l.reservedFor IS NULL", Long.class)
                .setParameter("id", listingId)
                .setParameter("active", ListingStatus.ACTIVE)
                .setParameter("live", ShopStatus.LIVE)
                .getResultList().isEmpty();
        if (!forSale) {
            throw new FavouriteException("favourites.error.piece");
        }
        if (!isSavedPiece(accountId, listingId)) {
            em.persist(Favourite.piece(accountId, listingId, Instant.now()));
            em.flush();
        }
    }

    public void forgetPiece(long accountId, long listingId) {
        em.createQuery("DELETE FROM Favourite f WHERE f.accountId = :account AND f.listingId = :listing")
                .setParameter("account", accountId)
                .setParameter("listing", listingId)
                .executeUpdate();
    }

    /** Saves a live shop. */
    public void saveShop(long accountId, long shopId) {
        Shop shop = em.find(Shop.class, shopId);
        if (shop == null || shop.getStatus() != ShopStatus.LIVE) {
            throw new FavouriteException("favourites.error.shop");
        }
        if (!isSavedShop(accountId, shopId)) {
            em.persist(Favourite.shop(accountId, shopId, Instant.now()));
            em.flush();
        }
    }

    public void forgetShop(long accountId, long shopId) {
        em.createQuery("DELETE FROM Favourite f WHERE f.accountId = :account AND f.shopId = :shop")
                .setParameter("account", accountId)
                .setParameter("shop", shopId)
                .executeUpdate();
    }

    public boolean isSavedPiece(long accountId, long listingId) {
        return !em.createQuery("SELECT f.id FROM Favourite f WHERE f.accountId = :account AND f.listingId = :listing",
                        Long.class)
                .setParameter("account", accountId)
                .setParameter("listing", listingId)
                .getResultList().isEmpty();
    }

    public boolean isSavedShop(long accountId, long shopId) {
        return !em.createQuery("SELECT f.id FROM Favourite f WHERE f.accountId = :account AND f.shopId = :shop",
                        Long.class)
                .setParameter("account", accountId)
                .setParameter("shop", shopId)
                .getResultList().isEmpty();
    }

    /** The ids of every saved piece, newest saved first (one query). */
    public List<Long> savedPieceIds(long accountId) {
        return em.createQuery("SELECT f.listingId FROM Favourite f WHERE f.accountId = :account"
                        + " AND f.listingId IS NOT NULL ORDER BY f.createdAt DESC, f.id DESC", Long.class)
                .setParameter("account", accountId)
                .getResultList();
    }

    /** The ids of every saved shop (one query). */
    public Set<Long> savedShopIds(long accountId) {
        return new HashSet<>(em.createQuery("SELECT f.shopId FROM Favourite f WHERE f.accountId = :account"
                        + " AND f.shopId IS NOT NULL", Long.class)
                .setParameter("account", accountId)
                .getResultList());
    }

    /** Saved pieces that are no longer for sale (sold out, archived, or their shop is off sale), one query. */
    public List<SavedPiece> unavailablePieces(long accountId) {
        return em.createQuery("SELECT NEW market.atelier.favourite.SavedPiece(l.id, l.title, s.name,"
                        + " CASE WHEN l.status = :soldOut THEN TRUE ELSE FALSE END)"
                        + " FROM Favourite f, Listing l JOIN l.shop s WHERE f.listingId = l.id"
                        + " AND f.accountId = :account AND (l.status <> :active OR s.status <> :live)"
                        + " ORDER BY f.createdAt DESC", SavedPiece.class)
                .setParameter("account", accountId)
                .setParameter("soldOut", ListingStatus.SOLD_OUT)
                .setParameter("active", ListingStatus.ACTIVE)
                .setParameter("live", ShopStatus.LIVE)
                .getResultList();
    }

    /** Saved shops that are live, newest saved first, with their owners (one query). */
    public List<Shop> savedShops(long accountId) {
        return em.createQuery("SELECT s FROM Favourite f, Shop s JOIN FETCH s.owner WHERE f.shopId = s.id"
                        + " AND f.accountId = :account AND s.status = :live ORDER BY f.createdAt DESC", Shop.class)
                .setParameter("account", accountId)
                .setParameter("live", ShopStatus.LIVE)
                .getResultList();
    }
}
