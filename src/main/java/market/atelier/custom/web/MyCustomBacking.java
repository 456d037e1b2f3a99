package market.atelier.custom.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import market.atelier.account.web.CurrentAccount;
import market.atelier.custom.CustomOrderException;
import market.atelier.custom.CustomOrderService;
import market.atelier.custom.CustomRequest;
import market.atelier.shared.AccessRefused;
import market.atelier.shared.web.Messages;

/** {@code /account/custom}: the shopper's requests with the makers' answers; accept a quote (to the cart) or withdraw. */
@Named("myCustom")
@ViewScoped
public class MyCustomBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentAccount current;

    @EJB
    private CustomOrderService service;

    /** Entities are not serializable: read again after the view is restored. */
    private transient List<CustomRequest> requests;

    @PostConstruct
    void load() {
        requests = service.mine(current.id().orElseThrow());
    }

    /** Accepts the quote of the version the page showed (a quote changed meanwhile is refused, then shown). */
    public String accept(long requestId, long seenVersion) {
        try {
            service.accept(current.id().orElseThrow(), requestId, seenVersion);
            Messages.flashInfo("custom.accepted");
            return "/cart?faces-redirect=true";
        } catch (CustomOrderException e) {
            Messages.error(null, e.getMessageKey());
        } catch (AccessRefused e) {
            Messages.error(null, "custom.error.notFound");
        }
        load();
        return null;
    }

    public void withdraw(long requestId) {
        try {
            service.withdraw(current.id().orElseThrow(), requestId);
            Messages.info(null, "custom.withdrawn");
        } catch (CustomOrderException e) {
            Messages.error(null, e.getMessageKey());
        } catch (AccessRefused e) {
            Messages.error(null, "custom.error.notFound");
        }
        load();
    }

    public List<CustomRequest> getRequests() {
        if (requests == null) {
            load();
        }
        return requests;
    }
}
