package market.atelier.account;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Sign-up, credential checks and password changes (mailed links: EmailVerification, PasswordReset, EmailChange). */
@Stateless
public class AccountService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

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
        if (account.isEmpty()) {
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

    /** Role names as the container sees them. */
    static Set<String> groups(Account account) {
        return account.getRoles().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet());
    }
}
