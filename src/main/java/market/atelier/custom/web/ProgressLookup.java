package market.atelier.custom.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import market.atelier.account.web.CurrentAccount;
import market.atelier.custom.CustomOrderService;
import market.atelier.custom.ProgressUpdate;

/** The progress updates on the orders pages: read once per request for every order the account may see. */
@Named("progressUpdates")
@RequestScoped
public class ProgressLookup {

    @Inject
    private CurrentAccount current;

    @EJB
    private CustomOrderService service;

    private Map<Long, List<ProgressUpdate>> byOrder;

    public List<ProgressUpdate> of(long shopOrderId) {
        if (byOrder == null) {
            byOrder = current.id().map(service::progressVisibleTo).orElse(Map.of());
        }
        return byOrder.getOrDefault(shopOrderId, List.of());
    }
}
