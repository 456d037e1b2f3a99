package market.atelier.it;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import market.atelier.account.Account;
import market.atelier.account.Role;
import market.atelier.catalog.Category;
import market.atelier.catalog.Listing;
import market.atelier.catalog.ListingStatus;
import market.atelier.shared.Money;
import market.atelier.shared.Slug;
import market.atelier.shop.Shop;
import market.atelier.shop.ShopStatus;

/** Small builders for in-container tests; callers run them inside a transaction. */
public final class Fixtures {

    /** A hash that matches no password: fixtures that never sign in need no real PBKDF2 work. */
    public static final String NO_PASSWORD = "PBKDF2WithHmacSHA256:210000:AAAA:AAAA";

    private Fixtures() {
    }

    public static Account account(EntityManager em, String email) {
        Account account = new Account(email, "Test " + email, NO_PASSWORD, Instant.now());
        account.emailVerified(account.getCreatedAt()); // fixtures' addresses count as verified
        em.persist(account);
        return account;
    }

    public static Shop shop(EntityManager em, Account owner, String name) {
        owner.grant(Role.ARTISAN);
        Shop shop = new Shop(owner, name, Slug.of(name), Instant.now());
        shop.setCity("Porto");
        shop.setCountryCode("PT");
        shop.setStatus(ShopStatus.LIVE);
        em.persist(shop);
        return shop;
    }

    /** An active ring for sale in {@code shop}: {@code stock} of it, or one of a kind. */
    public static Listing piece(EntityManager em, Shop shop, String title, long cents, int stock, boolean unique) {
        Listing listing = new Listing(em.find(Shop.class, shop.getId()), title, em.find(Category.class, "rings"),
                Money.euros(cents), Instant.now());
        listing.setOneOfAKind(unique);
        listing.setStock(stock);
        listing.setStatus(ListingStatus.ACTIVE);
        em.persist(listing);
        return listing;
    }
}
