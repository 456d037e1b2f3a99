package market.atelier.account;

import jakarta.persistence.EntityManager;

/**
 * Keeps at least one active admin, whatever the race. Every change that could take an admin away (revoking ADMIN,
 * suspending, deleting an account) first takes one row lock, the {@code admin_guard} row of {@code platform_setting}
 * (V15), so such changes run one after the other and each counts admins after the previous one committed.
 */
public final class AdminGuard {

    private AdminGuard() {
    }

    /** Takes the lock ({@code SELECT … FOR UPDATE}); held until the caller's transaction ends. */
    public static void lock(EntityManager em) {
        em.createNativeQuery("SELECT setting_value FROM platform_setting WHERE setting_name = 'admin_guard'"
                + " FOR UPDATE").getResultList();
    }

    /**
     * Whether an active admin (not suspended, not deleted) other than {@code losingId} remains; counted in the
     * database, call after {@link #lock}.
     */
    public static boolean anotherAdminRemains(EntityManager em, long losingId) {
        Number others = (Number) em.createNativeQuery("SELECT COUNT(*) FROM account_role r JOIN account a"
                        + " ON a.id = r.account_id WHERE r.role = 'ADMIN' AND a.suspended_at IS NULL"
                        + " AND a.deleted_at IS NULL AND a.id <> ?1")
                .setParameter(1, losingId).getSingleResult();
        return others.longValue() > 0;
    }
}
