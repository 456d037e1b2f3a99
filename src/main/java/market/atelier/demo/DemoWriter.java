package market.atelier.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import market.atelier.account.Account;
import market.atelier.account.PasswordHasher;
import market.atelier.account.Role;
import market.atelier.catalog.Category;
import market.atelier.catalog.Listing;
import market.atelier.catalog.ListingStatus;
import market.atelier.catalog.WhoMade;
import market.atelier.messaging.MessagingService;
import market.atelier.shared.Money;
import market.atelier.shared.MediaStore.StoredImage;
import market.atelier.shared.Slug;
import market.atelier.shop.Shop;
import market.atelier.shop.ShopStatus;
import market.atelier.verification.Application;
import market.atelier.verification.Badge;
import market.atelier.verification.RubricCriterion;
import market.atelier.verification.BadgeType;

/** Writes demo data; each call is its own transaction (the seeder runs outside one). */
@Stateless
public class DemoWriter {

    /** The logins README lists, all with the password {@value DemoSeeder#PASSWORD}. */
    static final String SHOPPER = "shopper@demo.atelier";
    static final String ARTISAN = "artisan@demo.atelier";
    static final String VERIFIER = "verifier@demo.atelier";
    static final String ADMIN = "admin@demo.atelier";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    public boolean databaseEmpty() {
        return em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult() == 0;
    }

    public void staffAccounts(Instant now) {
        account(SHOPPER, "Sam Shopper", now);
        account(VERIFIER, "Vera Verifier", now).grant(Role.VERIFIER);
        Account admin = account(ADMIN, "Ada Admin", now);
        admin.grant(Role.ADMIN);
        admin.grant(Role.VERIFIER);
    }

    public void shop(DemoShop demo, int shopIndex, int shopCount, DemoPictures pictures, Instant now) {
        String email = demo.ownerEmail() != null ? demo.ownerEmail()
                : Slug.of(demo.makerName()).replace('-', '.') + "@makers.demo.atelier";
        Account owner = account(email, demo.makerName(), now);
        owner.grant(Role.ARTISAN);

        Instant opened = now.minus(Duration.ofDays(120 + 30L * shopIndex));
        Shop shop = new Shop(owner, demo.name(), Slug.of(demo.name()), opened);
        shop.setTagline(demo.tagline());
        shop.setStory(demo.story());
        shop.setCity(demo.city());
        shop.setCountryCode(demo.countryCode());
        shop.setMakers(demo.makers());
        shop.setProcessingDays(demo.processingDays());
        shop.setReturnsPolicy(demo.returnsPolicy());
        shop.setShippingPolicy(demo.shippingPolicy());
        shop.setCustomOrdersPolicy(demo.customOrders());
        shop.getTechniques().addAll(demo.techniques());
        shop.getMaterials().addAll(demo.materials());
        shop.setStatus(demo.verified() ? ShopStatus.LIVE : ShopStatus.PENDING);
        shop.setPortraitKey(pictures.portrait().key());
        shop.setBannerKey(pictures.banner().key());
        em.persist(shop);
        if (demo.verified()) {
            grantBadges(shop, shopIndex, opened);
        } else {
            applyForHandmade(shop, pictures, now);
        }

        List<DemoListing> listings = demo.listings();
        // Interleave shops and mix categories in time, so that "newest" shows many makers and kinds of piece.
        List<Integer> order = new ArrayList<>(IntStream.range(0, listings.size()).boxed().toList());
        Collections.shuffle(order, new Random(shopIndex));
        for (int i = 0; i < listings.size(); i++) {
            Instant created = now.minus(Duration.ofHours(5L * (order.get(i) * shopCount + shopIndex) + 1));
            em.persist(listing(shop, listings.get(i), pictures.listingPhotos().get(i), created));
        }
    }

