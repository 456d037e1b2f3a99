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
 * {@code /account/messages/new?shop=N[&listing=N|&order=N]}: a shopper writes to a shop, from the listing page, the
 * shop page or an order. Visitors are sent to sign in and come back here. A shop, piece or order that is not theirs to
 * write about answers 404; a refused message stays in the field with the reason above it.
 */
@Named("newConversation")
@ViewScoped
public class NewConversationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MessagingService service;

    @Inject
    private CurrentAccount current;

    @Inject
    @Param(name = "shop")
    private String shopParam;

    @Inject
    @Param(name = "listing")
    private String listingParam;

    @Inject
    @Param(name = "order")
    private String orderParam;

    private Draft draft;
    private String refusal;
    private String text;

    @PostConstruct
    void load() {
        Long shop = id(shopParam);
        Long listing = id(listingParam);
        Long order = id(orderParam);
        if (shop == null || listing == null && listingParam != null || order == null && orderParam != null) {
            return;
        }
        try {
            draft = service.draft(current.id().orElseThrow(), shop, listing, order);
        } catch (AccessRefused e) {
            draft = null;
        } catch (MessagingException e) {
            refusal = e.getMessageKey();
        }
    }

    public void checkFound() {
        if (draft == null && refusal == null) {
            Faces.responseSendError(404, "Nobody to write to");
        }
    }

    public void send() {
        try {
            long id = service.start(current.id().orElseThrow(), draft.shopId(), draft.listingId(),
                    draft.shopOrderId(), text);
            Messages.flashInfo("messages.sent");
            Faces.redirect(Faces.getRequestContextPath() + "/account/messages/conversation?id=" + id);
        } catch (MessagingException e) {
            Messages.error(null, e.getMessageKey());
        } catch (AccessRefused e) {
            Messages.error(null, "messages.error.gone");
        }
    }

    private static Long id(String value) {
        return value != null && value.matches("\\d{1,18}") ? Long.valueOf(value) : null;
    }

    public Draft getDraft() {
        return draft;
    }

    public String getRefusal() {
        return refusal;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
