package market.atelier.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One account's mail settings: the digests it wants, its unsubscribe token, how far notices were digested. */
@Entity
@Table(name = "mail_settings")
public class MailSettings {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "messages_digest", nullable = false)
    private boolean messagesDigest = true;

    @Column(name = "verification_digest", nullable = false)
    private boolean verificationDigest = true;

    @Column(name = "unsubscribe_token", nullable = false, length = 64, unique = true)
    private String unsubscribeToken;

    @Column(name = "digested_until")
    private Instant digestedUntil;

    protected MailSettings() {
    }

    MailSettings(long accountId, String unsubscribeToken) {
        this.accountId = accountId;
        this.unsubscribeToken = unsubscribeToken;
    }

    public boolean wants(MailKind kind) {
        return switch (kind) {
            case DIGEST_MESSAGES -> messagesDigest;
            case DIGEST_VERIFICATION -> verificationDigest;
            default -> true;
        };
    }

    void set(MailKind kind, boolean wanted) {
        switch (kind) {
            case DIGEST_MESSAGES -> messagesDigest = wanted;
            case DIGEST_VERIFICATION -> verificationDigest = wanted;
            default -> throw new IllegalArgumentException(kind + " cannot be turned off");
        }
    }

    public Long getAccountId() {
        return accountId;
    }

    public boolean isMessagesDigest() {
        return messagesDigest;
    }

    public boolean isVerificationDigest() {
        return verificationDigest;
    }

    String getUnsubscribeToken() {
        return unsubscribeToken;
    }

    Instant getDigestedUntil() {
        return digestedUntil;
    }

    void setDigestedUntil(Instant digestedUntil) {
        this.digestedUntil = digestedUntil;
    }
}