    /** Verified demo shops hold Handmade verified, most also Materials verified and Small studio. */
    private void grantBadges(Shop shop, int shopIndex, Instant opened) {
        Instant granted = opened.plus(Duration.ofDays(10));
        em.persist(Badge.grant(shop, em.find(BadgeType.class, "HANDMADE"), granted,
                "Studio photos, three stages of one piece and the tools checked."));
        if (shopIndex % 3 != 2) {
            em.persist(Badge.grant(shop, em.find(BadgeType.class, "MATERIALS"), granted.plus(Duration.ofDays(3)),
                    "Hallmarks and supplier invoices checked."));
        }
        if (shop.getMakers() == null || !shop.getMakers().toLowerCase().contains("cast by")) {
            em.persist(Badge.grant(shop, em.find(BadgeType.class, "SMALL_STUDIO"), granted,
                    "Everyone who makes the pieces is named on the shop page."));
        }
    }

    /** The pending demo shop has applied for Handmade verified two days ago, so the verifier queue is not empty. */
    private void applyForHandmade(Shop shop, DemoPictures pictures, Instant now) {
        List<RubricCriterion> handmade = em.createQuery("SELECT c FROM RubricCriterion c WHERE c.badgeType.code = :code"
                + " ORDER BY c.position", RubricCriterion.class).setParameter("code", BadgeType.HANDMADE).getResultList();
        List<String> photos = pictures.listingPhotos().stream().limit(3).map(views -> views.get(0).key()).toList();
        em.persist(Application.submitted(shop, handmade,
                "My bench by the window in Kazimierz: round-nose and chain-nose pliers, a mandrel, flush cutters and "
                        + "a small torch for balling wire ends. The photos show one pendant from straight wire to "
                        + "the finished wrap.", photos, now.minus(Duration.ofDays(2))));
    }

    private Listing listing(Shop shop, DemoListing demo, List<StoredImage> photos, Instant created) {
        Listing listing = new Listing(shop, demo.title(), em.getReference(Category.class, demo.category()),
                Money.euros(demo.priceCents()), created);
        listing.setDescription(demo.description());
        listing.setOneOfAKind(demo.oneOfAKind());
        listing.setStock(demo.stock());
        listing.setMadeToOrder(demo.madeToOrder());
        listing.setProcessingDays(demo.processingDays());
        listing.getMaterials().addAll(demo.materials());
        listing.getTechniques().addAll(demo.techniques());
        listing.setMakerStatement(demo.makerStatement());
        listing.setDimensions(demo.dimensions());
        listing.setWeightGrams(BigDecimal.valueOf(demo.weightGrams()));
        if (shop.getMakers() != null && shop.getMakers().toLowerCase().contains("cast by")) {
            listing.setWhoMade(WhoMade.PRODUCTION_PARTNER);
            listing.setMadeByNote(shop.getMakers());
        }
        for (int view = 0; view < photos.size(); view++) {
            StoredImage photo = photos.get(view);
            String alt = view == 0 ? demo.altText() : demo.altText() + " (second view)";
            listing.addPhoto(photo.key(), alt.length() > 200 ? alt.substring(0, 200) : alt,
                    photo.width(), photo.height());
        }
        listing.setStatus(ListingStatus.ACTIVE);
        return listing;
    }

    private Account account(String email, String name, Instant now) {
        Account account = new Account(email, name, hasher.hash(DemoSeeder.PASSWORD), now);
        account.emailVerified(now); // demo addresses count as verified
        em.persist(account);
        return account;
    }

    // ---- history: written after the fact by DemoHistory, which places orders and reviews through the services ----

    public long accountId(String email) {
        return em.createQuery("SELECT a.id FROM Account a WHERE a.email = :email", Long.class)
                .setParameter("email", email).getSingleResult();
    }

    /** A demo buyer (password as every demo login); returns the account id. */
    public long buyer(String email, String name, Instant now) {
        Account account = account(email, name, now);
        em.flush();
        return account.getId();
    }

    /**
     * The live demo shops with their owners and their pieces in stock that are not one of a kind: shop id, owner id,
     * the piece's processing days, owner e-mail, piece id.
     */
    public List<Object[]> shopsWithStock() {
        return em.createQuery("SELECT s.id, s.owner.id, l.processingDays, s.owner.email, l.id FROM Listing l JOIN l.shop s"
                + " WHERE s.status = :live AND l.oneOfAKind = FALSE AND l.stock > 1 AND l.status = :active"
                + " ORDER BY s.id, l.id", Object[].class)
                .setParameter("live", ShopStatus.LIVE)
                .setParameter("active", ListingStatus.ACTIVE)
                .getResultList();
    }

