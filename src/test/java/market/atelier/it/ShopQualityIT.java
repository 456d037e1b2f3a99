package market.atelier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import market.atelier.account.Account;
import market.atelier.catalog.Listing;
import market.atelier.order.Address;
import market.atelier.order.Card;
import market.atelier.order.CartService;
import market.atelier.order.Checkout;
import market.atelier.order.CustomerOrder;
import market.atelier.quality.ShopFigures;
import market.atelier.quality.ShopFiguresService;
import market.atelier.quality.ShopQuality;
import market.atelier.quality.TrustedMaker;
import market.atelier.review.Aspect;
import market.atelier.review.Review;
import market.atelier.review.ReviewException;
import market.atelier.review.ReviewPage;
import market.atelier.review.ReviewReport;
import market.atelier.review.ShopReviewService;
import market.atelier.shared.AccessRefused;
import market.atelier.shop.Shop;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reviews and the figures shoppers compare shops by: who may review (only the buyer of a delivered line, once,
 * within 90 days), the shop's one reply, reports and the admin's recorded decision; every figure computed on known
 * orders, reviews and conversations to the exact value; and the Trusted maker badge granted, lost and granted again
 * as the figures cross its criteria, on the public history.
 */
@ExtendWith(ArquillianExtension.class)
class ShopQualityIT {

    static final Card GOOD = new Card("4242 4242 4242 4242", "12/30", "123");
    static final Address HOME = new Address("Ana Lima", "Rua das Flores 1", null, "1200-195", "Lisboa", "PT");

    @Deployment
    static WebArchive deployment() {
        return Deployments.atelier(ShopQualityIT.class, AsShopper.class, AsShopper.ThrowingRunnable.class,
                AsAdmin.class, Fixtures.class, Http.class);
    }

    @ArquillianResource
    private URL base;

    @Inject
    private Checkout checkout;

    @Inject
    private CartService carts;

    @Inject
    private ShopReviewService reviews;

    @Inject
    private ShopFiguresService figures;

    @Inject
    private TrustedMaker trusted;

    @Inject
    private AsShopper asShopper;

    @Inject
    private AsAdmin asAdmin;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    // ---- fixtures ----------------------------------------------------------------------------------------------

    private Account account(String name) throws Exception {
        tx.begin();
        Account account = Fixtures.account(em, name + "-" + UUID.randomUUID() + "@it.atelier");
        tx.commit();
        return account;
    }

    private Shop shop(String name) throws Exception {
        tx.begin();
        Shop shop = Fixtures.shop(em, Fixtures.account(em, "maker-" + UUID.randomUUID() + "@it.atelier"),
                name + " " + run);
        tx.commit();
        return shop;
    }

    private long piece(Shop shop, int stock) throws Exception {
        tx.begin();
        Listing listing = Fixtures.piece(em, shop, "Hammered ring " + run, 5_000, stock, false);
        tx.commit();
        return listing.getId();
    }

    /** One checkout of one piece; returns the shop order's id. */
    private long buy(Account shopper, long listingId) throws Exception {
        asShopper.call(() -> carts.add(shopper.getId(), null, listingId, 1));
        CustomerOrder order = asShopper.call(() -> checkout.submit(shopper.getId(),
                UUID.randomUUID().toString().replace("-", ""), HOME, GOOD,
                carts.view(shopper.getId(), null, HOME.getCountry()).reviewed()));
        return order.getShopOrders().get(0).getId();
    }

    private long lineOf(long shopOrderId) {
        return ((Number) em.createNativeQuery("SELECT id FROM order_line WHERE shop_order_id = ?1")
                .setParameter(1, shopOrderId).getSingleResult()).longValue();
    }

