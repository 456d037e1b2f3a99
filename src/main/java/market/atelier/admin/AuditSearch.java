package market.atelier.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import market.atelier.shared.AuditEntry;

/** The audit log for admins: newest first, a page at a time, filtered by actor, action and a date range. */
@Stateless
@RolesAllowed("ADMIN")
public class AuditSearch {

    /**
     * What to show; every part may be null. {@code actor} matches the actor's name (contains, any case) or id;
     * {@code from} inclusive, {@code until} exclusive.
     */
    public record Filter(String actor, String action, Instant from, Instant until) implements Serializable {

        public static final Filter NONE = new Filter(null, null, null, null);
    }

    @PersistenceContext
    private EntityManager em;

    public List<AuditEntry> entries(Filter filter, int first, int max) {
        return query("SELECT e FROM AuditEntry e", filter, " ORDER BY e.at DESC, e.id DESC", AuditEntry.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(Filter filter) {
        return query("SELECT COUNT(e) FROM AuditEntry e", filter, "", Long.class).getSingleResult();
    }

    /** The actions recorded so far, for the filter's choices. */
    public List<String> actions() {
        return em.createQuery("SELECT DISTINCT e.action FROM AuditEntry e ORDER BY e.action", String.class)
                .getResultList();
    }

    private <T> TypedQuery<T> query(String select, Filter filter, String order, Class<T> type) {
        StringBuilder where = new StringBuilder(" WHERE e.id IS NOT NULL");
        String actor = blankToNull(filter.actor());
        Long actorId = actor == null ? null : number(actor);
        if (actor != null) {
            where.append(actorId == null ? " AND LOWER(e.actorName) LIKE :actor ESCAPE '\\'" : " AND e.actorId = :actorId");
        }
        if (blankToNull(filter.action()) != null) {
            where.append(" AND e.action = :action");
        }
        if (filter.from() != null) {
            where.append(" AND e.at >= :from");
        }
        if (filter.until() != null) {
            where.append(" AND e.at < :until");
        }
        TypedQuery<T> query = em.createQuery(select + where + order, type);
        if (actor != null) {
            if (actorId == null) {
                query.setParameter("actor", "%" + actor.toLowerCase(Locale.ROOT).replace("\\", "\\\\")
                        .replace("%", "\\%").replace("_", "\\_") + "%");
            } else {
                query.setParameter("actorId", actorId);
            }
        }
        if (blankToNull(filter.action()) != null) {
            query.setParameter("action", filter.action().strip());
        }
        if (filter.from() != null) {
            query.setParameter("from", filter.from());
        }
        if (filter.until() != null) {
            query.setParameter("until", filter.until());
        }
        return query;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Long number(String text) {
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
