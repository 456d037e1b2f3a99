package market.atelier.messaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One plain-text message in a conversation, by the shopper or by the shop's owner. Never changed once sent. */
@Entity
@Table(name = "conversation_message")
public class Message {

    public static final int BODY_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "conversation_message_seq")
    @SequenceGenerator(name = "conversation_message_seq", sequenceName = "conversation_message_seq",
            allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "conversation_id", nullable = false)
    private Conversation conversation;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "from_shop", nullable = false)
    private boolean fromShop;

    @Column(nullable = false, length = BODY_MAX)
    private String body;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected Message() {
    }

    Message(Conversation conversation, long authorId, boolean fromShop, String body, Instant sentAt) {
        this.conversation = conversation;
        this.authorId = authorId;
        this.fromShop = fromShop;
        this.body = body;
        this.sentAt = sentAt;
    }

    public Long getId() {
        return id;
    }

    public Conversation getConversation() {
        return conversation;
    }

    public long getAuthorId() {
        return authorId;
    }

    public boolean isFromShop() {
        return fromShop;
    }

    public String getBody() {
        return body;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
