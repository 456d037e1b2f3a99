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

/** A mail waiting in the outbox (or sent: {@code sentAt} set). */
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

    protected OutboxMail() {
    }

    OutboxMail(Mail mail, Instant createdAt) {
        this.to = mail.to();
        this.kind = mail.kind();
        this.subject = mail.subject().length() > 300 ? mail.subject().substring(0, 300) : mail.subject();
        this.text = mail.text();
        this.html = mail.html();
        this.createdAt = createdAt;
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
}
