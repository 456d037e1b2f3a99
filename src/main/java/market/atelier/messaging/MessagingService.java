package market.atelier.messaging;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import market.atelier.account.Account;
import market.atelier.catalog.ListingStatus;
import market.atelier.notification.NotificationService;
import market.atelier.order.OrderNumber;
import market.atelier.shared.AccessRefused;
import market.atelier.shop.Shop;

/**
 * Conversations between shoppers and shops. Every method takes the acting account's id and finds conversations
 * through it: only the shopper of a conversation and the owner of its shop can read or answer it; for anyone else
 * (whatever id a request carries) it does not exist ({@link AccessRefused}). Messages are plain text, kept as typed
 * (line breaks normalised, control characters dropped). A shopper may send at most {@link #MESSAGES_PER_HOUR}
 * messages to one shop and start at most {@link #CONVERSATIONS_PER_HOUR} conversations an hour.
 */
@Stateless
@RolesAllowed("SHOPPER")
public class MessagingService {

    public static final int MESSAGES_PER_HOUR = 10;
    public static final int CONVERSATIONS_PER_HOUR = 5;
    /** Inboxes show the newest conversations only; older ones stay stored. */
    public static final int INBOX_MAX = 100;
    /** A conversation page shows its newest messages only. */
    public static final int THREAD_MAX = 200;

    /** Where a conversation's notices point, followed by its id. */
    public static final String LINK = "/account/messages/conversation?id=";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private NotificationService notifications;

    @Inject
    private Event<ConversationAnswered> answered;

    /** What a new conversation would be about, checked; {@code existingId} is set when it would continue one. */
    public record Draft(long shopId, String shopName, Long listingId, String listingTitle, Long shopOrderId,
            String orderNumber, Long existingId) implements java.io.Serializable {

        public String getShopName() {
            return shopName;
        }

        public String getListingTitle() {
            return listingTitle;
        }

        public Long getShopOrderId() {
            return shopOrderId;
        }

        /** The shop order's number as both sides quote it ("1042-2"), or null. */
        public String getOrderNumber() {
            return orderNumber;
        }

        public Long getExistingId() {
            return existingId;
        }
    }

    /** A conversation as its reader sees it: the messages (oldest first) and whether the reader is the shop. */
    public record ConversationView(Conversation conversation, List<Message> messages, boolean asShop,
            String orderNumber) {

        /** The number of the shop order it is about, as both sides quote it ("1042-2"), or null. */
        public String getOrderNumber() {
            return orderNumber;
        }

        public Conversation getConversation() {
            return conversation;
        }

        public List<Message> getMessages() {
            return messages;
        }

        public boolean isAsShop() {
            return asShop;
        }
    }

    /** The header's counts: unread messages to this account as a shopper and as a shop owner. */
    public record Unread(long asShopper, long asShop) {

        public long getAsShopper() {
            return asShopper;
        }

        public long getAsShop() {
            return asShop;
        }

        public long getTotal() {
            return asShopper + asShop;
        }
    }

    /**
     * Checks what a shopper wants to write about: a shop they may write to (live, or the shop of one of their
     * orders), not their own, and a listing of that shop or a shop order of theirs from that shop.
     */
    public Draft draft(long shopperId, long shopId, Long listingId, Long shopOrderId) {
        Shop shop = writableShop(shopperId, shopId, shopOrderId);
        String title = listingTitle(shop, listingId);
        checkOrder(shopperId, shop, shopOrderId);
        Long existing = existing(shopperId, shopId, listingId, shopOrderId).map(Conversation::getId).orElse(null);
        return new Draft(shopId, shop.getName(), listingId, title, shopOrderId, OrderNumber.of(em, shopOrderId),
                existing);
    }

