package market.atelier.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import market.atelier.account.Role;

/**
 * Writes notices for accounts and reads one account's own. Callers are other services (which have already checked
 * who may cause a notice); the reading methods take the signed-in account's id and show only its notices.
 */
@Stateless
@PermitAll
public class NotificationService {

    public static final int SHOWN = 50;

    @PersistenceContext
    private EntityManager em;

    public void notify(long accountId, String messageKey, String link, String... args) {
        em.persist(new Notification(accountId, messageKey, link, Instant.now(), args));
    }

    /** The same notice for every account with the role (e.g. all verifiers). */
    public void notifyRole(Role role, String messageKey, String link, String... args) {
        em.createQuery("SELECT a.id FROM Account a JOIN a.roles r WHERE r = :role", Long.class)
                .setParameter("role", role)
                .getResultList()
                .forEach(id -> notify(id, messageKey, link, args));
    }

    public long unreadCount(long accountId) {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.accountId = :account AND n.readAt IS NULL",
                        Long.class)
                .setParameter("account", accountId)
                .getSingleResult();
    }

    /** The newest notices of this account, newest first. */
    public List<Notification> recent(long accountId) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.accountId = :account"
                        + " ORDER BY n.createdAt DESC, n.id DESC", Notification.class)
                .setParameter("account", accountId)
                .setMaxResults(SHOWN)
                .getResultList();
    }

    /** Marks read this account's notices that point to {@code link} (the page they announce was opened). */
    public void markRead(long accountId, String link) {
        em.createQuery("UPDATE Notification n SET n.readAt = :now WHERE n.accountId = :account AND n.link = :link"
                        + " AND n.readAt IS NULL")
                .setParameter("now", Instant.now())
                .setParameter("account", accountId)
                .setParameter("link", link)
                .executeUpdate();
    }

    public void markAllRead(long accountId) {
        em.createQuery("UPDATE Notification n SET n.readAt = :now WHERE n.accountId = :account AND n.readAt IS NULL")
                .setParameter("now", Instant.now())
                .setParameter("account", accountId)
                .executeUpdate();
    }
}
