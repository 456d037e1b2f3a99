package market.atelier.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import market.atelier.account.Account;
import market.atelier.account.AdminGuard;
import market.atelier.account.Role;
import market.atelier.catalog.search.CatalogChanged;
import market.atelier.shared.AccessRefused;
import market.atelier.shared.AuditLog;
import market.atelier.shop.Shop;
import market.atelier.shop.ShopStatus;
import market.atelier.verification.BadgeState;
import market.atelier.verification.BadgeType;

/**
 * Accounts for admins: search, suspension with a reason, VERIFIER and ADMIN granted or revoked. Every change takes
 * the {@code admin_guard} row lock first, so changes that could take away an admin run one after the other, and is
 * refused when it would leave no active admin, whatever two admins do at the same moment. Every change ends the
 * account's sessions (its roles take effect at the next sign-in) and is written to the audit log in the same
 * transaction.
 */
@Stateless
@RolesAllowed("ADMIN")
public class AccountAdmin {

    /** The roles an admin may grant or revoke. */
    public static final Set<Role> GRANTABLE = EnumSet.of(Role.VERIFIER, Role.ADMIN);

    /** One row of the account search. */
    public record Row(long id, String email, String displayName, Instant createdAt, boolean suspended,
            Set<Role> roles) implements Serializable {

        public long getId() {
            return id;
        }

        public String getEmail() {
            return email;
        }

        public String getDisplayName() {
            return displayName;
        }

        public Instant getCreatedAt() {
            return createdAt;
        }

        public boolean isSuspended() {
            return suspended;
        }

        public Set<Role> getRoles() {
            return roles;
        }
    }

    /** One account as the detail page shows it, with its shop if it has one. */
    public record Detail(Row row, Instant suspendedAt, String suspensionReason, String shopName, String shopSlug,
            ShopStatus shopStatus) implements Serializable {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private Event<CatalogChanged> changed;

    /** Accounts whose name or e-mail contains {@code text} (all for none), newest first; two queries a page. */
    public List<Row> search(String text, int first, int max) {
        List<Object[]> rows = em.createQuery("SELECT a.id, a.email, a.displayName, a.createdAt, a.suspendedAt"
                        + " FROM Account a" + where(text) + " ORDER BY a.id DESC", Object[].class)
                .setParameter("text", pattern(text)).setFirstResult(first).setMaxResults(max).getResultList();
        Map<Long, Set<Role>> roles = roles(rows.stream().map(r -> (Long) r[0]).toList());
        return rows.stream().map(r -> new Row((Long) r[0], (String) r[1], (String) r[2], (Instant) r[3],
                r[4] != null, roles.getOrDefault((Long) r[0], Set.of()))).toList();
    }

    public long count(String text) {
        return em.createQuery("SELECT COUNT(a) FROM Account a" + where(text), Long.class)
                .setParameter("text", pattern(text)).getSingleResult();
    }

    private static String where(String text) {
        return " WHERE (:text = '%' OR LOWER(a.email) LIKE :text ESCAPE '\\' OR LOWER(a.displayName) LIKE :text"
                + " ESCAPE '\\')";
    }

    private static String pattern(String text) {
        String plain = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return "%" + plain.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private Map<Long, Set<Role>> roles(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT a.id, r FROM Account a JOIN a.roles r WHERE a.id IN :ids", Object[].class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.groupingBy(r -> (Long) r[0],
                        Collectors.mapping(r -> (Role) r[1], Collectors.toCollection(() -> EnumSet.noneOf(Role.class)))));
    }

