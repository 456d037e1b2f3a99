package market.atelier.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** One notice for one account: a message key with its arguments (shown in the reader's language) and a link. */
@Entity
@Table(name = "notification")
public class Notification {

    static final String SEPARATOR = "\u001f";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "message_key", nullable = false, length = 80)
    private String messageKey;

    @Column(length = 500)
    private String args;

    @Column(length = 300)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    Notification(long accountId, String messageKey, String link, Instant createdAt, String... args) {
        this.accountId = accountId;
        this.messageKey = messageKey;
        this.link = link;
        this.createdAt = createdAt;
        String joined = String.join(SEPARATOR, args);
        this.args = joined.length() > 500 ? joined.substring(0, 500) : joined;
    }

    public Long getId() {
        return id;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public List<String> getArgs() {
        return args == null || args.isEmpty() ? List.of() : Arrays.asList(args.split(SEPARATOR, -1));
    }

    /** A path inside Atelier, e.g. {@code /seller/verification}. */
    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isUnread() {
        return readAt == null;
    }
}
