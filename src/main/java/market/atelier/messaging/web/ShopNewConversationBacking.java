package market.atelier.messaging.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import market.atelier.account.web.CurrentAccount;
import market.atelier.messaging.MessagingException;
import market.atelier.messaging.MessagingService;
import market.atelier.messaging.MessagingService.Draft;
import market.atelier.shared.AccessRefused;
import market.atelier.shared.web.Messages;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * {@code /seller/messages/new?order=N}: an artisan writes to the shopper of one of their shop's orders (from the
 * seller orders page). Another shop's order answers 404.
 */
@Named("shopWrite")
@ViewScoped
public class ShopNewConversationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MessagingService service;

    @Inject
    private CurrentAccount current;

    @Inject
    @Param(name = "order")
    private String orderParam;

    private Draft draft;
    private String text;

    @PostConstruct
    void load() {
        if (orderParam != null && orderParam.matches("\\d{1,18}")) {
            try {
                draft = service.shopDraft(current.id().orElseThrow(), Long.parseLong(orderParam));
            } catch (AccessRefused e) {
                draft = null;
            }
        }
    }

    public void checkFound() {
        if (draft == null) {
            Faces.responseSendError(404, "No such order");
        }
    }

    public void send() {
        try {
            long id = service.startAsShop(current.id().orElseThrow(), draft.shopOrderId(), text);
            Messages.flashInfo("messages.sent");
            Faces.redirect(Faces.getRequestContextPath() + "/account/messages/conversation?id=" + id);
        } catch (MessagingException e) {
            Messages.error(null, e.getMessageKey());
        } catch (AccessRefused e) {
            Messages.error(null, "messages.error.gone");
        }
    }

    public Draft getDraft() {
        return draft;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