    /**
     * A shopper writes to a shop, optionally about a listing or one of their shop orders. A conversation about the
     * same thing with the same shop is continued rather than started twice. Answers the conversation's id.
     */
    public long start(long shopperId, long shopId, Long listingId, Long shopOrderId, String text) {
        String body = body(text);
        Shop shop = writableShop(shopperId, shopId, shopOrderId);
        String title = listingTitle(shop, listingId);
        checkOrder(shopperId, shop, shopOrderId);
        Optional<Conversation> existing = existing(shopperId, shopId, listingId, shopOrderId);
        if (existing.isPresent()) {
            Conversation conversation = em.find(Conversation.class, existing.get().getId(),
                    LockModeType.PESSIMISTIC_WRITE);
            send(conversation, shopperId, false, body);
            return conversation.getId();
        }
        long started = em.createQuery("SELECT COUNT(c) FROM Conversation c WHERE c.shopper.id = :shopper"
                        + " AND c.startedByShop = FALSE AND c.createdAt > :since", Long.class)
                .setParameter("shopper", shopperId)
                .setParameter("since", Instant.now().minus(Duration.ofHours(1)))
                .getSingleResult();
        if (started >= CONVERSATIONS_PER_HOUR) {
            throw new MessagingException("messages.error.tooManyConversations");
        }
        Conversation conversation = new Conversation(shop, em.find(Account.class, shopperId), listingId, title,
                shopOrderId, false, Instant.now());
        em.persist(conversation);
        send(conversation, shopperId, false, body);
        return conversation.getId();
    }

    /**
     * What a shop's owner would write about: one of their shop's orders (to its shopper). {@code shopName} is the
     * shopper's name here; {@code existingId} is set when a conversation about the order exists already.
     */
    public Draft shopDraft(long ownerId, long shopOrderId) {
        Object[] order = ownShopOrder(ownerId, shopOrderId);
        long shopId = ((Number) order[0]).longValue();
        long shopperId = ((Number) order[1]).longValue();
        Long existing = existing(shopperId, shopId, null, shopOrderId).map(Conversation::getId).orElse(null);
        return new Draft(shopId, em.find(Account.class, shopperId).getDisplayName(), null, null, shopOrderId,
                OrderNumber.of(em, shopOrderId), existing);
    }

    /**
     * A shop's owner writes to the shopper of one of their shop's orders (started by the shop: its messages there
     * are never a "first reply"). A conversation about that order is continued. Answers the conversation's id.
     */
    public long startAsShop(long ownerId, long shopOrderId, String text) {
        String body = body(text);
        Object[] order = ownShopOrder(ownerId, shopOrderId);
        long shopId = ((Number) order[0]).longValue();
        long shopperId = ((Number) order[1]).longValue();
        Optional<Conversation> existing = existing(shopperId, shopId, null, shopOrderId);
        Conversation conversation;
        if (existing.isPresent()) {
            conversation = em.find(Conversation.class, existing.get().getId(), LockModeType.PESSIMISTIC_WRITE);
        } else {
            conversation = new Conversation(em.find(Shop.class, shopId), em.find(Account.class, shopperId), null,
                    null, shopOrderId, true, Instant.now());
            em.persist(conversation);
        }
        send(conversation, ownerId, true, body);
        return conversation.getId();
    }

    /** The shopper or the shop's owner answers in a conversation. */
    public void reply(long accountId, long conversationId, String text) {
        String body = body(text);
        Conversation conversation = em.find(Conversation.class, conversationId, LockModeType.PESSIMISTIC_WRITE);
        boolean asShop = side(accountId, conversation);
        send(conversation, accountId, asShop, body);
    }

    /** The shopper's conversations, latest message first (at most {@link #INBOX_MAX}), shops fetched. */
    public List<Conversation> shopperInbox(long accountId) {
        return em.createQuery("SELECT c FROM Conversation c JOIN FETCH c.shop WHERE c.shopper.id = :account"
                        + " ORDER BY c.lastMessageAt DESC, c.id DESC", Conversation.class)
                .setParameter("account", accountId)
                .setMaxResults(INBOX_MAX)
                .getResultList();
    }

    /** The conversations of the account's shop, latest message first (at most {@link #INBOX_MAX}), shoppers fetched. */
    public List<Conversation> shopInbox(long accountId) {
        return em.createQuery("SELECT c FROM Conversation c JOIN FETCH c.shopper WHERE c.shop.owner.id = :account"
                        + " ORDER BY c.lastMessageAt DESC, c.id DESC", Conversation.class)
                .setParameter("account", accountId)
                .setMaxResults(INBOX_MAX)
                .getResultList();
    }