    /** The demo catalogue stays as it was: a piece bought for the history is put back. */
    public void restock(long listingId, int quantity) {
        em.createNativeQuery("UPDATE listing SET stock = stock + ?1, status = 'ACTIVE' WHERE id = ?2")
                .setParameter(1, quantity).setParameter(2, listingId).executeUpdate();
    }

    public long lineOf(long shopOrderId) {
        return ((Number) em.createNativeQuery("SELECT MIN(id) FROM order_line WHERE shop_order_id = ?1")
                .setParameter(1, shopOrderId).getSingleResult()).longValue();
    }

    /** Dates an order placed now as if it had been placed, shipped and delivered then (null: not yet). */
    public void backdateOrder(long shopOrderId, Instant placed, Instant shipped, Instant delivered) {
        update("UPDATE shop_order SET created_at = ?1, shipped_at = ?2, delivered_at = ?3 WHERE id = ?4",
                placed, shipped, delivered, shopOrderId);
        update("UPDATE customer_order SET created_at = ?1 WHERE id = (SELECT order_id FROM shop_order WHERE id = ?2)",
                placed, shopOrderId);
        update("UPDATE ledger_entry SET created_at = ?1 WHERE shop_order_id = ?2", placed, shopOrderId);
        update("UPDATE shop_order_event SET created_at = ?1 WHERE shop_order_id = ?2 AND kind = 'PLACED'", placed,
                shopOrderId);
        update("UPDATE shop_order_event SET created_at = ?1 WHERE shop_order_id = ?2 AND kind = 'SHIPPED'", shipped,
                shopOrderId);
        update("UPDATE shop_order_event SET created_at = ?1 WHERE shop_order_id = ?2 AND kind = 'DELIVERED'",
                delivered, shopOrderId);
        Instant after = (delivered != null ? delivered : shipped != null ? shipped : placed).plus(Duration.ofDays(1));
        update("UPDATE shop_order_event SET created_at = ?1 WHERE shop_order_id = ?2"
                + " AND kind IN ('CANCELLED', 'REFUNDED')", after, shopOrderId);
        update("UPDATE shop_order SET cancelled_at = ?1 WHERE id = ?2 AND cancelled_at IS NOT NULL", after,
                shopOrderId);
    }

    public void backdateReview(long reviewId, Instant at, Instant repliedAt) {
        update("UPDATE review SET created_at = ?1, replied_at = ?2 WHERE id = ?3", at, repliedAt, reviewId);
    }

    /**
     * Dates a conversation of two messages: the shopper's at {@code started}, the shop's first reply then; their
     * notices read then.
     */
    public void backdateConversation(long conversationId, Instant started, Instant replied) {
        update("UPDATE conversation SET created_at = ?1, last_message_at = ?2, first_reply_at = ?2,"
                + " shopper_unread = 0, shop_unread = 0 WHERE id = ?3", started, replied, conversationId);
        update("UPDATE conversation_message SET sent_at = ?1 WHERE conversation_id = ?2 AND from_shop = FALSE",
                started, conversationId);
        update("UPDATE conversation_message SET sent_at = ?1 WHERE conversation_id = ?2 AND from_shop = TRUE",
                replied, conversationId);
        // read then, like the conversation: the invented past is no news, and no digest mails it
        update("UPDATE notification SET created_at = ?1, read_at = ?1 WHERE link = ?2", replied,
                MessagingService.LINK + conversationId);
    }

    /** A native update; a null parameter is written as NULL (PostgreSQL cannot type a bound null). */
    private void update(String sql, Object... parameters) {
        String statement = sql;
        for (int i = parameters.length; i >= 1; i--) {
            if (parameters[i - 1] == null) {
                statement = statement.replace("?" + i, "NULL");
            }
        }
        jakarta.persistence.Query query = em.createNativeQuery(statement);
        for (int i = 0; i < parameters.length; i++) {
            Object p = parameters[i];
            if (p != null) {
                query.setParameter(i + 1, p instanceof Instant instant ? java.sql.Timestamp.from(instant) : p);
            }
        }
        query.executeUpdate();
    }
}
