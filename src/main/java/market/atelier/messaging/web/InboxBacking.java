package market.atelier.messaging.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import market.atelier.account.web.CurrentAccount;
import market.atelier.messaging.Conversation;
import market.atelier.messaging.MessagingService;

/** {@code /account/messages} (as a shopper) and {@code /seller/messages} (as a shop): conversations, newest first. */
@Named("inbox")
@RequestScoped
public class InboxBacking {

    @EJB
    private MessagingService service;

    @Inject
    private CurrentAccount current;

    private List<Conversation> conversations;
    private java.util.Map<Long, String> orderNumbers;
    private boolean shopSide;

    /** View action of {@code /account/messages}. */
    public void loadShopper() {
        conversations = service.shopperInbox(current.id().orElseThrow());
    }

    /** View action of {@code /seller/messages}. */
    public void loadShop() {
        shopSide = true;
        conversations = service.shopInbox(current.id().orElseThrow());
    }

    public List<Conversation> getConversations() {
        return conversations;
    }

    /** The number of the shop order a conversation is about, as both sides quote it. */
    public String orderNumber(Conversation conversation) {
        if (orderNumbers == null) {
            orderNumbers = service.orderNumbers(conversations);
        }
        return orderNumbers.get(conversation.getShopOrderId());
    }

    public boolean isShopSide() {
        return shopSide;
    }

    public boolean unread(Conversation conversation) {
        return (shopSide ? conversation.getShopUnread() : conversation.getShopperUnread()) > 0;
    }

    public String when(Instant instant) {
        return Times.format(instant);
    }
}
