package market.atelier.custom.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import org.omnifaces.util.Faces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import market.atelier.account.web.CurrentAccount;
import market.atelier.custom.CustomOrderException;
import market.atelier.custom.CustomOrderService;
import market.atelier.custom.CustomRequest;
import market.atelier.shared.AccessRefused;
import market.atelier.shared.Money;
import market.atelier.shared.web.Messages;

/**
 * {@code /seller/custom}: requests to the artisan's shop, open ones first; each open one has a quote form (price,
 * days, what they will make) and a decline form (reason). What was typed stays when something is refused.
 */
@Named("sellerCustom")
@ViewScoped
public class SellerCustomBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentAccount current;

    @EJB
    private CustomOrderService service;

    /** Entities are not serializable: read again after the view is restored. */
    private transient List<CustomRequest> requests;
    private final Map<Long, String> price = new HashMap<>();
    private final Map<Long, String> days = new HashMap<>();
    private final Map<Long, String> text = new HashMap<>();
    private final Map<Long, String> reason = new HashMap<>();

    @PostConstruct
    void load() {
        requests = service.toMyShop(current.id().orElseThrow());
    }

    public void quote(long requestId) {
        Money amount;
        int processing;
        try {
            amount = CustomOrderService.parseAmount(price.get(requestId), "custom.error.price", Faces.getLocale());
        } catch (CustomOrderException e) {
            Messages.error(null, e.getMessageKey());
            return;
        }
        String daysText = days.get(requestId) == null ? "" : days.get(requestId).strip();
        if (!daysText.matches("\\d{1,3}")) {
            Messages.error(null, "custom.error.days");
            return;
        }
        processing = Integer.parseInt(daysText);
        try {
            service.quote(current.id().orElseThrow(), requestId, amount, processing, text.get(requestId));
            Messages.info(null, "custom.quoted");
            load();
        } catch (CustomOrderException e) {
            Messages.error(null, e.getMessageKey());
        } catch (AccessRefused e) {
            Messages.error(null, "custom.error.notFound");
        }
    }

    public void decline(long requestId) {
        try {
            service.decline(current.id().orElseThrow(), requestId, reason.get(requestId));
            Messages.info(null, "custom.declined");
            load();
        } catch (CustomOrderException e) {
            Messages.error(null, e.getMessageKey());
        } catch (AccessRefused e) {
            Messages.error(null, "custom.error.notFound");
        }
    }

    public List<CustomRequest> getRequests() {
        if (requests == null) {
            load();
        }
        return requests;
    }

    public Map<Long, String> getPrice() {
        return price;
    }

    public Map<Long, String> getDays() {
        return days;
    }

    public Map<Long, String> getText() {
        return text;
    }

    public Map<Long, String> getReason() {
        return reason;
    }
}
