package market.atelier.messaging.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import market.atelier.account.web.CurrentAccount;
import market.atelier.messaging.MessagingException;
import market.atelier.messaging.MessagingService;
import market.atelier.messaging.MessagingService.ConversationView;
import market.atelier.shared.AccessRefused;
import market.atelier.shared.web.Messages;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * {@code /account/messages/conversation?id=N}: one conversation, for its shopper or its shop's owner (anyone else gets
 * a 404), with a reply box. Opening it marks the reader's side read.
 */
@Named("conversationPage")
@ViewScoped
public class ConversationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MessagingService service;

    @Inject
    private CurrentAccount current;

    @Inject
    @Param(name = "id")
    private String idParam;

    private Long id;
    private transient ConversationView view;
    private String text;

    @PostConstruct
    void load() {
        if (idParam != null && idParam.matches("\\d{1,18}")) {
            id = Long.valueOf(idParam);
            read();
        }
    }

    private void read() {
        try {
            view = service.conversation(accountId(), id);
        } catch (AccessRefused e) {
            view = null;
        }
    }

    /** View action: 404 for a conversation that is not the reader's; otherwise the reader's side is now read. */
    public void open() {
        if (view == null) {
            Faces.responseSendError(404, "No such conversation");
            return;
        }
        if (!Faces.isPostback()) {
            service.markRead(accountId(), id);
        }
    }

    public void reply() {
        try {
            service.reply(accountId(), id, text);
            text = null;
            service.markRead(accountId(), id);
            Messages.info(null, "messages.sent");
        } catch (MessagingException e) {
            Messages.error(null, e.getMessageKey());
        } catch (AccessRefused e) {
            Messages.error(null, "messages.error.gone");
        }
        read();
    }

    public ConversationView getView() {
        if (view == null && id != null) {
            read();
        }
        return view;
    }

    /** Whether a message is the reader's own (shown on the right, "You"). */
    public boolean mine(market.atelier.messaging.Message message) {
        return message.isFromShop() == getView().isAsShop();
    }

    public String when(Instant instant) {
        return Times.format(instant);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    private long accountId() {
        return current.id().orElseThrow();
    }
}
