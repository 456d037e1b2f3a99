package market.atelier.verification;

import market.atelier.catalog.search.CatalogChanged;
import jakarta.enterprise.event.Event;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import market.atelier.account.Account;
import market.atelier.account.Role;
import market.atelier.notification.NotificationService;
import market.atelier.shared.AccessRefused;
import market.atelier.shared.AuditLog;
import market.atelier.shop.Shop;
import market.atelier.shop.ShopStatus;

/**
 * The verifier's side: the queue, the review of evidence against the rubric, decisions, suspensions and
 * revocations, reports and flags. Only accounts holding VERIFIER get in, and a verifier never decides about a shop
 * they own. Every decision records who, when and the criterion ticks.
 */
@Stateless
@RolesAllowed("VERIFIER")
public class ReviewService {

    public static final int NOTE_MAX = 1000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private NotificationService notifications;

    @Inject
    private Event<CatalogChanged> changed;

    @Inject
    private AuditLog audit;

    /** One line of the queue. */
    public record QueueRow(long id, String shopName, String shopSlug, ApplicationKind kind, Instant submittedAt,
            boolean flagged, List<String> badgeCodes) {
    }

    /** A verifier's tick on one criterion of an application. */
    public record Tick(Boolean met, String note) {
    }

    /** Waiting applications and appeals, oldest first; {@code badgeCode} null for all. Two queries. */
    public List<QueueRow> queue(String badgeCode) {
        TypedQuery<Object[]> query = em.createQuery("SELECT a.id, s.name, s.slug, a.kind, a.submittedAt, s.flaggedAt"
                        + " FROM Application a JOIN a.shop s WHERE a.state = :waiting"
                        + (badgeCode == null ? "" : " AND :code MEMBER OF a.badgeCodes")
                        + " ORDER BY a.submittedAt, a.id", Object[].class)
                .setParameter("waiting", ApplicationState.SUBMITTED);
        if (badgeCode != null) {
            query.setParameter("code", badgeCode);
        }
        List<Object[]> rows = query.getResultList();
        Map<Long, List<String>> codes = new HashMap<>();
        if (!rows.isEmpty()) {
            em.createQuery("SELECT a.id, c FROM Application a JOIN a.badgeCodes c WHERE a.id IN :ids", Object[].class)
                    .setParameter("ids", rows.stream().map(r -> (Long) r[0]).toList())
                    .getResultList()
                    .forEach(r -> codes.computeIfAbsent((Long) r[0], id -> new ArrayList<>()).add((String) r[1]));
        }
        return rows.stream().map(r -> new QueueRow((Long) r[0], (String) r[1], (String) r[2], (ApplicationKind) r[3],
                (Instant) r[4], r[5] != null, codes.getOrDefault((Long) r[0], List.of()))).toList();
    }

    /** An application with its evidence, for the review screen; refused for the verifier's own shop. */
    public Application forReview(long verifierId, long applicationId) {
        Account verifier = verifier(verifierId);
        Application application = em.find(Application.class, applicationId);
        if (application == null || application.getState() == ApplicationState.DRAFT) {
            throw new AccessRefused("application " + applicationId);
        }
        notOwnShop(verifier, application.getShop());
        application.getItems().forEach(item -> item.getPhotoKeys().size());
        return application;
    }

    /**
     * Decides a submitted application. The application row is locked first, so two verifiers deciding at once
     * cannot both succeed: the second is told it has already been decided. Approve needs every criterion ticked
     * met; request changes needs a note for the artisan; reject needs a reason category.
     */
    public Application decide(long verifierId, long applicationId, Decision decision, Map<Long, Tick> ticks,
            String note, ReasonCategory reason) {
        Account verifier = verifier(verifierId);
        Application application = em.find(Application.class, applicationId, LockModeType.PESSIMISTIC_WRITE);
        if (application == null || application.getState() == ApplicationState.DRAFT) {
            throw new AccessRefused("application " + applicationId);
        }
        if (application.getState() != ApplicationState.SUBMITTED) {
            throw new VerificationException("verify.review.alreadyDecided");
        }
        Shop shop = application.getShop();
        notOwnShop(verifier, shop);
        String text = note == null || note.isBlank() ? null : limited(note.strip(), Application.NOTE_MAX);
        for (ApplicationItem item : application.getItems()) {
            Tick tick = ticks.get(item.getId());
            if (tick == null || tick.met() == null) {
                throw new VerificationException("verify.review.tickEvery");
            }
            item.tick(tick.met(), tick.note() == null || tick.note().isBlank() ? null
                    : limited(tick.note().strip(), ApplicationItem.REVIEW_NOTE_MAX));
        }
        Instant now = Instant.now();
        boolean appeal = application.getKind() == ApplicationKind.APPEAL;
        switch (decision) {
            case APPROVE -> {
                if (application.getItems().stream().anyMatch(item -> !item.getMet())) {
                    throw new VerificationException("verify.review.approveNeedsAllMet");
                }
                if (appeal) {
                    restore(verifierId, application.getAppealOf(), now);
                } else {
                    grant(verifierId, shop, application.getBadgeCodes(), now);
                }
                application.decide(ApplicationState.APPROVED, verifier, now, text, null);
            }
            case REQUEST_CHANGES -> {
                if (appeal) {
                    throw new VerificationException("verify.review.appealNoChanges");
                }
                if (text == null) {
                    throw new VerificationException("verify.review.changesNeedNote");
                }
                application.decide(ApplicationState.CHANGES_REQUESTED, verifier, now, text, null);
            }
            case REJECT -> {
                if (reason == null) {
                    throw new VerificationException("verify.review.rejectNeedsReason");
                }
                if (appeal) {
                    // The public history shows the reason category only; the note is for the artisan.
                    revoke(verifierId, application.getAppealOf(), reason, null, now);
                }
                application.decide(ApplicationState.REJECTED, verifier, now, text, reason);
            }
        }
        audit.record(verifierId, "application." + decision.name().toLowerCase(java.util.Locale.ROOT), "application",
                application.getId(), ApplicationState.SUBMITTED.name(), application.getState().name(),
                reasonText(reason, text));
        changed.fire(CatalogChanged.shop(shop.getId()));
        notifications.notify(shop.getOwner().getId(), "notice.artisan.decided." + application.getState(),
                "/seller/verification", shop.getName());
        return application;
    }

