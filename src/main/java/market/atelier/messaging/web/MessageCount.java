package market.atelier.messaging.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import market.atelier.account.web.CurrentAccount;
import market.atelier.messaging.MessagingService;
import market.atelier.messaging.MessagingService.Unread;

/**
 * {@code #{messageCount}}: unread messages for the header and the inbox tabs. One query per signed-in page view, read
 * only when a signed-in part of the page asks; visitors cost nothing.
 */
@Named("messageCount")
@RequestScoped
public class MessageCount {

    @EJB
    private MessagingService service;

    @Inject
    private CurrentAccount current;

    private Unread unread;

    public Unread getUnread() {
        if (unread == null) {
            unread = current.id().map(service::unread).orElse(new Unread(0, 0));
        }
        return unread;
    }

    public long getTotal() {
        return getUnread().getTotal();
    }

    /** The inbox the header's envelope opens: the shop's when only the shop side has news. */
    public String getInbox() {
        Unread counts = getUnread();
        return counts.getAsShop() > 0 && counts.getAsShopper() == 0 ? "/seller/messages" : "/account/messages";
    }
}