    /** One conversation with its newest messages, for its shopper or its shop's owner only. */
    public ConversationView conversation(long accountId, long conversationId) {
        List<Conversation> found = em.createQuery("SELECT c FROM Conversation c JOIN FETCH c.shop s"
                        + " JOIN FETCH s.owner JOIN FETCH c.shopper WHERE c.id = :id", Conversation.class)
                .setParameter("id", conversationId)
                .getResultList();
        Conversation conversation = found.isEmpty() ? null : found.get(0);
        boolean asShop = side(accountId, conversation);
        List<Message> newest = em.createQuery("SELECT m FROM Message m WHERE m.conversation.id = :id"
                        + " ORDER BY m.sentAt DESC, m.id DESC", Message.class)
                .setParameter("id", conversationId)
                .setMaxResults(THREAD_MAX)
                .getResultList();
        List<Message> oldestFirst = new ArrayList<>(newest);
        Collections.reverse(oldestFirst);
        return new ConversationView(conversation, oldestFirst, asShop,
                OrderNumber.of(em, conversation.getShopOrderId()));
    }

    /**
     * The reader's side of the conversation has been read, and so have the notices announcing it (nothing happens
     * for anyone else).
     */
    public void markRead(long accountId, long conversationId) {
        notifications.markRead(accountId, LINK + conversationId);
        em.createQuery("UPDATE Conversation c SET c.shopperUnread = 0 WHERE c.id = :id AND c.shopper.id = :account"
                        + " AND c.shopperUnread <> 0")
                .setParameter("id", conversationId)
                .setParameter("account", accountId)
                .executeUpdate();
        em.createQuery("UPDATE Conversation c SET c.shopUnread = 0 WHERE c.id = :id AND c.shopUnread <> 0"
                        + " AND c.shop.id IN (SELECT s.id FROM Shop s WHERE s.owner.id = :account)")
                .setParameter("id", conversationId)
                .setParameter("account", accountId)
                .executeUpdate();
    }