    /** Suspends a valid badge with a public reason; suspending Handmade verified takes the shop off sale. */
    public Badge suspend(long verifierId, long badgeId, ReasonCategory reason, String publicNote) {
        Badge badge = lockedBadge(verifierId, badgeId);
        if (reason == null) {
            throw new VerificationException("verify.badge.reasonRequired");
        }
        Instant now = Instant.now();
        BadgeState before = badge.getState();
        badge.suspend(reason, publicText(publicNote), now);
        if (isHandmade(badge)) {
            badge.getShop().setStatus(ShopStatus.SUSPENDED);
        }
        audit.record(verifierId, "badge.suspend", "badge", badge.getId(), before.name(), badge.getState().name(),
                reasonText(reason, publicNote));
        changed.fire(CatalogChanged.shop(badge.getShop().getId()));
        notifications.notify(badge.getShop().getOwner().getId(), "notice.artisan.suspended",
                "/seller/verification", badge.getType().getCode());
        return badge;
    }

    /** Revokes a valid or suspended badge for good (the shop may apply again); Handmade keeps the shop off sale. */
    public Badge revoke(long verifierId, long badgeId, ReasonCategory reason, String publicNote) {
        Badge badge = lockedBadge(verifierId, badgeId);
        if (reason == null) {
            throw new VerificationException("verify.badge.reasonRequired");
        }
        revoke(verifierId, badge, reason, publicText(publicNote), Instant.now());
        changed.fire(CatalogChanged.shop(badge.getShop().getId()));
        notifications.notify(badge.getShop().getOwner().getId(), "notice.artisan.revoked",
                "/seller/verification", badge.getType().getCode());
        return badge;
    }

    /** What a verifier sees of one shop: every badge, application and report. */
    public record ShopFile(Shop shop, List<Badge> badges, List<Application> applications, List<Report> reports) {
    }

    public ShopFile shopFile(long verifierId, long shopId) {
        Account verifier = verifier(verifierId);
        Shop shop = em.find(Shop.class, shopId);
        if (shop == null) {
            throw new AccessRefused("shop " + shopId);
        }
        notOwnShop(verifier, shop);
        List<Badge> badges = em.createQuery("SELECT b FROM Badge b JOIN FETCH b.type t WHERE b.shop = :shop"
                + " ORDER BY t.position", Badge.class).setParameter("shop", shop).getResultList();
        List<Application> applications = em.createQuery("SELECT a FROM Application a WHERE a.shop = :shop"
                        + " AND a.state <> :draft ORDER BY a.submittedAt DESC", Application.class)
                .setParameter("shop", shop).setParameter("draft", ApplicationState.DRAFT).getResultList();
        return new ShopFile(shop, badges, applications, reports(shop, false));
    }

    /** Open reports, newest first, with their shop and piece. */
    public List<Report> openReports() {
        return reports(null, true);
    }

    /** Shops flagged for re-review, longest waiting first. */
    public List<Shop> flaggedShops() {
        return em.createQuery("SELECT s FROM Shop s WHERE s.flaggedAt IS NOT NULL ORDER BY s.flaggedAt", Shop.class)
                .getResultList();
    }

    public void closeReport(long verifierId, long reportId) {
        Account verifier = verifier(verifierId);
        Report report = em.find(Report.class, reportId);
        if (report == null) {
            throw new AccessRefused("report " + reportId);
        }
        notOwnShop(verifier, report.getShop());
        if (report.isOpen()) {
            report.close(verifier, Instant.now());
            audit.record(verifierId, "report.close", "report", report.getId(), "open", "closed", null);
        }
    }

