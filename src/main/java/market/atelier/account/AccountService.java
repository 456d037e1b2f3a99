package market.atelier.account;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Sign-up, credential checks, password and name changes, and deleting an account (mailed links: EmailVerification,
 * PasswordReset, EmailChange).
 */
@Stateless
public class AccountService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private Event<AccountRenamed> renamed;

    @Inject
    private Event<AccountDeleting> deleting;

    @Inject
    private EmailVerification verification;

    @PermitAll
    public Optional<Account> byEmail(String email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", Account.normalizeEmail(email))
                .getResultStream().findFirst();
    }

    @PermitAll
    public Optional<Account> byId(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    /** The account's session generation (raised by each password change), or empty if it is gone. */
    @PermitAll
    public Optional<Integer> sessionGeneration(long id) {
        return em.createQuery("SELECT a.sessionGeneration FROM Account a WHERE a.id = :id", Integer.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    /** The account whose password this is, or empty. Takes as long for an unknown address as for a known one. */
    @PermitAll
    public Optional<Account> authenticate(String email, String password) {
        Optional<Account> account = byEmail(email);
        if (account.isEmpty() || account.get().isDeleted()) {
            hasher.matches(password, PasswordHasher.DUMMY_HASH);
            return Optional.empty();
        }
        return hasher.matches(password, account.get().getPasswordHash()) ? account : Optional.empty();
    }

    /**
     * A new shopper account whose address is known to be the person's (made by an operator or a test fixture, not
     * by the sign-up page): it counts as verified and no mail is sent. Refuses a taken address or a weak password
     * with a message key.
     */
    @PermitAll
    public Account signUp(String email, String displayName, String password) {
        Account account = create(email, displayName, password)
                .orElseThrow(() -> new AccountException("account.signup.emailTaken"));
        account.emailVerified(account.getCreatedAt());
        return account;
    }

    /** {@link #open(String, String, String, Locale)} in English. */
    @PermitAll
    public Optional<Account> open(String email, String displayName, String password) {
        return open(email, displayName, password, Locale.ENGLISH);
    }

    /**
     * A new shopper account from the sign-up page, or empty when the address has one already. The password is hashed
     * either way, so that both answers take as long. Refuses a weak password whatever the address. The account's
     * mails are in the page's language; a link to verify the address is mailed in the same transaction.
     */
    @PermitAll
    public Optional<Account> open(String email, String displayName, String password, Locale locale) {
        Optional<Account> created = create(email, displayName, password);
        created.ifPresent(account -> {
            account.setLocale(locale);
            verification.send(account);
        });
        return created;
    }

    private Optional<Account> create(String email, String displayName, String password) {
        PasswordRule.check(password, email);
        String hash = hasher.hash(password);
        if (byEmail(email).isPresent()) {
            return Optional.empty();
        }
        Account account = new Account(email, displayName.trim(), hash, Instant.now(Clock.systemUTC()));
        em.persist(account);
        return Optional.of(account);
    }

    /** Changes the password after checking the current one; returns the account's new session generation. */
    @RolesAllowed("SHOPPER")
    public int changePassword(long accountId, String currentPassword, String newPassword) {
        Account account = em.find(Account.class, accountId);
        if (account == null || !hasher.matches(currentPassword, account.getPasswordHash())) {
            throw new AccountException("account.password.currentWrong");
        }
        PasswordRule.check(newPassword, account.getEmail());
        account.changePassword(hasher.hash(newPassword));
        return account.getSessionGeneration();
    }

    /**
     * The account's new display name, trimmed: shown at once in the header, on its reviews and in its messages.
     * Refuses a blank name or one longer than {@link Account#NAME_MAX} with a message key.
     */
    @RolesAllowed("SHOPPER")
    public Account rename(long accountId, String displayName) {
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty()) {
            throw new AccountException("account.settings.name.required");
        }
        if (name.length() > Account.NAME_MAX) {
            throw new AccountException("account.settings.name.tooLong");
        }
        Account account = em.find(Account.class, accountId);
        if (account == null || account.isDeleted()) {
            throw new AccountException("account.settings.gone");
        }
        if (!name.equals(account.getDisplayName())) {
            account.setDisplayName(name);
            renamed.fire(new AccountRenamed(accountId, name));
        }
        return account;
    }

    /**
     * Deletes the account after checking its current password: every feature removes or anonymises what it keeps of
     * the person ({@link AccountDeleting}, which may refuse: a shop with open orders or money still to pay out), then
     * the row is anonymised ({@link Account#anonymise}): the address is free again, the password unusable and every
     * session of the account ends. The last admin cannot delete their account.
     */
    @RolesAllowed("SHOPPER")
    public void delete(long accountId, String currentPassword) {
        Account account = em.find(Account.class, accountId);
        if (account == null || account.isDeleted() || !hasher.matches(currentPassword, account.getPasswordHash())) {
            throw new AccountException("account.delete.passwordWrong");
        }
        if (account.hasRole(Role.ADMIN)) {
            AdminGuard.lock(em);
        }
        if (account.hasRole(Role.ADMIN) && !account.isSuspended() && !AdminGuard.anotherAdminRemains(em, accountId)) {
            throw new AccountException("account.delete.lastAdmin");
        }
        deleting.fire(new AccountDeleting(accountId, account.hasRole(Role.ARTISAN)));
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        account.anonymise(hasher.hash(Base64.getEncoder().encodeToString(secret)), Instant.now(Clock.systemUTC()));
    }

    /** Role names as the container sees them. */
    static Set<String> groups(Account account) {
        return account.getRoles().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet());
    }
}
