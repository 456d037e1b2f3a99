package market.atelier.verification;

import market.atelier.catalog.search.CatalogChanged;
import jakarta.enterprise.event.Event;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import market.atelier.notification.NotificationService;

/**
 * Expires badges past their date and tells artisans 30 days ahead, every hour. Safe to run on several servers at
 * once: each badge changes by a conditional update ({@code ... WHERE state = 'VALID'} / {@code notice_sent_at IS
 * NULL}), and only the run whose update changed the row records the event or sends the notice.
 */
@Stateless
@PermitAll
public class BadgeExpiry {

    public static final Duration NOTICE = Duration.ofDays(30);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private NotificationService notifications;

    @Inject
    private Event<CatalogChanged> changed;

    @Schedule(hour = "*", minute = "7", persistent = false, info = "badge expiry")
    void hourly() {
        Instant now = Instant.now();
        expireDue(now);
        noticeDue(now);
    }

    /** Badges valid until {@code now} or earlier become EXPIRED, with a dated event. Returns how many this run did. */
    public int expireDue(Instant now) {
        int expired = 0;
        for (Long id : em.createQuery("SELECT b.id FROM Badge b WHERE b.state = :valid AND b.expiresAt <= :now"
                + " ORDER BY b.id", Long.class).setParameter("valid", BadgeState.VALID).setParameter("now", now).getResultList()) {
            int won = em.createQuery("UPDATE Badge b SET b.state = :expired, b.version = b.version + 1"
                            + " WHERE b.id = :id AND b.state = :valid AND b.expiresAt <= :now")
                    .setParameter("expired", BadgeState.EXPIRED)
                    .setParameter("id", id)
                    .setParameter("valid", BadgeState.VALID)
                    .setParameter("now", now)
                    .executeUpdate();
            if (won == 1) {
                Badge badge = em.find(Badge.class, id);
                em.refresh(badge);
                badge.recordExpiry(now);
                changed.fire(CatalogChanged.shop(badge.getShop().getId()));
                notifications.notify(badge.getShop().getOwner().getId(), "notice.artisan.expired",
                        "/seller/verification", badge.getType().getCode());
                expired++;
            }
        }
        return expired;
    }

    /** Tells the owners of badges expiring within 30 days, once per badge term. Returns how many were told. */
    public int noticeDue(Instant now) {
        List<Long> due = em.createQuery("SELECT b.id FROM Badge b WHERE b.state = :valid AND b.noticeSentAt IS NULL"
                        + " AND b.type.computed = FALSE AND b.expiresAt > :now AND b.expiresAt <= :soon", Long.class)
                .setParameter("valid", BadgeState.VALID)
                .setParameter("now", now)
                .setParameter("soon", now.plus(NOTICE))
                .getResultList();
        int told = 0;
        for (Long id : due) {
            int won = em.createQuery("UPDATE Badge b SET b.noticeSentAt = :now WHERE b.id = :id"
                            + " AND b.noticeSentAt IS NULL")
                    .setParameter("now", now)
                    .setParameter("id", id)
                    .executeUpdate();
            if (won == 1) {
                Badge badge = em.find(Badge.class, id);
                notifications.notify(badge.getShop().getOwner().getId(), "notice.artisan.expiring",
                        "/seller/verification", badge.getType().getCode(),
                        badge.getExpiresAt().toString().substring(0, 10));
                told++;
            }
        }
        return told;
    }
}
