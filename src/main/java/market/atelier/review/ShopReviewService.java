package market.atelier.review;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import market.atelier.account.Account;
import market.atelier.account.Role;
import market.atelier.catalog.search.CatalogChanged;
import market.atelier.notification.NotificationService;
import market.atelier.order.OrderLine;
import market.atelier.order.ShopOrder;
import market.atelier.order.ShopOrderStatus;
import market.atelier.quality.ShopActivity;
import market.atelier.shared.AccessRefused;
import market.atelier.shared.AuditLog;
import market.atelier.shared.MediaStore.StoredImage;

/**
 * Reviews by aspect. Only the buyer of a delivered order line reviews it, once, within {@link #WINDOW} of delivery,
 * and never a piece of their own shop;
 * the shop replies once, publicly; anyone signed in reports an abusive review and an admin hides or keeps it, with
 * the decision recorded. Every method finds what it changes through the caller's account.
 */
@Stateless
@PermitAll
public class ShopReviewService {

    public static final Duration WINDOW = Duration.ofDays(90);
    public static final int PAGE_SIZE = 10;

    @Inject
    private AuditLog audit;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private NotificationService notifications;

    @Inject
    private Event<ShopActivity> activity;

    @Inject
    private Event<CatalogChanged> changed;

    // ---- buyer ---------------------------------------------------------------------------------------------

    /** The order line the account may review now, or a refusal saying why not (someone else's line: not found). */
    @RolesAllowed("SHOPPER")
    public OrderLine reviewable(long accountId, long orderLineId) {
        return reviewable(accountId, orderLineId, Instant.now(), false);
    }

    private OrderLine reviewable(long accountId, long orderLineId, Instant now, boolean lock) {
        OrderLine line = em.find(OrderLine.class, orderLineId);
        if (line == null || line.getShopOrder().getOrder().getAccountId() != accountId) {
            throw new AccessRefused("order line " + orderLineId);
        }
        ShopOrder shopOrder = line.getShopOrder();
        if (lock) {
            em.lock(shopOrder, LockModeType.PESSIMISTIC_WRITE);
        }
        if (shopOrder.getShop().getOwner().getId() == accountId) {
            // A shop's own purchase (bought before checkout refused it) never feeds its figures.
            throw new ReviewException("reviews.error.own");
        }
        if (shopOrder.getStatus() != ShopOrderStatus.DELIVERED) {
            throw new ReviewException("reviews.error.notDelivered");
        }
        if (isReviewed(orderLineId)) {
            throw new ReviewException("reviews.error.already");
        }
        if (now.isAfter(shopOrder.getDeliveredAt().plus(WINDOW))) {
            throw new ReviewException("reviews.error.tooLate");
        }
        return line;
    }

    /**
     * Posts the buyer's review of a delivered line: {@code scores} are craftsmanship, as described, communication
     * and packaging, each 1-5; the text 10-2000 characters; at most three photos (already checked and stored).
     */
    @RolesAllowed("SHOPPER")
    public Review post(long accountId, long orderLineId, int[] scores, String body, List<StoredImage> photos) {
        if (scores == null || scores.length != Aspect.values().length) {
            throw new ReviewException("reviews.error.scores");
        }
        for (int score : scores) {
            if (score < 1 || score > 5) {
                throw new ReviewException("reviews.error.scores");
            }
        }
        String text = body == null ? "" : body.strip();
        if (text.length() < Review.BODY_MIN || text.length() > Review.BODY_MAX) {
            throw new ReviewException("reviews.error.body");
        }
        if (photos != null && photos.size() > Review.MAX_PHOTOS) {
            throw new ReviewException("reviews.error.photos");
        }
        Instant now = Instant.now();
        // The shop order's row lock makes a double submit (two tabs, a double click) one review, not two.
        OrderLine line = reviewable(accountId, orderLineId, now, true);
        ShopOrder shopOrder = line.getShopOrder();
        long shopId = shopOrder.getShop().getId();
        Account author = em.find(Account.class, accountId);
        Review review = new Review(orderLineId, shopId, line.getListingId(), line.getTitle(), accountId,
                firstName(author.getDisplayName()), scores, text, now);
        if (photos != null) {
            photos.forEach(p -> review.addPhoto(p.key(), p.width(), p.height()));
        }
        em.persist(review);
        em.flush();
        notifications.notify(shopOrder.getShop().getOwner().getId(), "reviews.notify.new", "/seller/reviews",
                line.getTitle(), String.valueOf(scores[0]));
        activity.fire(new ShopActivity(shopId));
        return review;
    }

