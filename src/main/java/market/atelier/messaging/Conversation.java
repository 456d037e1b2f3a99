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
import market.atelier.account.Account;
import market.atelier.shared.Excerpt;
import market.atelier.shop.Shop;

/**
 * A conversation between one shopper and one shop, optionally about one of the shop's listings (its title kept as it
 * was) or one of the shopper's shop orders. Each side has an unread counter; the inbox line (time, excerpt) is kept
 * here so an inbox is one query. Changed only under a row lock (see {@link MessagingService}).
 */
@Entity
@Table(name = "conversation")
public class Conversation {

    /** Characters of the last message shown in the inbox. */
    public static final int EXCERPT = 140;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "conversation_seq")
    @SequenceGenerator(name = "conversation_seq", sequenceName = "conversation_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "shop_id", nullable = false)
    private Shop shop;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "shopper_id", nullable = false)
    private Account shopper;

    @Column(name = "listing_id")
    private Long listingId;

    @Column(name = "listing_title", length = 200)
    private String listingTitle;

    @Column(name = "shop_order_id")
    private Long shopOrderId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_message_at", nullable = false)
    private Instant lastMessageAt;

    @Column(name = "last_excerpt", nullable = false, length = 160)
    private String lastExcerpt;

    @Column(name = "started_by_shop", nullable = false)
    private boolean startedByShop;

    @Column(name = "first_reply_at")
    private Instant firstReplyAt;

    @Column(name = "shopper_unread", nullable = false)
    private int shopperUnread;

    @Column(name = "shop_unread", nullable = false)
    private int shopUnread;

    protected Conversation() {
    }

    Conversation(Shop shop, Account shopper, Long listingId, String listingTitle, Long shopOrderId,
            boolean startedByShop, Instant at) {
        this.shop = shop;
        this.shopper = shopper;
        this.listingId = listingId;
        this.listingTitle = listingTitle;
        this.shopOrderId = shopOrderId;
        this.startedByShop = startedByShop;
        this.createdAt = at;
        this.lastMessageAt = at;
        this.lastExcerpt = "";
    }

    /**
     * Records a new message: the inbox line, the other side's unread counter. Answers whether this is the shop's
     * first answer to a conversation the shopper started (then {@code first_reply_at} is set, once).
     */
    boolean record(Message message) {
        lastMessageAt = message.getSentAt();
        String body = message.getBody();
        lastExcerpt = Excerpt.of(body, EXCERPT);
        if (message.isFromShop()) {
            shopperUnread++;
            if (!startedByShop && firstReplyAt == null) {
                firstReplyAt = message.getSentAt();
                return true;
            }
        } else {
            shopUnread++;
        }
        return false;
    }

    void readByShopper() {
        shopperUnread = 0;
    }

    void readByShop() {
        shopUnread = 0;
    }

    public Long getId() {
        return id;
    }

    public Shop getShop() {
        return shop;
    }

    public Account getShopper() {
        return shopper;
    }

    public long getShopperId() {
        return shopper.getId();
    }

    public Long getListingId() {
        return listingId;
    }

    public String getListingTitle() {
        return listingTitle;
    }

    public Long getShopOrderId() {
        return shopOrderId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastMessageAt() {
        return lastMessageAt;
    }

    public String getLastExcerpt() {
        return lastExcerpt;
    }

    public boolean isStartedByShop() {
        return startedByShop;
    }

    public Instant getFirstReplyAt() {
        return firstReplyAt;
    }

    public int getShopperUnread() {
        return shopperUnread;
    }

    public int getShopUnread() {
        return shopUnread;
    }
}