    /** Puts a shop order into a known state, dated relative to {@code now} (days; null: not set). */
    private void state(long shopOrderId, String status, Instant now, int createdDaysAgo, Double shippedAfterDays,
            boolean byShopper, String refundReason) throws Exception {
        Instant created = now.minus(Duration.ofDays(createdDaysAgo));
        Instant shipped = shippedAfterDays == null ? null
                : created.plus(Duration.ofMinutes(Math.round(shippedAfterDays * 24 * 60)));
        Instant deliveredAt = "DELIVERED".equals(status) ? now.minus(Duration.ofDays(1)) : null;
        tx.begin();
        // Nulls as literals: PostgreSQL cannot type a bound null.
        Query update = em.createNativeQuery("UPDATE shop_order SET status = ?1, created_at = ?2, processing_days = 3,"
                        + " shipped_at = " + (shipped == null ? "NULL" : "?3")
                        + ", delivered_at = " + (deliveredAt == null ? "NULL" : "?4")
                        + ", cancelled_by_shopper = ?5, refund_reason = " + (refundReason == null ? "NULL" : "?6")
                        + " WHERE id = ?7")
                .setParameter(1, status)
                .setParameter(2, Timestamp.from(created))
                .setParameter(5, byShopper)
                .setParameter(7, shopOrderId);
        if (shipped != null) {
            update.setParameter(3, Timestamp.from(shipped));
        }
        if (deliveredAt != null) {
            update.setParameter(4, Timestamp.from(deliveredAt));
        }
        if (refundReason != null) {
            update.setParameter(6, refundReason);
        }
        update.executeUpdate();
        tx.commit();
    }

    private void delivered(long shopOrderId, Instant deliveredAt) throws Exception {
        tx.begin();
        em.createNativeQuery("UPDATE shop_order SET status = 'DELIVERED', shipped_at = ?1, delivered_at = ?1"
                + " WHERE id = ?2").setParameter(1, Timestamp.from(deliveredAt)).setParameter(2, shopOrderId)
                .executeUpdate();
        tx.commit();
    }

    private Review review(Account shopper, long shopOrderId, int... scores) throws Exception {
        return asShopper.call(() -> reviews.post(shopper.getId(), lineOf(shopOrderId), scores,
                "Beautifully finished, the clasp closes firmly.", List.of()));
    }

    private void conversation(Shop shop, Account shopper, Instant created, Instant firstReply, boolean byShop)
            throws Exception {
        tx.begin();
        long id = 900_000_000L + Math.abs(UUID.randomUUID().getMostSignificantBits() % 100_000_000L);
        Query insert = em.createNativeQuery("INSERT INTO conversation (id, shop_id, shopper_id, created_at,"
                        + " last_message_at, last_excerpt, started_by_shop, first_reply_at, shopper_unread, shop_unread)"
                        + " VALUES (?1, ?2, ?3, ?4, ?4, 'Hello', ?5, " + (firstReply == null ? "NULL" : "?6") + ", 0, 0)")
                .setParameter(1, id)
                .setParameter(2, shop.getId())
                .setParameter(3, shopper.getId())
                .setParameter(4, Timestamp.from(created))
                .setParameter(5, byShop);
        if (firstReply != null) {
            insert.setParameter(6, Timestamp.from(firstReply));
        }
        insert.executeUpdate();
        tx.commit();
    }

    // ---- reviews -----------------------------------------------------------------------------------------------

    @Test
    void onlyTheBuyerOfADeliveredLineReviewsItOnceWithinNinetyDays() throws Exception {
        Shop shop = shop("Review rules");
        long listing = piece(shop, 10);
        Account buyer = account("buyer");
        Account stranger = account("stranger");
        long order = buy(buyer, listing);
        long line = lineOf(order);

        // Not bought: someone else's line is not found, whatever the id says.
        assertThrows(AccessRefused.class, () -> asShopper.call(() -> reviews.reviewable(stranger.getId(), line)));
        assertThrows(AccessRefused.class, () -> review(stranger, order, 5, 5, 5, 5));
        // Not delivered yet.
        ReviewException notDelivered = assertThrows(ReviewException.class, () -> review(buyer, order, 5, 5, 5, 5));
        assertEquals("reviews.error.notDelivered", notDelivered.getMessageKey());
        // Delivered 91 days ago: closed.
        delivered(order, Instant.now().minus(Duration.ofDays(91)));
        assertEquals("reviews.error.tooLate",
                assertThrows(ReviewException.class, () -> review(buyer, order, 5, 5, 5, 5)).getMessageKey());
        // Delivered 89 days ago: open; bad scores and a too-short text are refused and save nothing.
        delivered(order, Instant.now().minus(Duration.ofDays(89)));
        assertEquals("reviews.error.scores", assertThrows(ReviewException.class,
                () -> review(buyer, order, 5, 0, 5, 5)).getMessageKey());
        assertEquals("reviews.error.scores", assertThrows(ReviewException.class,
                () -> review(buyer, order, 5, 6, 5, 5)).getMessageKey());
        assertEquals("reviews.error.body", assertThrows(ReviewException.class, () -> asShopper.call(
                () -> reviews.post(buyer.getId(), line, new int[] {5, 5, 5, 5}, " short ", List.of())))
                .getMessageKey());
        Review posted = review(buyer, order, 5, 4, 3, 2);
        assertEquals(List.of(5, 4, 3, 2), List.of(posted.getCraftsmanship(), posted.getAsDescribed(),
                posted.getCommunication(), posted.getPackaging()));
        assertEquals("Test", posted.getAuthorName(), "signed with the first name only");
        // Already reviewed.
        assertEquals("reviews.error.already",
                assertThrows(ReviewException.class, () -> review(buyer, order, 1, 1, 1, 1)).getMessageKey());
        assertEquals(1L, ((Number) em.createNativeQuery("SELECT COUNT(*) FROM review WHERE order_line_id = ?1")
                .setParameter(1, line).getSingleResult()).longValue());
        // Public on the listing and the shop, and counted in the shop's figures right after the commit.
        assertEquals(1, reviews.listingReviews(listing, null, null, 5).getReviews().size());
        ShopQuality quality = figures.quality(shop.getId());
        assertEquals(1, quality.recent().getReviewCount());
        assertEquals(new BigDecimal("5.00"), quality.recent().getAvgCraftsmanship());
    }

