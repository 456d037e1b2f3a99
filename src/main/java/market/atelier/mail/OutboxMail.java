package market.atelier.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A mail waiting in the outbox (or sent: {@code sentAt} set; or given up: {@code givenUpAt}). Claiming, retries and
 * marking sent are conditional updates in {@link MailSender}; the entity is written once, when queued.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

    /** Longest body kept (V13); mails are far shorter. */
    static final int BODY_MAX = 200_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_outbox_seq")
    @SequenceGenerator(name = "mail_outbox_seq", sequenceName = "mail_outbox_seq", allocationSize = 20)
    private Long id;

    @Column(name = "to_address", nullable = false, length = 254)
    private String to;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private MailKind kind;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(name = "text_body", nullable = false, length = BODY_MAX)
    private String text;

    @Column(name = "html_body", nullable = false, length = BODY_MAX)
    private String html;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    /** The recipient's account, for digests (whose kind the account may have unsubscribed from meanwhile). */
    @Column(name = "account_id")
    private Long accountId;

    /** The one-click unsubscribe address of a digest ({@code List-Unsubscribe}). */
    @Column(name = "unsubscribe_url", length = 500)
    private String unsubscribeUrl;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "given_up_at")
    private Instant givenUpAt;

    protected OutboxMail() {
    }

    OutboxMail(Mail mail, Long accountId, String unsubscribeUrl, Instant createdAt) {
        this(mail, createdAt);
        this.accountId = accountId;
        this.unsubscribeUrl = unsubscribeUrl;
    }

    OutboxMail(Mail mail, Instant createdAt) {
        this.to = mail.to();
        this.kind = mail.kind();
        this.subject = mail.subject().length() > 300 ? mail.subject().substring(0, 300) : mail.subject();
        this.text = mail.text();
        this.html = mail.html();
        this.createdAt = createdAt;
        this.nextAttemptAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getTo() {
        return to;
    }

    public MailKind getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    public String getText() {
        return text;
    }

    public String getHtml() {
        return html;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getUnsubscribeUrl() {
        return unsubscribeUrl;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getGivenUpAt() {
        return givenUpAt;
    }
}
