package market.atelier.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** A person who signs in: shopper, artisan, verifier or admin. The password is stored only as a PBKDF2 hash. */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_EMAIL, query = "SELECT a FROM Account a WHERE a.email = :email")
public class Account {

    public static final String BY_EMAIL = "Account.byEmail";
    public static final int EMAIL_MAX = 254;
    public static final int NAME_MAX = 80;
    public static final int SUSPENSION_REASON_MAX = 500;
    /** The name a deleted account keeps in the database; pages show their own words for it. */
    public static final String DELETED_NAME = "Deleted account";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @NotBlank
    @Email
    @Size(max = EMAIL_MAX)
    @Column(nullable = false, unique = true, length = EMAIL_MAX)
    private String email;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "display_name", nullable = false, length = NAME_MAX)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    // Lazy: pages showing shop owners' names must not read every owner's roles (one query each).
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = new HashSet<>(Set.of(Role.SHOPPER));

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Raised when the password changes; a session signed in under an older generation is ended. */
    @Column(name = "session_generation", nullable = false)
    private int sessionGeneration;

    /** Set while an admin has suspended the account: it cannot sign in (issue 16, admin back office). */
    @Column(name = "suspended_at")
    private Instant suspendedAt;

    @Column(name = "suspension_reason", length = SUSPENSION_REASON_MAX)
    private String suspensionReason;

    /** The language mails are written in: {@code en} or {@code de}. */
    @Column(nullable = false, length = 5)
    private String language = "en";

    /** Set when the person deleted their account: the row stays, anonymised, for the orders and reviews it made. */
    @Column(name = "deleted_at")
    private Instant deletedAt;

    /** When the person showed the address is theirs (a link mailed to it); null until then. */
    @Column(name = "email_verified_at")
    private Instant emailVerifiedAt;

    protected Account() {
    }

    public Account(String email, String displayName, String passwordHash, Instant createdAt) {
        this.email = normalizeEmail(email);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    /** E-mail addresses are compared lower-case and trimmed. */
    public static String normalizeEmail(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void grant(Role role) {
        roles.add(role);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getSessionGeneration() {
        return sessionGeneration;
    }

    /** A new password: every session signed in before now is to end. */
    public void changePassword(String newHash) {
        passwordHash = newHash;
        sessionGeneration++;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    /**
     * The person deleted their account: name and e-mail address replaced (the address is free to sign up again),
     * only the shopper role left, and a password nobody knows, which ends every session at once.
     */
    void anonymise(String unknownPasswordHash, Instant now) {
        email = "deleted-" + id + "@deleted.invalid";
        displayName = DELETED_NAME;
        roles.retainAll(Set.of(Role.SHOPPER));
        changePassword(unknownPasswordHash);
        deletedAt = now;
    }

    public boolean isEmailVerified() {
        return emailVerifiedAt != null;
    }

    public Instant getEmailVerifiedAt() {
        return emailVerifiedAt;
    }

    /** The address is shown to be the person's (first time only: a later link changes nothing). */
    public void emailVerified(Instant at) {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = at;
        }
    }

    /** A new, confirmed address: the link was opened from a mail sent to it. */
    public void changeEmail(String newEmail, Instant at) {
        email = normalizeEmail(newEmail);
        emailVerifiedAt = at;
    }

    /** The language of this account's mails (English unless German was chosen). */
    public Locale getLocale() {
        return "de".equals(language) ? Locale.GERMAN : Locale.ENGLISH;
    }

    public void setLocale(Locale locale) {
        this.language = locale != null && "de".equals(locale.getLanguage()) ? "de" : "en";
    }

    public void revoke(Role role) {
        roles.remove(role);
    }

    /** Ends every session signed in as this account now (they sign in again, with the account as it is then). */
    public void endSessions() {
        sessionGeneration++;
    }

    public boolean isSuspended() {
        return suspendedAt != null;
    }

    public Instant getSuspendedAt() {
        return suspendedAt;
    }

    public String getSuspensionReason() {
        return suspensionReason;
    }

    /** Suspended by an admin: no sign-in from now on, and every open session ends. */
    public void suspend(String reason, Instant at) {
        suspendedAt = at;
        suspensionReason = reason;
        endSessions();
    }

    public void unsuspend() {
        suspendedAt = null;
        suspensionReason = null;
    }
}
