package market.atelier.quality;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import market.atelier.catalog.search.CatalogChanged;
import market.atelier.notification.NotificationService;
import market.atelier.shared.JobLease;
import market.atelier.shop.Shop;
import market.atelier.verification.Badge;
import market.atelier.verification.BadgeState;
import market.atelier.verification.BadgeType;

/**
 * The computed Trusted maker badge: every day each shop's figures are recomputed and the badge granted, kept or
 * lost against the published criteria (the rubric page shows them; {@link #CRITERIA} below is the same list in
 * code). Grants and losses go on the badge's public, dated history like any other badge.
 * <p>
 * Once a day across all servers ({@link JobLease}): two runs at once could both grant a missing badge. Every server's
 * timer fires at 03:17 and each hour after until 08:17; the first to claim the day's run does it, the later firings
 * take it over only when the server running it died ({@link #LEASE} after it started).
 */
@Stateless
@PermitAll
public class TrustedMaker {

    private static final Logger LOG = Logger.getLogger(TrustedMaker.class.getName());

    public static final int MIN_ORDERS = 5;
    public static final int MIN_ON_TIME_PERCENT = 95;
    public static final BigDecimal MIN_CRAFTSMANSHIP = new BigDecimal("4.80");
    public static final int MIN_REVIEWS = 3;
    public static final int MAX_RESPONSE_MINUTES = 24 * 60;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ShopFiguresService figures;

    @Inject
    private NotificationService notifications;

    @Inject
    private Event<CatalogChanged> changed;

    @Inject
    private TrustedMaker self;

    @Inject
    private JobLease leases;

    static final String JOB = "trusted-maker";
    static final LocalTime AT = LocalTime.of(3, 17);
    /** Far longer than a run takes (minutes); a run not finished by then is taken over by another server. */
    static final Duration LEASE = Duration.ofHours(2);

    /**
     * Every day at 03:17 (server time) on one server: all shops with anything to count, each in its own transaction.
     * The firings until 08:17 only take over a run whose server died.
     */
    @Schedule(hour = "3-8", minute = "17", persistent = false, info = "daily figures and Trusted maker")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void daily() {
        ZonedDateTime now = ZonedDateTime.now();
        leases.runOnce(JOB, slot(now), LEASE, () -> runAll(now.toInstant()));
    }

    /** The day's run this moment belongs to: today's 03:17 once it has passed, else yesterday's. */
    static Instant slot(ZonedDateTime now) {
        ZonedDateTime today = now.with(AT).withSecond(0).withNano(0);
        return (now.isBefore(today) ? today.minusDays(1) : today).toInstant();
    }

    /** Recomputes and re-evaluates every shop as of {@code now}; returns how many were evaluated. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int runAll(Instant now) {
        int done = 0;
        for (Long shopId : figures.shopsWithActivity()) {
            try {
                self.evaluate(shopId, now);
                done++;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Trusted maker not evaluated for shop " + shopId, e);
            }
        }
        return done;
    }

    /**
     * Recomputes the shop's figures and grants, keeps or takes away its badge. Returns the criteria it misses
     * (empty: it holds the badge).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<String> evaluate(long shopId, Instant now) {
        ShopFigures recent = figures.recompute(shopId, now).recent();
        List<String> missed = missed(recent);
        Shop shop = em.find(Shop.class, shopId);
        Optional<Badge> held = em.createQuery("SELECT b FROM Badge b WHERE b.shop.id = :shop AND b.type.code = :code",
                        Badge.class)
                .setParameter("shop", shopId)
                .setParameter("code", BadgeType.TRUSTED_MAKER)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        if (held.isPresent() && held.get().getState() == BadgeState.SUSPENDED) {
            return missed; // a verifier suspended it: theirs to restore or revoke, not the timer's
        }
        String note = summary(recent);
        boolean changedState = false;
        if (missed.isEmpty()) {
            if (held.isEmpty()) {
                em.persist(Badge.grant(shop, em.find(BadgeType.class, BadgeType.TRUSTED_MAKER), now, note));
                changedState = true;
            } else if (held.get().isValidAt(now)) {
                held.get().extend(now);
            } else {
                held.get().regrant(now, note);
                changedState = true;
            }
            if (changedState) {
                notifications.notify(shop.getOwner().getId(), "notice.artisan.trusted", "/shops/" + shop.getSlug()
                        + "/verification");
            }
        } else if (held.isPresent() && held.get().getState() == BadgeState.VALID) {
            held.get().lapse(String.join("; ", missed), now);
            changedState = true;
            notifications.notify(shop.getOwner().getId(), "notice.artisan.untrusted", "/shops/" + shop.getSlug()
                    + "/verification", String.join("; ", missed));
        }
        if (changedState) {
            changed.fire(CatalogChanged.shop(shopId));
        }
        return missed;
    }

    /** The criteria these 90-day figures miss, in words for the public history (English, like all public notes). */
    public static List<String> missed(ShopFigures f) {
        List<String> missed = new ArrayList<>();
        if (f.getSalesCount() < MIN_ORDERS) {
            missed.add("fewer than " + MIN_ORDERS + " orders in 90 days (" + f.getSalesCount() + ")");
        }
        Integer onTime = f.getOnTimePercent();
        if (onTime == null) {
            missed.add("too few orders due to ship to measure on-time shipping (" + f.getDueCount() + ")");
        } else if (onTime < MIN_ON_TIME_PERCENT) {
            missed.add("on-time shipping " + onTime + " % (" + f.getOnTimeCount() + " of " + f.getDueCount() + ")");
        }
        if (f.getReviewCount() < MIN_REVIEWS) {
            missed.add("fewer than " + MIN_REVIEWS + " reviews in 90 days (" + f.getReviewCount() + ")");
        } else if (f.getAvgCraftsmanship().compareTo(MIN_CRAFTSMANSHIP) < 0) {
            missed.add("craftsmanship average " + f.getAvgCraftsmanship() + " over " + f.getReviewCount()
                    + " reviews");
        }
        if (f.getConversationCount() > 0 && f.getMedianResponseMinutes() > MAX_RESPONSE_MINUTES) {
            missed.add("median first response " + f.getMedianResponseMinutes() / 60 + " h over "
                    + f.getConversationCount() + " conversations");
        }
        return missed;
    }

    private static String summary(ShopFigures f) {
        return "On-time shipping " + f.getOnTimePercent() + " % of " + f.getDueCount() + " orders; craftsmanship "
                + f.getAvgCraftsmanship() + " over " + f.getReviewCount() + " reviews (last 90 days).";
    }
}