    /** Unread messages to this account as a shopper and as a shop's owner, in one query. */
    public Unread unread(long accountId) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT"
                        + " (SELECT COALESCE(SUM(c.shopper_unread), 0) FROM conversation c"
                        + " WHERE c.shopper_id = ? AND c.shopper_unread > 0),"
                        + " (SELECT COALESCE(SUM(c.shop_unread), 0) FROM conversation c JOIN shop s ON s.id = c.shop_id"
                        + " WHERE s.owner_id = ? AND c.shop_unread > 0)")
                .setParameter(1, accountId)
                .setParameter(2, accountId)
                .getSingleResult();
        return new Unread(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    // --------------------------------------------------------------------------------------------------------

    private void send(Conversation conversation, long authorId, boolean fromShop, String body) {
        if (!fromShop) {
            long recent = em.createQuery("SELECT COUNT(m) FROM Message m WHERE m.authorId = :author"
                            + " AND m.fromShop = FALSE AND m.sentAt > :since AND m.conversation.shop.id = :shop",
                            Long.class)
                    .setParameter("author", authorId)
                    .setParameter("since", Instant.now().minus(Duration.ofHours(1)))
                    .setParameter("shop", conversation.getShop().getId())
                    .getSingleResult();
            if (recent >= MESSAGES_PER_HOUR) {
                throw new MessagingException("messages.error.tooMany");
            }
        }
        Message message = new Message(conversation, authorId, fromShop, body, Instant.now());
        em.persist(message);
        if (conversation.record(message)) {
            answered.fire(new ConversationAnswered(conversation.getShop().getId()));
        }
        String link = LINK + conversation.getId();
        // One notice per batch of unread messages, not one per message.
        if (fromShop && conversation.getShopperUnread() == 1) {
            notifications.notify(conversation.getShopperId(), "messages.notify.fromShop", link,
                    conversation.getShop().getName());
        } else if (!fromShop && conversation.getShopUnread() == 1) {
            notifications.notify(conversation.getShop().getOwner().getId(), "messages.notify.fromShopper", link,
                    conversation.getShopper().getDisplayName());
        }
    }

    /** The numbers of the shop orders these conversations are about ("1042-2"), by shop order id. */
    public java.util.Map<Long, String> orderNumbers(List<Conversation> conversations) {
        java.util.Map<Long, String> numbers = new java.util.HashMap<>();
        conversations.stream().map(Conversation::getShopOrderId).filter(java.util.Objects::nonNull).distinct()
                .forEach(id -> numbers.put(id, OrderNumber.of(em, id)));
        return numbers;
    }

    /** True when the account reads or writes as the shop, false as the shopper; anyone else is refused. */
    private static boolean side(long accountId, Conversation conversation) {
        if (conversation != null && conversation.getShopperId() == accountId) {
            return false;
        }
        if (conversation != null && conversation.getShop().getOwner().getId() == accountId) {
            return true;
        }
        throw new AccessRefused("conversation");
    }

    private Shop writableShop(long shopperId, long shopId, Long shopOrderId) {
        Shop shop = em.find(Shop.class, shopId);
        if (shop == null || shopOrderId == null && !shop.isLive()) {
            throw new AccessRefused("shop " + shopId);
        }
        if (shop.getOwner().getId() == shopperId) {
            throw new MessagingException("messages.error.ownShop");
        }
        return shop;
    }

    private String listingTitle(Shop shop, Long listingId) {
        if (listingId == null) {
            return null;
        }
        return em.createQuery("SELECT l.title FROM Listing l WHERE l.id = :id AND l.shop.id = :shop"
                        + " AND l.status IN :shown", String.class)
                .setParameter("id", listingId)
                .setParameter("shop", shop.getId())
                .setParameter("shown", List.of(ListingStatus.ACTIVE, ListingStatus.SOLD_OUT))
                .getResultStream().findFirst()
                .orElseThrow(() -> new AccessRefused("listing " + listingId + " of shop " + shop.getId()));
    }

    private void checkOrder(long shopperId, Shop shop, Long shopOrderId) {
        if (shopOrderId != null && em.createQuery("SELECT so.id FROM ShopOrder so WHERE so.id = :id"
                        + " AND so.shop.id = :shop AND so.order.accountId = :shopper", Long.class)
                .setParameter("id", shopOrderId)
                .setParameter("shop", shop.getId())
                .setParameter("shopper", shopperId)
                .getResultList().isEmpty()) {
            throw new AccessRefused("shop order " + shopOrderId);
        }
    }

    /** The shop id and shopper id of a shop order of the owner's shop; anyone else's is "not found". */
    private Object[] ownShopOrder(long ownerId, long shopOrderId) {
        return em.createQuery("SELECT so.shop.id, so.order.accountId FROM ShopOrder so WHERE so.id = :id"
                        + " AND so.shop.owner.id = :owner", Object[].class)
                .setParameter("id", shopOrderId)
                .setParameter("owner", ownerId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new AccessRefused("shop order " + shopOrderId));
    }

    /** The shopper's conversation with this shop about the same listing or order (or about nothing in particular). */
    private Optional<Conversation> existing(long shopperId, long shopId, Long listingId, Long shopOrderId) {
        TypedQuery<Conversation> query = em.createQuery("SELECT c FROM Conversation c WHERE c.shopper.id = :shopper"
                        + " AND c.shop.id = :shop"
                        + (listingId == null ? " AND c.listingId IS NULL" : " AND c.listingId = :listing")
                        + (shopOrderId == null ? " AND c.shopOrderId IS NULL" : " AND c.shopOrderId = :order")
                        + " ORDER BY c.lastMessageAt DESC", Conversation.class)
                .setParameter("shopper", shopperId)
                .setParameter("shop", shopId)
                .setMaxResults(1);
        if (listingId != null) {
            query.setParameter("listing", listingId);
        }
        if (shopOrderId != null) {
            query.setParameter("order", shopOrderId);
        }
        return query.getResultStream().findFirst();
    }

    /** The text as it will be stored: line breaks as \n, no control characters, trimmed, 1 to 2000 characters. */
    static String body(String text) {
        String body = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n')
                .replaceAll("[\\p{Cntrl}&&[^\n\t]]", "").strip();
        if (body.isEmpty()) {
            throw new MessagingException("messages.error.empty");
        }
        if (body.length() > Message.BODY_MAX) {
            throw new MessagingException("messages.error.tooLong");
        }
        return body;
    }
}
