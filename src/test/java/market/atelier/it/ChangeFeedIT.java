package market.atelier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import market.atelier.account.Account;
import market.atelier.catalog.Listing;
import market.atelier.catalog.ListingService;
import market.atelier.catalog.search.CatalogChanged;
import market.atelier.catalog.search.SearchQuery;
import market.atelier.catalog.search.SearchService;
import market.atelier.shop.Shop;
import market.atelier.verification.Badge;
import market.atelier.verification.BadgeType;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Several servers on one database: a change made on another server (its data written and its row added to the change
 * feed, as that server's services do in one transaction) is searchable and shown on this server's kept pages within
 * two seconds; a change rolled back adds no row; rows that commit out of order are not lost. Data is changed behind
 * this application's back (native SQL, no event), so only the feed can tell this server.
 */
@ExtendWith(ArquillianExtension.class)
class ChangeFeedIT {

    /** Two seconds, the promise; polled every 50 ms. */
    private static final long WITHIN_MILLIS = 2_000;
    static final String ELSEWHERE = "another-server";

    @Deployment
    static WebArchive deployment() {
        return Deployments.atelier(ChangeFeedIT.class, Fixtures.class, Http.class, AsShopper.class);
    }

    @Inject
    private SearchService search;

    @Inject
    private Event<CatalogChanged> changed;

    @Resource
    private UserTransaction tx;

    @Resource
    private ManagedExecutorService executor;

    @PersistenceContext
    private EntityManager em;

    @ArquillianResource
    private URL base;

    @Inject
    private ListingService listings;

    @Inject
    private AsShopper asShopper;

    private String marker;
    private Account owner;
    private Shop shop;

    @BeforeEach
    void aLiveShop() throws Exception {
        marker = "f" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        tx.begin();
        owner = Fixtures.account(em, "feed-" + marker + "@it.atelier");
        shop = Fixtures.shop(em, owner, "Feed Studio " + marker);
        tx.commit();
        found(marker); // the first search after a deployment is slow (classes, facet ordinals): not in the 2 s
    }

    /** Photo-less test pieces leave the home page and search that later test classes look at. */
    @AfterEach
    void suspendTheShop() throws Exception {
        suspendElsewhere(em, tx, shop.getId());
    }

    static void suspendElsewhere(EntityManager em, UserTransaction tx, long shopId) throws Exception {
        tx.begin();
        em.createNativeQuery("UPDATE shop SET status = 'SUSPENDED' WHERE id = ?1").setParameter(1, shopId)
                .executeUpdate();
        feedRow(em, null, shopId);
        tx.commit();
    }

    /** As another server writes it: in the transaction of the change. */
    static void feedRow(EntityManager em, Long listingId, Long shopId) {
        em.createNativeQuery("INSERT INTO catalog_change (listing_id, shop_id, origin, created_at)"
                        + " VALUES (CAST(?1 AS BIGINT), CAST(?2 AS BIGINT), ?3, ?4)")
                .setParameter(1, listingId).setParameter(2, shopId).setParameter(3, ELSEWHERE)
                .setParameter(4, Timestamp.from(Instant.now())).executeUpdate();
    }

    /** Waits at most {@code millis} for {@code condition}; fails with {@code what} and the time waited. */
    static void within(long millis, String what, BooleanSupplier condition) throws InterruptedException {
        long start = System.nanoTime();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - start > millis * 1_000_000) {
                fail(what + ": not seen within " + millis + " ms");
            }
            Thread.sleep(50);
        }
    }

    private List<Long> found(String q) {
        return search.search(SearchQuery.from(name -> "q".equals(name) ? q : null)).ids();
    }

    private long feedRows(long listingId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM catalog_change WHERE listing_id = ?1")
                .setParameter(1, listingId).getSingleResult()).longValue();
    }

    @Test
    void aListingAddedAndRenamedOnAnotherServerIsSearchableAndShownHereWithinTwoSeconds() throws Exception {
        tx.begin();
        Listing piece = Fixtures.piece(em, shop, "Lantern brooch " + marker, 9_000, 1, true);
        em.flush();
        feedRow(em, piece.getId(), null);
        tx.commit();
        long id = piece.getId();
        within(WITHIN_MILLIS, "the new piece found here", () -> found(marker).equals(List.of(id)));

        String page = "/search?q=" + marker;
        within(WITHIN_MILLIS, "the new piece on the search page (kept for 5 s from now)",
                () -> Http.get(base, page).body().contains("Lantern brooch"));

        tx.begin();
        em.createNativeQuery("UPDATE listing SET title = ?1, version = version + 1 WHERE id = ?2")
                .setParameter(1, "Comet brooch " + marker).setParameter(2, id).executeUpdate();
        feedRow(em, id, null);
        tx.commit();
        within(WITHIN_MILLIS, "the new title found here", () -> found("comet " + marker).equals(List.of(id)));
        assertEquals(List.of(), found("lantern " + marker), "the old title is not");
        within(WITHIN_MILLIS, "the kept search page dropped and shown anew",
                () -> Http.get(base, page).body().contains("Comet brooch"));

        // A shop suspended elsewhere: every piece of it leaves search.
        suspendElsewhere(em, tx, shop.getId());
        within(WITHIN_MILLIS, "the suspended shop's piece gone from search", () -> found(marker).isEmpty());
    }

    @Test
    void aBadgeGrantedOnAnotherServerShowsHereWithinTwoSecondsNotAfterTheCachesMinute() throws Exception {
        String page = "/shops/" + shop.getSlug();
        assertFalse(Http.get(base, page, "Cache-Control", "no-cache").body().contains("badge--MATERIALS"),
                "no badge yet (and the shop's badges are now cached here for up to a minute)");
        tx.begin();
        em.persist(Badge.grant(em.find(Shop.class, shop.getId()), em.find(BadgeType.class, "MATERIALS"),
                Instant.now(), null));
        feedRow(em, null, shop.getId());
        tx.commit();
        within(WITHIN_MILLIS, "the badge on the shop page (rendered afresh: the badge cache was dropped)",
                () -> Http.get(base, page, "Cache-Control", "no-cache").body().contains("badge--MATERIALS"));
    }

    @Test
    void aChangeWritesOneRowInItsTransactionAndARolledBackOneNone() throws Exception {
        tx.begin();
        Listing piece = Fixtures.piece(em, shop, "Rolled ring " + marker, 5_000, 1, true);
        tx.commit();
        long id = piece.getId();

        tx.begin();
        changed.fire(CatalogChanged.listing(id));
        assertEquals(1, feedRows(id), "written in the transaction of the change");
        tx.rollback();
        assertEquals(0, feedRows(id), "rolled back with it");

        tx.begin();
        changed.fire(CatalogChanged.listing(id));
        tx.commit();
        assertEquals(1, feedRows(id), "committed with it");
        within(WITHIN_MILLIS, "this server's own change indexed", () -> found(marker).equals(List.of(id)));

        // The maker archives the piece, and the transaction around it fails: no row, still for sale everywhere.
        tx.begin();
        asShopper.run(() -> listings.archive(owner.getId(), id));
        assertEquals(2, feedRows(id), "the service's event wrote its row in the transaction");
        tx.rollback();
        assertEquals(1, feedRows(id), "and it went with the rollback");
        assertEquals(List.of(id), found(marker));
    }

    @Test
    void aRowThatCommitsAfterAHigherOneIsStillApplied() throws Exception {
        tx.begin();
        Listing late = Fixtures.piece(em, shop, "Slow bangle " + marker, 7_000, 1, true);
        Listing early = Fixtures.piece(em, shop, "Quick bangle " + marker, 7_000, 1, true);
        tx.commit();

        // A long transaction takes its feed id first and commits last (a checkout charging a card meanwhile).
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> slow = executor.submit(() -> {
            tx.begin();
            try {
                feedRow(em, late.getId(), null);
                written.countDown();
                assertTrue(release.await(30, TimeUnit.SECONDS));
                tx.commit();
            } finally {
                if (tx.getStatus() != Status.STATUS_NO_TRANSACTION) {
                    tx.rollback();
                }
            }
            return null;
        });
        try {
            assertTrue(written.await(30, TimeUnit.SECONDS));
            tx.begin();
            feedRow(em, early.getId(), null);
            tx.commit();
            within(WITHIN_MILLIS, "the higher row applied",
                    () -> found("quick " + marker).equals(List.of(early.getId())));
            assertEquals(List.of(), found("slow " + marker), "the open transaction's change is not visible yet");
        } finally {
            release.countDown();
        }
        slow.get(30, TimeUnit.SECONDS);
        within(WITHIN_MILLIS, "the lower row, committed later, applied",
                () -> found("slow " + marker).equals(List.of(late.getId())));
    }
}
