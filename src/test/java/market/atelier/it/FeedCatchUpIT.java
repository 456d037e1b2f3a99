package market.atelier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import market.atelier.account.Account;
import market.atelier.catalog.Listing;
import market.atelier.catalog.search.ChangeFeed;
import market.atelier.catalog.search.FeedFollower;
import market.atelier.catalog.search.SearchIndex;
import market.atelier.catalog.search.SearchQuery;
import market.atelier.catalog.search.SearchService;
import market.atelier.shop.Shop;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A server that is down while another changes the catalog catches up when it starts: its index replays the change
 * feed from the position saved with it, without a rebuild (same index folder, no build running). Once the feed has
 * been pruned past that position (a server down for over a week), it rebuilds instead. "Down": the application stops
 * following the feed, then is undeployed and deployed again, as RedeployIT does; the other server's changes are
 * written behind its back with their feed rows. State crosses the redeploys in JVM system properties.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FeedCatchUpIT {

    private static final String APP = "feed-catch-up";
    private static final String LISTING = "atelier.it.feed.listing";
    private static final String MARKER = "atelier.it.feed.marker";
    private static final String GENERATION = "atelier.it.feed.generation";
    private static final String SHOP = "atelier.it.feed.shop";

    @Deployment(name = APP, managed = false)
    static WebArchive deployment() {
        return Deployments.atelier(FeedCatchUpIT.class, ChangeFeedIT.class, Fixtures.class, Http.class);
    }

    @ArquillianResource
    private Deployer deployer;

    @Inject
    private SearchIndex index;

    @Inject
    private SearchService search;

    @Inject
    private FeedFollower follower;

    @Inject
    private ChangeFeed feed;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Resource
    private ManagedExecutorService executor;

    private List<Long> found(String q) {
        return search.search(SearchQuery.from(name -> "q".equals(name) ? q : null)).ids();
    }

    /** Renames the piece behind this server's back, with the feed row the other server writes. */
    private void renamedElsewhere(String title) throws Exception {
        long id = Long.getLong(LISTING);
        tx.begin();
        em.createNativeQuery("UPDATE listing SET title = ?1, version = version + 1 WHERE id = ?2")
                .setParameter(1, title).setParameter(2, id).executeUpdate();
        ChangeFeedIT.feedRow(em, id, null);
        tx.commit();
    }

    @Test
    @Order(1)
    @RunAsClient
    void deploy() {
        deployer.deploy(APP);
    }

    @Test
    @Order(2)
    @OperateOnDeployment(APP)
    void aPieceIsIndexedThenThisServerGoesDownAndAnotherRenamesIt() throws Exception {
        String marker = "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        tx.begin();
        Account owner = Fixtures.account(em, "catchup-" + marker + "@it.atelier");
        Shop shop = Fixtures.shop(em, owner, "Catch-up Studio " + marker);
        Listing piece = Fixtures.piece(em, shop, "Amber pendant " + marker, 12_000, 1, true);
        ChangeFeedIT.feedRow(em, piece.getId(), null);
        tx.commit();
        ChangeFeedIT.within(5_000, "the piece indexed", () -> found("amber " + marker).equals(List.of(piece.getId())));
        System.setProperty(LISTING, Long.toString(piece.getId()));
        System.setProperty(SHOP, Long.toString(shop.getId()));
        System.setProperty(MARKER, marker);

        follower.hold();
        follower.applied(); // waits for a poll under way
        renamedElsewhere("Garnet pendant " + marker);
        assertEquals(List.of(piece.getId()), found("amber " + marker), "not followed while down");
        System.setProperty(GENERATION, index.generation());
    }

    @Test
    @Order(3)
    @RunAsClient
    void restart() {
        deployer.undeploy(APP);
        deployer.deploy(APP);
    }

    @Test
    @Order(4)
    @OperateOnDeployment(APP)
    void atStartTheIndexReplaysWhatItMissedWithoutARebuild() throws Exception {
        String marker = System.getProperty(MARKER);
        assertNotNull(marker, "the first steps ran");
        long id = Long.getLong(LISTING);
        ChangeFeedIT.within(5_000, "the renamed piece found after the start",
                () -> found("garnet " + marker).equals(List.of(id)));
        assertEquals(List.of(), found("amber " + marker));
        assertEquals(System.getProperty(GENERATION), index.generation(), "the same index folder: no rebuild");
        assertFalse(index.rebuilding(), "and none running");
    }

    @Test
    @Order(5)
    @OperateOnDeployment(APP)
    void downForMoreThanAWeekWhileTheFeedIsPruned() throws Exception {
        follower.hold();
        follower.applied();
        renamedElsewhere("Jasper pendant " + System.getProperty(MARKER));
        System.setProperty(GENERATION, index.generation());
        // A week later, two servers prune at once.
        Instant later = Instant.now().plus(Duration.ofDays(8));
        CountDownLatch go = new CountDownLatch(1);
        Callable<Integer> prune = () -> {
            go.await();
            return feed.prune(later);
        };
        Future<Integer> one = executor.submit(prune);
        Future<Integer> two = executor.submit(prune);
        go.countDown();
        int deleted = one.get() + two.get();
        assertTrue(deleted > 0, "week-old rows deleted");
        long left = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM catalog_change WHERE id <= ?1")
                .setParameter(1, feed.prunedThrough()).getSingleResult()).longValue();
        assertEquals(0, left, "nothing left below the recorded horizon");
        assertTrue(feed.prunedThrough() > index.feedFloor(), "past this server's position");
    }

    @Test
    @Order(6)
    @RunAsClient
    void restartAgain() {
        deployer.undeploy(APP);
        deployer.deploy(APP);
    }

    @Test
    @Order(7)
    @OperateOnDeployment(APP)
    void theIndexIsRebuiltWhenTheFeedNoLongerHoldsWhatItMissed() throws Exception {
        String marker = System.getProperty(MARKER);
        long id = Long.getLong(LISTING);
        ChangeFeedIT.within(60_000, "the piece found under its last name after the rebuild",
                () -> found("jasper " + marker).equals(List.of(id)) && !index.rebuilding());
        int before = Integer.parseInt(System.getProperty(GENERATION).substring(1));
        assertTrue(Integer.parseInt(index.generation().substring(1)) > before, "a new index folder");
        // The photo-less piece leaves the home page and search that later test classes look at.
        ChangeFeedIT.suspendElsewhere(em, tx, Long.getLong(SHOP));
    }

    @Test
    @Order(8)
    @RunAsClient
    void undeploy() {
        deployer.undeploy(APP);
    }
}