    /** The re-review is done: the flag is cleared and the shop's open reports are closed with it. */
    public void clearFlag(long verifierId, long shopId) {
        Account verifier = verifier(verifierId);
        Shop shop = em.find(Shop.class, shopId, LockModeType.PESSIMISTIC_WRITE);
        if (shop == null) {
            throw new AccessRefused("shop " + shopId);
        }
        notOwnShop(verifier, shop);
        Instant flagged = shop.getFlaggedAt();
        shop.setFlaggedAt(null);
        Instant now = Instant.now();
        List<Report> open = reports(shop, true);
        open.forEach(report -> report.close(verifier, now));
        audit.record(verifierId, "shop.clearFlag", "shop", shop.getId(), flagged == null ? "not flagged" : "flagged",
                "not flagged", open.isEmpty() ? null : open.size() + " open reports closed");
    }

    private List<Report> reports(Shop shop, boolean openOnly) {
        TypedQuery<Report> query = em.createQuery("SELECT r FROM Report r JOIN FETCH r.shop LEFT JOIN FETCH r.listing"
                + " JOIN FETCH r.reporter WHERE " + (shop == null ? "r.id IS NOT NULL" : "r.shop = :shop")
                + (openOnly ? " AND r.closedAt IS NULL" : "") + " ORDER BY r.createdAt DESC", Report.class);
        if (shop != null) {
            query.setParameter("shop", shop);
        }
        return query.getResultList();
    }

    private void grant(long verifierId, Shop shop, Set<String> codes, Instant now) {
        for (String code : codes) {
            List<Badge> held = em.createQuery("SELECT b FROM Badge b WHERE b.shop = :shop AND b.type.code = :code",
                    Badge.class).setParameter("shop", shop).setParameter("code", code).getResultList();
            if (held.isEmpty()) {
                Badge badge = Badge.grant(shop, em.find(BadgeType.class, code), now, null);
                em.persist(badge);
                em.flush();
                audit.record(verifierId, "badge.grant", "badge", badge.getId(), null,
                        code + " " + badge.getState().name() + " (shop " + shop.getId() + ")", null);
            } else {
                String before = held.get(0).getState().name();
                held.get(0).renew(now, null);
                audit.record(verifierId, "badge.renew", "badge", held.get(0).getId(), before,
                        code + " " + held.get(0).getState().name() + " (shop " + shop.getId() + ")", null);
            }
            if (BadgeType.HANDMADE.equals(code) && !shop.getOwner().isSuspended()) {
                shop.setStatus(ShopStatus.LIVE);
            }
        }
    }

    private void restore(long verifierId, Badge badge, Instant now) {
        String before = badge.getState().name();
        badge.restore(null, now);
        // A shop whose owner an admin suspended stays off sale until the account is back.
        if (isHandmade(badge) && !badge.getShop().getOwner().isSuspended()) {
            badge.getShop().setStatus(ShopStatus.LIVE);
        }
        audit.record(verifierId, "badge.restore", "badge", badge.getId(), before, badge.getState().name(), null);
    }

    private void revoke(long verifierId, Badge badge, ReasonCategory reason, String publicNote, Instant now) {
        String before = badge.getState().name();
        badge.revoke(reason, publicNote, now);
        audit.record(verifierId, "badge.revoke", "badge", badge.getId(), before, badge.getState().name(),
                reasonText(reason, publicNote));
        if (isHandmade(badge) && badge.getShop().getStatus() == ShopStatus.LIVE) {
            badge.getShop().setStatus(ShopStatus.SUSPENDED);
        }
    }

    private static boolean isHandmade(Badge badge) {
        return BadgeType.HANDMADE.equals(badge.getType().getCode());
    }

    private Badge lockedBadge(long verifierId, long badgeId) {
        Account verifier = verifier(verifierId);
        Badge badge = em.find(Badge.class, badgeId, LockModeType.PESSIMISTIC_WRITE);
        if (badge == null) {
            throw new AccessRefused("badge " + badgeId);
        }
        notOwnShop(verifier, badge.getShop());
        return badge;
    }

    /** The acting account, which must hold VERIFIER now (checked against the database, not only the session). */
    private Account verifier(long verifierId) {
        Account account = em.find(Account.class, verifierId);
        if (account == null || !account.hasRole(Role.VERIFIER)) {
            throw new AccessRefused("not a verifier: " + verifierId);
        }
        return account;
    }

    /** A verifier never decides about a shop they own. */
    private static void notOwnShop(Account verifier, Shop shop) {
        if (shop.getOwner().getId().equals(verifier.getId())) {
            throw new VerificationException("verify.review.ownShop");
        }
    }

    /** The audit log's reason: the reason category and the verifier's note, as far as given. */
    private static String reasonText(ReasonCategory reason, String note) {
        String text = note == null || note.isBlank() ? null : note.strip();
        if (reason == null) {
            return text;
        }
        return text == null ? reason.name() : reason.name() + ": " + text;
    }

    private static String publicText(String note) {
        return note == null || note.isBlank() ? null : limited(note.strip(), NOTE_MAX);
    }

    private static String limited(String text, int max) {
        if (text.length() > max) {
            throw new VerificationException("verify.review.tooLong");
        }
        return text;
    }
}