    @Test
    void theShopRepliesOnceAndOnlyToItsOwnReviews() throws Exception {
        Shop shop = shop("Reply once");
        Shop other = shop("Not my review");
        long listing = piece(shop, 10);
        Account buyer = account("buyer");
        long order = buy(buyer, listing);
        delivered(order, Instant.now().minus(Duration.ofDays(2)));
        Review review = review(buyer, order, 4, 4, 4, 4);
        long owner = shop.getOwner().getId();
        long otherOwner = other.getOwner().getId();

        assertThrows(AccessRefused.class, () -> asShopper.call(() -> reviews.reply(otherOwner, review.getId(),
                "Thank you!")), "another shop's owner: not found");
        assertEquals("reviews.error.reply", assertThrows(ReviewException.class, () -> asShopper.call(
                () -> reviews.reply(owner, review.getId(), "   "))).getMessageKey());
        asShopper.call(() -> reviews.reply(owner, review.getId(), "Thank you — enjoy wearing it."));
        assertEquals("reviews.error.replied", assertThrows(ReviewException.class, () -> asShopper.call(
                () -> reviews.reply(owner, review.getId(), "And again"))).getMessageKey());
        Review shown = reviews.shopReviews(shop.getId(), null, null, 0).getReviews().get(0);
        assertEquals("Thank you — enjoy wearing it.", shown.getReply());
    }

    @Test
    void aReportedReviewIsHiddenOrKeptByAnAdminAndTheDecisionIsRecorded() throws Exception {
        Shop shop = shop("Reports");
        long listing = piece(shop, 10);
        Account buyer = account("buyer");
        Account reader = account("reader");
        Account admin = account("admin");
        long first = buy(buyer, listing);
        long second = buy(buyer, listing);
        delivered(first, Instant.now().minus(Duration.ofDays(3)));
        delivered(second, Instant.now().minus(Duration.ofDays(3)));
        Review kept = review(buyer, first, 2, 2, 2, 2);
        Review abusive = review(buyer, second, 1, 1, 1, 1);
        assertEquals(2, figures.quality(shop.getId()).recent().getReviewCount());

        asShopper.run(() -> {
            reviews.report(reader.getId(), kept.getId(), "Unfair");
            reviews.report(reader.getId(), abusive.getId(), "Insults the maker by name");
            reviews.report(reader.getId(), abusive.getId(), "Reported twice is reported once");
        });
        assertEquals(1L, ((Number) em.createNativeQuery("SELECT COUNT(*) FROM review_report WHERE review_id = ?1")
                .setParameter(1, abusive.getId()).getSingleResult()).longValue());
        assertEquals("reviews.error.decisionNote", assertThrows(ReviewException.class, () -> asAdmin.run(
                () -> reviews.decide(admin.getId(), abusive.getId(), ReviewReport.Decision.HIDE, " "))).getMessageKey());
        asAdmin.run(() -> {
            reviews.decide(admin.getId(), abusive.getId(), ReviewReport.Decision.HIDE, "Insults, not about the piece");
            reviews.decide(admin.getId(), kept.getId(), ReviewReport.Decision.KEEP, "An honest opinion");
        });
        ReviewPage visible = reviews.shopReviews(shop.getId(), null, null, 0);
        assertEquals(List.of(kept.getId()), visible.getReviews().stream().map(Review::getId).toList(),
                "the hidden review is shown nowhere");
        assertEquals(1, figures.quality(shop.getId()).recent().getReviewCount(), "and counts in no figure");
        List<ReviewReport> decided = asAdmin.call(() -> reviews.decidedReports(50)).stream()
                .filter(p -> p.getReview().getShopId() == shop.getId()).toList();
        assertEquals(2, decided.size());
        assertTrue(decided.stream().anyMatch(p -> p.getDecision() == ReviewReport.Decision.HIDE
                && "Insults, not about the piece".equals(p.getDecisionNote()) && p.getDecidedAt() != null));
        assertEquals("reviews.error.decided", assertThrows(ReviewException.class, () -> asAdmin.run(
                () -> reviews.decide(admin.getId(), kept.getId(), ReviewReport.Decision.HIDE, "changed my mind")))
                .getMessageKey(), "a decided review has no open report left to decide");
        assertThrows(AccessRefused.class, () -> asShopper.run(
                () -> reviews.report(reader.getId(), abusive.getId(), "hidden reviews cannot be reported")));
    }