    public Optional<Detail> detail(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            return Optional.empty();
        }
        Optional<Shop> shop = shopOf(account);
        return Optional.of(new Detail(row(account), account.getSuspendedAt(), account.getSuspensionReason(),
                shop.map(Shop::getName).orElse(null), shop.map(Shop::getSlug).orElse(null),
                shop.map(Shop::getStatus).orElse(null)));
    }

    /**
     * Suspends an account with a reason: it cannot sign in, its open sessions end at once, and its shop (if live) is
     * taken off sale. An admin cannot suspend themself, nor the last active admin.
     */
    public void suspend(long adminId, long accountId, String reason) {
        guard();
        Account admin = admin(adminId);
        String why = reason(reason);
        Account account = account(accountId);
        if (admin.getId().equals(account.getId())) {
            throw new AdminException("admin.accounts.error.suspendSelf");
        }
        if (account.isSuspended()) {
            throw new AdminException("admin.accounts.error.alreadySuspended");
        }
        if (account.hasRole(Role.ADMIN)) {
            keepAnotherAdmin(account);
        }
        account.suspend(why, Instant.now());
        shopOf(account).filter(shop -> shop.getStatus() == ShopStatus.LIVE).ifPresent(shop -> {
            shop.setStatus(ShopStatus.SUSPENDED);
            changed.fire(CatalogChanged.shop(shop.getId()));
        });
        audit.record(adminId, "account.suspend", "account", account.getId(), "active", "suspended", why);
    }

    /** Lifts a suspension (with a reason); a shop that holds a valid Handmade verified badge is on sale again. */
    public void unsuspend(long adminId, long accountId, String reason) {
        guard();
        admin(adminId);
        String why = reason(reason);
        Account account = account(accountId);
        if (!account.isSuspended()) {
            throw new AdminException("admin.accounts.error.notSuspended");
        }
        account.unsuspend();
        shopOf(account).filter(shop -> shop.getStatus() != ShopStatus.LIVE && handmadeValid(shop))
                .ifPresent(shop -> {
                    shop.setStatus(ShopStatus.LIVE);
                    changed.fire(CatalogChanged.shop(shop.getId()));
                });
        audit.record(adminId, "account.unsuspend", "account", account.getId(), "suspended", "active", why);
    }

    /** Grants VERIFIER or ADMIN; the account's sessions end so that it signs in again with the role. */
    public void grant(long adminId, long accountId, Role role) {
        change(adminId, accountId, role, true);
    }

    /** Revokes VERIFIER or ADMIN; never the last active admin's ADMIN. */
    public void revoke(long adminId, long accountId, Role role) {
        change(adminId, accountId, role, false);
    }

    private void change(long adminId, long accountId, Role role, boolean grant) {
        if (!GRANTABLE.contains(role)) {
            throw new AccessRefused("role " + role);
        }
        guard();
        admin(adminId);
        Account account = account(accountId);
        if (account.hasRole(role) == grant) {
            return; // already so: nothing to record
        }
        String before = roleText(account);
        if (grant) {
            account.grant(role);
        } else {
            if (role == Role.ADMIN && !account.isSuspended()) {
                keepAnotherAdmin(account);
            }
            account.revoke(role);
        }
        account.endSessions();
        audit.record(adminId, grant ? "account.grant" : "account.revoke", "account", account.getId(), before,
                roleText(account), null);
    }

    /** The row lock every account change takes first: see {@link AdminGuard}. */
    private void guard() {
        AdminGuard.lock(em);
    }

    /** Refuses when no active admin but {@code losing} would remain (counted in the database, under the guard). */
    private void keepAnotherAdmin(Account losing) {
        if (!AdminGuard.anotherAdminRemains(em, losing.getId())) {
            throw new AdminException("admin.accounts.error.lastAdmin");
        }
    }

    /** The acting account, which must be an active admin now (read from the database, not the session). */
    private Account admin(long adminId) {
        Account admin = em.find(Account.class, adminId);
        if (admin == null || !admin.hasRole(Role.ADMIN) || admin.isSuspended()) {
            throw new AccessRefused("not an admin: " + adminId);
        }
        return admin;
    }

    private Account account(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new AccessRefused("account " + accountId);
        }
        return account;
    }

    private static String reason(String reason) {
        return AdminException.required(reason, Account.SUSPENSION_REASON_MAX, "admin.accounts.error.reasonRequired",
                "admin.accounts.error.reasonTooLong");
    }

    private Optional<Shop> shopOf(Account account) {
        return em.createNamedQuery(Shop.BY_OWNER, Shop.class).setParameter("ownerId", account.getId())
                .getResultStream().findFirst();
    }

    private boolean handmadeValid(Shop shop) {
        return em.createQuery("SELECT COUNT(b) FROM Badge b WHERE b.shop = :shop AND b.type.code = :code"
                        + " AND b.state = :valid", Long.class).setParameter("shop", shop)
                .setParameter("code", BadgeType.HANDMADE).setParameter("valid", BadgeState.VALID)
                .getSingleResult() > 0;
    }

    private static Row row(Account account) {
        return new Row(account.getId(), account.getEmail(), account.getDisplayName(), account.getCreatedAt(),
                account.isSuspended(), account.getRoles().isEmpty() ? Set.of() : EnumSet.copyOf(account.getRoles()));
    }

    private static String roleText(Account account) {
        return account.getRoles().stream().map(Role::name).collect(Collectors.toCollection(TreeSet::new)).toString();
    }
}
