package market.atelier.shop;

import market.atelier.catalog.search.CatalogChanged;
import jakarta.inject.Inject;
import jakarta.enterprise.event.Event;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Locale;
import java.util.List;
import java.util.Optional;
import market.atelier.account.Account;
import market.atelier.account.Role;
import market.atelier.shared.AccessRefused;
import market.atelier.shared.Slug;

/**
 * Shops as the public sees them and as their owners change them. Every change names the acting account and is
 * refused unless that account owns the shop, whatever shop id the request carried.
 */
@Stateless
@PermitAll
public class ShopService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<CatalogChanged> changed;

    /** A live shop by its slug with its owner, or empty (pending and suspended shops are not public). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Shop> publicShop(String slug) {
        if (slug == null || slug.length() > 80) {
            return Optional.empty();
        }
        return em.createQuery("SELECT s FROM Shop s JOIN FETCH s.owner WHERE s.slug = :slug AND s.status = :live",
                        Shop.class)
                .setParameter("slug", slug)
                .setParameter("live", ShopStatus.LIVE)
                .getResultStream().findFirst();
    }

    /** The live shops among these slugs, with their owners (one query; unknown and off-sale slugs are absent). */
    public List<Shop> publicShops(java.util.Collection<String> slugs) {
        if (slugs.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT s FROM Shop s JOIN FETCH s.owner WHERE s.slug IN :slugs AND s.status = :live",
                        Shop.class)
                .setParameter("slugs", slugs)
                .setParameter("live", ShopStatus.LIVE)
                .getResultList();
    }

    /**
     * The account's own shop under this slug while it is not public (pending verification, or suspended): its owner
     * previews it; for anyone else it is empty, whatever slug they ask for.
     */
    public Optional<Shop> ownPreview(long accountId, String slug) {
        if (slug == null || slug.length() > 80) {
            return Optional.empty();
        }
        return em.createQuery("SELECT s FROM Shop s WHERE s.slug = :slug AND s.owner.id = :owner AND s.status <> :live",
                        Shop.class)
                .setParameter("slug", slug)
                .setParameter("owner", accountId)
                .setParameter("live", ShopStatus.LIVE)
                .getResultStream().findFirst();
    }

    /**
     * A shop whose verification history is public: live, or suspended after it was verified (a pending shop has
     * no history yet).
     */
    public Optional<Shop> verifiedOnce(String slug) {
        if (slug == null || slug.length() > 80) {
            return Optional.empty();
        }
        return em.createQuery("SELECT s FROM Shop s WHERE s.slug = :slug AND s.status <> :pending", Shop.class)
                .setParameter("slug", slug)
                .setParameter("pending", ShopStatus.PENDING)
                .getResultStream().findFirst();
    }

    /** The shop this account owns, if any (an account owns at most one). */
    @RolesAllowed("SHOPPER")
    public Optional<Shop> ownedBy(long accountId) {
        return em.createNamedQuery(Shop.BY_OWNER, Shop.class).setParameter("ownerId", accountId)
                .getResultStream().findFirst();
    }

    /** Opens the account's shop; the account becomes an artisan. The slug is derived once and kept. */
    @RolesAllowed("SHOPPER")
    public Shop open(long accountId, ShopProfile profile) {
        if (ownedBy(accountId).isPresent()) {
            throw new ShopException("shop.open.already");
        }
        requireFreeName(profile.getName(), null);
        Account owner = em.find(Account.class, accountId);
        if (!owner.isEmailVerified()) {
            throw new ShopException("shop.open.unverified"); // makers must be reachable: a verified address
        }
        Shop shop = new Shop(owner, profile.getName().strip(), freeSlug(profile.getName()), Instant.now());
        profile.applyTo(shop);
        // Pending until a verifier grants Handmade verified: pieces can be prepared and previewed, not bought.
        shop.setStatus(ShopStatus.PENDING);
        owner.grant(Role.ARTISAN);
        em.persist(shop);
        return shop;
    }

    @RolesAllowed("SHOPPER")
    public Shop update(long accountId, long shopId, ShopProfile profile) {
        Shop shop = owned(accountId, shopId);
        requireFreeName(profile.getName(), shop.getId());
        profile.applyTo(shop);
        changed.fire(CatalogChanged.shop(shop.getId()));
        return shop;
    }

    @RolesAllowed("SHOPPER")
    public void setPortrait(long accountId, long shopId, String mediaKey) {
        owned(accountId, shopId).setPortraitKey(mediaKey);
        changed.fire(CatalogChanged.shop(shopId));
    }

    @RolesAllowed("SHOPPER")
    public void setBanner(long accountId, long shopId, String mediaKey) {
        owned(accountId, shopId).setBannerKey(mediaKey);
        changed.fire(CatalogChanged.shop(shopId));
    }

    /** The shop, if this account owns it; refused otherwise (nothing about the shop is told). */
    private Shop owned(long accountId, long shopId) {
        Shop shop = em.find(Shop.class, shopId);
        if (shop == null || !shop.getOwner().getId().equals(accountId)) {
            throw new AccessRefused("shop " + shopId);
        }
        return shop;
    }

    private void requireFreeName(String name, Long exceptShopId) {
        boolean taken = em.createQuery("SELECT s.id FROM Shop s WHERE LOWER(s.name) = :name", Long.class)
                .setParameter("name", name.strip().toLowerCase(Locale.ROOT))
                .getResultStream().anyMatch(id -> !id.equals(exceptShopId));
        if (taken) {
            throw new ShopException("shop.name.taken");
        }
    }

    private String freeSlug(String name) {
        String base = Slug.of(name);
        String slug = base;
        for (int n = 2; !em.createNamedQuery(Shop.BY_SLUG, Shop.class).setParameter("slug", slug)
                .getResultList().isEmpty(); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