    @Test
    void reviewsFilterByAspectScore() throws Exception {
        Shop shop = shop("Filter");
        long listing = piece(shop, 10);
        Account buyer = account("buyer");
        long a = buy(buyer, listing);
        long b = buy(buyer, listing);
        delivered(a, Instant.now().minus(Duration.ofDays(1)));
        delivered(b, Instant.now().minus(Duration.ofDays(1)));
        Review five = review(buyer, a, 5, 5, 5, 5);
        Review mixed = review(buyer, b, 3, 5, 2, 4);
        assertEquals(List.of(mixed.getId()), reviews.shopReviews(shop.getId(), Aspect.CRAFTSMANSHIP, 3, 0)
                .getReviews().stream().map(Review::getId).toList());
        assertEquals(List.of(mixed.getId(), five.getId()), reviews.shopReviews(shop.getId(), Aspect.AS_DESCRIBED, 5, 0)
                .getReviews().stream().map(Review::getId).toList(), "newest first");
        assertTrue(reviews.shopReviews(shop.getId(), Aspect.PACKAGING, 1, 0).getReviews().isEmpty());
        assertEquals(List.of(mixed.getId()), reviews.listingReviews(listing, Aspect.COMMUNICATION, 2, 5)
                .getReviews().stream().map(Review::getId).toList(), "the piece's reviews filter the same way");
        assertEquals(2, reviews.listingReviews(listing, null, null, 5).getTotal());
        String page = Http.get(base, "/listings/" + listing + "?aspect=communication&score=2",
                "Cache-Control", "no-cache").body();
        assertTrue(page.contains("data-review=\"" + mixed.getId() + "\"")
                && !page.contains("data-review=\"" + five.getId() + "\""), "the listing page filters too");
    }

    // ---- figures -----------------------------------------------------------------------------------------------

    @Test
    void figuresAreComputedExactlyFromOrdersReviewsAndConversations() throws Exception {
        Shop shop = shop("Known figures");
        long listing = piece(shop, 20);
        Account buyer = account("buyer");
        List<Long> o = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            o.add(buy(buyer, listing));
        }
        Instant now = Instant.now();
        // Reviews first (they need delivered orders now), then every order dated into its known state.
        delivered(o.get(1), now.minus(Duration.ofDays(1)));
        delivered(o.get(2), now.minus(Duration.ofDays(1)));
        delivered(o.get(3), now.minus(Duration.ofDays(1)));
        review(buyer, o.get(1), 5, 4, 5, 5);
        review(buyer, o.get(2), 4, 3, 5, 4);
        Review old = review(buyer, o.get(3), 5, 5, 4, 3);
        tx.begin();
        em.createNativeQuery("UPDATE review SET created_at = ?1 WHERE id = ?2")
                .setParameter(1, Timestamp.from(now.minus(Duration.ofDays(120)))).setParameter(2, old.getId())
                .executeUpdate();
        tx.commit();
        // Processing time 3 days everywhere.
        state(o.get(0), "DELIVERED", now, 100, 2.0, false, null);               // on time, older than 90 days
        state(o.get(1), "DELIVERED", now, 40, 1.0, false, "NOT_AS_DESCRIBED");  // on time, returned
        state(o.get(2), "DELIVERED", now, 30, 5.0, false, null);                // late
        state(o.get(3), "DELIVERED", now, 20, 3.0, false, null);                // on the last minute: on time
        state(o.get(4), "CANCELLED", now, 10, null, false, null);               // cancelled by the shop
        state(o.get(5), "CANCELLED", now, 10, null, true, null);                // cancelled by the shopper
        state(o.get(6), "NEW", now, 5, null, false, null);                      // overdue: late
        state(o.get(7), "NEW", now, 1, null, false, null);                      // not due yet
        state(o.get(8), "SHIPPED", now, 50, 2.0, false, null);                  // on time
        // First responses: 30 min, 1 h, 2 h, 4 h, one unanswered for 3 days; one unanswered for 2 h (not yet
        // late: not counted) and one the shop started (not counted).
        for (long minutes : new long[] {30, 60, 120, 240}) {
            Instant started = now.minus(Duration.ofDays(10));
            conversation(shop, buyer, started, started.plus(Duration.ofMinutes(minutes)), false);
        }
        conversation(shop, buyer, now.minus(Duration.ofDays(3)), null, false);
        conversation(shop, buyer, now.minus(Duration.ofHours(2)), null, false);
        conversation(shop, buyer, now.minus(Duration.ofDays(2)), null, true);