    /** Which of these order lines the account has reviewed already. */
    @RolesAllowed("SHOPPER")
    public Set<Long> reviewedLines(long accountId, Collection<Long> orderLineIds) {
        if (orderLineIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("SELECT r.orderLineId FROM Review r WHERE r.authorId = :account"
                        + " AND r.orderLineId IN :lines", Long.class)
                .setParameter("account", accountId)
                .setParameter("lines", orderLineIds)
                .getResultList());
    }

    private boolean isReviewed(long orderLineId) {
        return !em.createQuery("SELECT r.id FROM Review r WHERE r.orderLineId = :line", Long.class)
                .setParameter("line", orderLineId).setMaxResults(1).getResultList().isEmpty();
    }

    /** Reviews are signed with the first name only: enough to be a person, not enough to be found. */
    static String firstName(String displayName) {
        String name = displayName == null ? "" : displayName.strip();
        int space = name.indexOf(' ');
        String first = space > 0 ? name.substring(0, space) : name;
        return first.isEmpty() ? "—" : first.length() > 80 ? first.substring(0, 80) : first;
    }

    // ---- shop ----------------------------------------------------------------------------------------------

    /** The reviews of the artisan's own shop (none without a shop), newest first, hidden ones marked, with photos. */
    @RolesAllowed("SHOPPER")
    public List<Review> ownShopReviews(long accountId) {
        return em.createQuery("SELECT r FROM Review r WHERE r.shopId IN (SELECT s.id FROM Shop s WHERE"
                        + " s.owner.id = :account) ORDER BY r.createdAt DESC, r.id DESC", Review.class)
                .setParameter("account", accountId)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "r.photos")
                .getResultList();
    }

    /** The shop's one public reply to a review of its own (anyone else's review: not found). */
    @RolesAllowed("SHOPPER")
    public Review reply(long accountId, long reviewId, String text) {
        String reply = text == null ? "" : text.strip();
        if (reply.isEmpty() || reply.length() > Review.REPLY_MAX) {
            throw new ReviewException("reviews.error.reply");
        }
        Review review = em.find(Review.class, reviewId, LockModeType.PESSIMISTIC_WRITE);
        if (review == null || !ownsShop(accountId, review.getShopId())) {
            throw new AccessRefused("review " + reviewId);
        }
        review.reply(reply, Instant.now());
        notifications.notify(review.getAuthorId(), "reviews.notify.reply", "/shops/" + shopSlug(review.getShopId())
                + "#review-" + review.getId(), review.getListingTitle());
        changed.fire(CatalogChanged.pages());
        return review;
    }

    private boolean ownsShop(long accountId, long shopId) {
        return !em.createQuery("SELECT s.id FROM Shop s WHERE s.id = :shop AND s.owner.id = :account", Long.class)
                .setParameter("shop", shopId).setParameter("account", accountId).getResultList().isEmpty();
    }

    private String shopSlug(long shopId) {
        return em.createQuery("SELECT s.slug FROM Shop s WHERE s.id = :shop", String.class)
                .setParameter("shop", shopId).getSingleResult();
    }

    // ---- public --------------------------------------------------------------------------------------------

    /**
     * A page of a shop's visible reviews, newest first; with {@code aspect} and {@code score}, only those that gave
     * that aspect that score. Photos are read in one more query for the whole page.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ReviewPage shopReviews(long shopId, Aspect aspect, Integer score, int page) {
        String filter = filter(aspect, score);
        int first = Math.max(0, page) * PAGE_SIZE;
        List<Review> found = scored(em.createQuery("SELECT r FROM Review r WHERE r.shopId = :shop"
                        + " AND r.hidden = FALSE" + filter + " ORDER BY r.createdAt DESC, r.id DESC", Review.class),
                        filter, score)
                .setParameter("shop", shopId)
                .setFirstResult(first)
                .setMaxResults(PAGE_SIZE)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "r.photos")
                .getResultList();
        // The count is only needed when the page is full or not the first: one query saved on most pages.
        long total = first == 0 && found.size() < PAGE_SIZE ? found.size()
                : scored(em.createQuery("SELECT COUNT(r) FROM Review r WHERE r.shopId = :shop AND r.hidden = FALSE"
                        + filter, Long.class), filter, score).setParameter("shop", shopId).getSingleResult();
        return new ReviewPage(found, total, Math.max(0, page), PAGE_SIZE);
    }

    /**
     * The newest visible reviews of one piece (with {@code aspect} and {@code score}, those that gave that aspect
     * that score), with their photos, in one query: a piece has a few reviews; many of ours are one of a kind.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ReviewPage listingReviews(long listingId, Aspect aspect, Integer score, int limit) {
        String filter = filter(aspect, score);
        List<Review> found = scored(em.createQuery("SELECT DISTINCT r FROM Review r LEFT JOIN FETCH r.photos"
                        + " WHERE r.listingId = :listing AND r.hidden = FALSE" + filter
                        + " ORDER BY r.createdAt DESC, r.id DESC", Review.class), filter, score)
                .setParameter("listing", listingId)
                .getResultList();
        return new ReviewPage(found.subList(0, Math.min(limit, found.size())), found.size(), 0, limit);
    }

    /** The condition "gave this aspect this score", or none when either is missing. */
    private static String filter(Aspect aspect, Integer score) {
        return aspect == null || score == null ? "" : " AND r." + aspect.field() + " = :score";
    }

    private static <T> TypedQuery<T> scored(TypedQuery<T> query, String filter, Integer score) {
        return filter.isEmpty() ? query : query.setParameter("score", score);
    }

    // ---- reports and moderation ------------------------------------------------------------------------------

    /** A signed-in user reports a visible review as abusive (once per review; again is a no-op). */
    @RolesAllowed({"SHOPPER", "ARTISAN", "VERIFIER", "ADMIN"})
    public void report(long accountId, long reviewId, String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > ReviewReport.REASON_MAX) {
            throw new ReviewException("reviews.error.reportReason");
        }
        Review review = em.find(Review.class, reviewId);
        if (review == null || review.isHidden()) {
            throw new AccessRefused("review " + reviewId);
        }
        boolean reported = !em.createQuery("SELECT p.id FROM ReviewReport p WHERE p.review = :review"
                        + " AND p.reporterId = :account", Long.class)
                .setParameter("review", review).setParameter("account", accountId).getResultList().isEmpty();
        if (!reported) {
            em.persist(new ReviewReport(review, accountId, text, Instant.now()));
            notifications.notifyRole(Role.ADMIN, "reviews.notify.reported", "/admin/reviews",
                    review.getListingTitle());
        }
    }

    /** Open reports, oldest first, with their reviews. */
    @RolesAllowed("ADMIN")
    public List<ReviewReport> openReports() {
        return em.createQuery("SELECT p FROM ReviewReport p JOIN FETCH p.review WHERE p.decidedAt IS NULL"
                + " ORDER BY p.createdAt, p.id", ReviewReport.class).getResultList();
    }

    /** Recent decisions, newest first: the record of what was hidden or kept, by whom and why. */
    @RolesAllowed("ADMIN")
    public List<ReviewReport> decidedReports(int limit) {
        return em.createQuery("SELECT p FROM ReviewReport p JOIN FETCH p.review WHERE p.decidedAt IS NOT NULL"
                + " ORDER BY p.decidedAt DESC, p.id DESC", ReviewReport.class).setMaxResults(limit).getResultList();
    }

    /**
     * An admin decides on a reported review: HIDE takes it off every page and out of every figure; KEEP leaves it.
     * The decision, its note and the admin are recorded on every open report of that review.
     */
    @RolesAllowed("ADMIN")
    public void decide(long adminId, long reviewId, ReviewReport.Decision decision, String note) {
        if (decision == null) {
            throw new ReviewException("reviews.error.decision");
        }
        String text = note == null ? "" : note.strip();
        if (text.isEmpty() || text.length() > 500) {
            throw new ReviewException("reviews.error.decisionNote");
        }
        Review review = em.find(Review.class, reviewId, LockModeType.PESSIMISTIC_WRITE);
        if (review == null) {
            throw new AccessRefused("review " + reviewId);
        }
        List<ReviewReport> open = em.createQuery("SELECT p FROM ReviewReport p WHERE p.review = :review"
                + " AND p.decidedAt IS NULL", ReviewReport.class).setParameter("review", review).getResultList();
        if (open.isEmpty()) {
            throw new ReviewException("reviews.error.decided");
        }
        Instant now = Instant.now();
        open.forEach(p -> p.decide(decision, text, adminId, now));
        String before = review.isHidden() ? "hidden" : "shown";
        if (decision == ReviewReport.Decision.HIDE && !review.isHidden()) {
            review.hide();
            activity.fire(new ShopActivity(review.getShopId()));
        }
        audit.record(adminId, "review." + decision.name().toLowerCase(java.util.Locale.ROOT), "review", reviewId, before,
                review.isHidden() ? "hidden" : "shown", text);
    }
}
