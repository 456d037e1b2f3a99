package market.atelier.verification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import market.atelier.account.Account;
import market.atelier.account.Role;
import market.atelier.catalog.Listing;
import market.atelier.notification.NotificationService;
import market.atelier.shop.Shop;

/**
 * Shoppers report a shop or a piece. When three different accounts have open reports on one shop within 90 days,
 * the shop is flagged for re-review (once) and verifiers are told; nothing else happens automatically.
 */
@Stateless
@RolesAllowed("SHOPPER")
public class ReportService {

    public static final int DISTINCT_REPORTERS = 3;
    public static final Duration WINDOW = Duration.ofDays(90);
    static final int PER_DAY = 10;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private NotificationService notifications;

    public Report report(long accountId, long shopId, Long listingId, ReportCategory category, String text) {
        Account reporter = em.find(Account.class, accountId);
        Shop shop = em.find(Shop.class, shopId);
        Listing listing = listingId == null ? null : em.find(Listing.class, listingId);
        if (reporter == null || shop == null || (listingId != null
                && (listing == null || !listing.getShop().getId().equals(shop.getId())))) {
            throw new VerificationException("report.noSuchTarget");
        }
        if (shop.getOwner().getId().equals(accountId)) {
            throw new VerificationException("report.ownShop");
        }
        if (category == null) {
            throw new VerificationException("report.categoryRequired");
        }
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new VerificationException("report.textRequired");
        }
        if (body.length() > Report.TEXT_MAX) {
            throw new VerificationException("report.tooLong");
        }
        Instant now = Instant.now();
        Instant dayAgo = now.minus(Duration.ofDays(1));
        if (em.createQuery("SELECT COUNT(r) FROM Report r WHERE r.reporter = :me AND r.createdAt > :since", Long.class)
                .setParameter("me", reporter).setParameter("since", dayAgo).getSingleResult() >= PER_DAY) {
            throw new VerificationException("report.tooMany");
        }
        if (em.createQuery("SELECT COUNT(r) FROM Report r WHERE r.reporter = :me AND r.shop = :shop"
                        + " AND r.createdAt > :since AND r.closedAt IS NULL", Long.class)
                .setParameter("me", reporter).setParameter("shop", shop).setParameter("since", dayAgo)
                .getSingleResult() > 0) {
            throw new VerificationException("report.already");
        }
        Report report = new Report(reporter, shop, listing, category, body, now);
        em.persist(report);
        em.flush();
        flagIfReportedByEnough(shop, now);
        return report;
    }

    /**
     * The flag is set by a conditional update, so concurrent reports (or servers) flag a shop and tell verifiers
     * exactly once.
     */
    private void flagIfReportedByEnough(Shop shop, Instant now) {
        long reporters = em.createQuery("SELECT COUNT(DISTINCT r.reporter.id) FROM Report r WHERE r.shop = :shop"
                        + " AND r.closedAt IS NULL AND r.createdAt > :since", Long.class)
                .setParameter("shop", shop)
                .setParameter("since", now.minus(WINDOW))
                .getSingleResult();
        if (reporters < DISTINCT_REPORTERS) {
            return;
        }
        int flagged = em.createQuery("UPDATE Shop s SET s.flaggedAt = :now WHERE s.id = :id AND s.flaggedAt IS NULL")
                .setParameter("now", now)
                .setParameter("id", shop.getId())
                .executeUpdate();
        if (flagged == 1) {
            notifications.notifyRole(Role.VERIFIER, "notice.verifier.flagged", "/verify/shop?id=" + shop.getId(),
                    shop.getName());
        }
    }
}