        ShopQuality q = figures.recompute(shop.getId(), now);
        ShopFigures recent = q.recent();
        assertEquals(8, recent.getOrderCount());
        assertEquals(6, recent.getSalesCount());
        assertEquals(5, recent.getDueCount());
        assertEquals(3, recent.getOnTimeCount());
        assertEquals(60, recent.getOnTimePercent());
        assertEquals(1, recent.getCancelledCount());
        assertEquals(13, recent.getCancellationPercent(), "1 of 8, rounded half up");
        assertEquals(1, recent.getNotAsDescribedCount());
        assertEquals(17, recent.getNotAsDescribedPercent(), "1 of 6");
        assertEquals(2, recent.getReviewCount());
        assertEquals(new BigDecimal("4.50"), recent.getAvgCraftsmanship());
        assertEquals(new BigDecimal("3.50"), recent.getAvgAsDescribed());
        assertEquals(new BigDecimal("5.00"), recent.getAvgCommunication());
        assertEquals(new BigDecimal("4.50"), recent.getAvgPackaging());
        assertEquals(5, recent.getConversationCount());
        assertEquals(120, recent.getResponseMinutes(), "the median of 30, 60, 120, 240 and 4320 minutes");

        ShopFigures all = q.allTime();
        assertEquals(9, all.getOrderCount());
        assertEquals(7, all.getSalesCount());
        assertEquals(6, all.getDueCount());
        assertEquals(4, all.getOnTimeCount());
        assertEquals(67, all.getOnTimePercent());
        assertEquals(11, all.getCancellationPercent());
        assertEquals(14, all.getNotAsDescribedPercent());
        assertEquals(3, all.getReviewCount());
        assertEquals(new BigDecimal("4.67"), all.getAvgCraftsmanship());
        assertEquals(new BigDecimal("4.00"), all.getAvgAsDescribed());

