package market.atelier.shared;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Instant;

/**
 * The audit log of admin and verifier actions (table {@code audit_entry}). Services call {@link #record} inside the
 * transaction of the action ({@code MANDATORY}): the entry commits with the action or not at all. The actor is the
 * account the service acted for (the page's signed-in account, whose role the service checked); when none is given,
 * the EJB caller principal (the account id). The actor's name is copied, so the entry still reads after a rename.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditLog {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    /**
     * Records one action.
     *
     * @param actorId     the acting account, or null for the EJB caller
     * @param action      what was done, e.g. {@code account.suspend} (dotted, stable: pages translate it)
     * @param subjectType what it was done to, e.g. {@code account}, {@code category}, {@code badge}
     * @param subjectId   which one
     * @param before      the value before (null when there was none)
     * @param after       the value after (null when there is none)
     * @param reason      why, as the actor wrote it (null when none was asked)
     */
    public AuditEntry record(Long actorId, String action, String subjectType, Object subjectId, String before,
            String after, String reason) {
        Long actor = actorId != null ? actorId : callerId();
        AuditEntry entry = new AuditEntry(Instant.now(), actor, actorName(actor), action, subjectType,
                String.valueOf(subjectId), before, after, reason);
        em.persist(entry);
        return entry;
    }

    private Long callerId() {
        Principal caller = context.getCallerPrincipal();
        try {
            return caller == null ? null : Long.valueOf(caller.getName());
        } catch (NumberFormatException e) {
            return null; // anonymous or a system principal
        }
    }

    private String actorName(Long actorId) {
        if (actorId == null) {
            return "system";
        }
        java.util.List<?> names = em.createNativeQuery("SELECT display_name FROM account WHERE id = ?1")
                .setParameter(1, actorId).getResultList();
        return names.isEmpty() ? "#" + actorId : String.valueOf(names.get(0));
    }
}