        // Stored, and what pages read: the same numbers.
        assertEquals(60, figures.quality(shop.getId()).recent().getOnTimePercent());
        String page = Http.get(base, "/shops/" + shop.getSlug(), "Cache-Control", "no-cache").body();
        assertTrue(page.contains("60 %") && page.contains("of 5 orders"), "on-time rate with its basis on the page");
        assertTrue(page.contains("2 h") && page.contains("over 5 conversations"), "median first response");
        String compare = Http.get(base, "/compare?shops=" + shop.getSlug(), "Cache-Control", "no-cache").body();
        assertTrue(compare.contains("60 %") && compare.contains("17 %") && compare.contains("13 %"), "compare");
    }

    @Test
    void belowFiveOrdersARateSaysNotEnoughDataYet() throws Exception {
        Shop shop = shop("Too new");
        long listing = piece(shop, 10);
        Account buyer = account("buyer");
        long order = buy(buyer, listing);
        Instant now = Instant.now();
        state(order, "SHIPPED", now, 10, 1.0, false, null);
        ShopFigures recent = figures.recompute(shop.getId(), now).recent();
        assertEquals(1, recent.getDueCount());
        assertNull(recent.getOnTimePercent());
        assertNull(recent.getCancellationPercent());
        assertNull(recent.getResponseMinutes());
        String page = Http.get(base, "/shops/" + shop.getSlug(), "Cache-Control", "no-cache").body();
        assertTrue(page.contains("Not enough data yet (1 order)"), "says why there is no number");
        assertFalse(page.contains("100 %"));
    }

    @Test
    void trustedMakerIsGrantedLostAndGrantedAgainAsTheFiguresCrossTheCriteria() throws Exception {
        Shop shop = shop("Trusted");
        long listing = piece(shop, 20);
        Account buyer = account("buyer");
        List<Long> o = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            o.add(buy(buyer, listing));
        }
        Instant now = Instant.now();
        for (int i = 0; i < 3; i++) {
            delivered(o.get(i), now.minus(Duration.ofDays(1)));
            review(buyer, o.get(i), 5, 5, 5, 5);
        }
        for (int i = 0; i < 5; i++) {
            state(o.get(i), "DELIVERED", now, 30 + i, 1.0, false, null);
        }
        state(o.get(5), "NEW", now, 1, null, false, null); // not due: does not count yet
        conversation(shop, buyer, now.minus(Duration.ofDays(5)), now.minus(Duration.ofDays(5)).plusSeconds(3600), false);

        assertEquals(List.of(), trusted.evaluate(shop.getId(), now), "5 orders, all on time, 5.0, answered in 1 h");
        assertEquals(List.of("GRANTED"), badgeEvents(shop));
        assertTrue(Http.get(base, "/shops/" + shop.getSlug(), "Cache-Control", "no-cache").body()
                .contains("Trusted maker"), "the badge shows on the shop page");
        assertEquals(List.of(), trusted.evaluate(shop.getId(), now.plusSeconds(60)), "still holds: no new event");
        assertEquals(List.of("GRANTED"), badgeEvents(shop));

        // The sixth order ships 4 days late: 5 of 6 on time is 83 %, below 95 %.
        state(o.get(5), "SHIPPED", now, 10, 7.0, false, null);
        List<String> missed = trusted.evaluate(shop.getId(), now);
        assertEquals(1, missed.size(), missed.toString());
        assertTrue(missed.get(0).startsWith("on-time shipping 83 %"), missed.get(0));
        assertEquals(List.of("GRANTED", "REVOKED"), badgeEvents(shop));
        assertEquals("CRITERIA_NOT_MET", em.createNativeQuery("SELECT e.reason_category FROM badge_event e"
                + " JOIN badge b ON b.id = e.badge_id WHERE b.shop_id = ?1 AND e.kind = 'REVOKED'")
                .setParameter(1, shop.getId()).getSingleResult());
        assertFalse(Http.get(base, "/shops/" + shop.getSlug(), "Cache-Control", "no-cache").body()
                .contains("badge--TRUSTED_MAKER"), "a lost badge is not shown");
        assertTrue(Http.get(base, "/shops/" + shop.getSlug() + "/verification", "Cache-Control", "no-cache").body()
                .contains("Criteria no longer met"), "the loss and its reason are on the public history");

        // It was a data error: shipped on time after all. The badge comes back, on the history too.
        state(o.get(5), "SHIPPED", now, 10, 2.0, false, null);
        assertEquals(List.of(), trusted.evaluate(shop.getId(), now));
        assertEquals(List.of("GRANTED", "REVOKED", "GRANTED"), badgeEvents(shop));

        // Slow replies: the median first response over two days loses it again.
        for (int i = 0; i < 2; i++) {
            conversation(shop, buyer, now.minus(Duration.ofDays(6)), now.minus(Duration.ofDays(3)), false);
        }
        List<String> slow = trusted.evaluate(shop.getId(), now);
        assertTrue(slow.size() == 1 && slow.get(0).startsWith("median first response"), slow.toString());
        assertTrue(Http.get(base, "/verification", "Cache-Control", "no-cache").body()
                .contains("At least 95 % of orders shipped within the promised processing time."),
                "the criteria are published on the rubric page");
    }

    private List<String> badgeEvents(Shop shop) {
        @SuppressWarnings("unchecked")
        List<Object> kinds = em.createNativeQuery("SELECT e.kind FROM badge_event e JOIN badge b ON b.id = e.badge_id"
                + " WHERE b.shop_id = ?1 AND b.badge_code = 'TRUSTED_MAKER' ORDER BY e.occurred_at, e.id")
                .setParameter(1, shop.getId()).getResultList();
        return kinds.stream().map(String::valueOf).toList();
    }
}
