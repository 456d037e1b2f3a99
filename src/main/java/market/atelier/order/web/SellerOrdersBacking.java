package market.atelier.order.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.ValidatorException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import market.atelier.account.web.CurrentAccount;
import market.atelier.order.OrderException;
import market.atelier.order.OrderService;
import market.atelier.order.RefundReason;
import market.atelier.order.ShopOrder;
import market.atelier.order.ShopOrderStatus;
import market.atelier.shared.AccessRefused;
import market.atelier.shared.Money;
import market.atelier.shared.web.Messages;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * {@code /seller/orders[?status=new|shipped|delivered|cancelled|all]}: the artisan's shop orders as cards, with the
 * shopper's address, and the actions of each state (ship, deliver, cancel with a refund, refund). The cards shown
 * stay the same for the life of the view, so an order that was just shipped stays on "To ship" with its new state,
 * and a card's form always acts on the order it shows.
 */
@Named("sellerOrders")
@ViewScoped
public class SellerOrdersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The tabs, in order: the {@code status} parameter and the state it shows (null: every state). */
    private static final Map<String, ShopOrderStatus> TABS = new LinkedHashMap<>();

    static {
        TABS.put("new", ShopOrderStatus.NEW);
        TABS.put("shipped", ShopOrderStatus.SHIPPED);
        TABS.put("delivered", ShopOrderStatus.DELIVERED);
        TABS.put("cancelled", ShopOrderStatus.CANCELLED);
        TABS.put("all", null);
    }

    /** Carriers artisans in Europe use most; anything else is typed in after choosing {@link #OTHER}. */
    private static final List<String> CARRIERS = List.of("CTT", "Deutsche Post", "DHL", "DPD", "FedEx", "GLS",
            "Hermes", "La Poste", "PostNL", "Royal Mail", "UPS");

    public static final String OTHER = "OTHER";
    public static final String PARTIAL = "PARTIAL";

    /** Euros as people type them: "12", "12.5", "12,50", optionally with a euro sign. */

    @Inject
    private OrderService orders;

    @Inject
    private CurrentAccount current;

    @Inject
    @Param(name = "status")
    private String statusParam;

    private String tab;
    private List<Long> shown;
    private Map<String, Long> counts;
    private transient List<ShopOrder> rows;

    private final Map<Long, String> carrier = new HashMap<>();
    private final Map<Long, String> otherCarrier = new HashMap<>();
    private final Map<Long, String> tracking = new HashMap<>();
    private final Map<Long, String> cancelReason = new HashMap<>();
    private final Map<Long, String> cancelRefund = new HashMap<>();
    private final Map<Long, String> cancelAmount = new HashMap<>();
    private final Map<Long, String> refundAmount = new HashMap<>();
    private final Map<Long, String> refundReason = new HashMap<>();
    private final Map<Long, String> refundCategory = new HashMap<>();

    @PostConstruct
    void load() {
        tab = statusParam != null && TABS.containsKey(statusParam) ? statusParam : "new";
        getRows();
    }

    /** The cards of this view, as they are now. */
    public List<ShopOrder> getRows() {
        if (rows == null) {
            List<ShopOrder> all = orders.shopOrders(accountId(), null);
            counts = new HashMap<>();
            TABS.forEach((name, status) -> counts.put(name,
                    all.stream().filter(so -> status == null || so.getStatus() == status).count()));
            if (shown == null) {
                ShopOrderStatus status = TABS.get(tab);
                shown = all.stream().filter(so -> status == null || so.getStatus() == status)
                        .map(ShopOrder::getId).toList();
            }
            Map<Long, ShopOrder> byId = all.stream().collect(Collectors.toMap(ShopOrder::getId, Function.identity()));
            rows = shown.stream().map(byId::get).filter(Objects::nonNull).toList();
            rows.forEach(so -> cancelRefund.putIfAbsent(so.getId(), "FULL"));
        }
        return rows;
    }

    public void ship(long id) {
        String name = OTHER.equals(carrier.get(id)) ? otherCarrier.get(id) : carrier.get(id);
        act(id, () -> orders.ship(accountId(), id, name, tracking.get(id)), "sellerOrders.ship.done");
    }

    public void deliver(long id) {
        act(id, () -> orders.deliver(accountId(), id), "sellerOrders.deliver.done");
    }

    /** Cancels with the whole refundable amount back to the shopper, or the part the artisan entered. */
    public void cancel(long id) {
        boolean partial = PARTIAL.equals(cancelRefund.get(id));
        if (partial && typed(cancelAmount.get(id)) == null) {
            Messages.error(null, "sellerOrders.amount.invalid");
            return;
        }
        act(id, () -> orders.cancel(accountId(), id,
                partial ? typed(cancelAmount.get(id)) : row(id).getRefundable(), cancelReason.get(id)),
                "sellerOrders.cancel.done");
    }

    public void refund(long id) {
        String category = refundCategory.get(id);
        RefundReason reason = category == null ? null : Arrays.stream(RefundReason.values())
                .filter(r -> r.name().equals(category)).findFirst().orElse(null);
        act(id, () -> orders.refund(accountId(), id, typed(refundAmount.get(id)), reason,
                refundReason.get(id)),
                "sellerOrders.refund.done");
    }

    private void act(long id, Runnable action, String doneKey) {
        try {
            String number = row(id).getNumber();
            action.run();
            Messages.info(null, doneKey, number);
            List.of(carrier, otherCarrier, tracking, cancelReason, cancelRefund, cancelAmount, refundAmount,
                    refundReason, refundCategory).forEach(values -> values.remove(id));
        } catch (OrderException e) {
            Messages.error(null, e.getMessageKey());
        } catch (AccessRefused e) {
            Messages.error(null, "sellerOrders.gone");
        }
        rows = null;
    }

    /**
     * A refund amount: euros, more than zero and no more than what is left to refund of the card's order (the
     * input's {@code refundable} attribute). Refused input stays in the field with the reason beside it.
     */
    public void validateAmount(FacesContext context, UIComponent component, Object value) {
        Money refundable = (Money) component.getAttributes().get("refundable");
        Money amount;
        try {
            amount = Money.parseEuros((String) value, context.getViewRoot().getLocale());
        } catch (Money.Unreadable e) {
            if (e.problem() != Money.Problem.TOO_LARGE) {
                throw new ValidatorException(error(Messages.text("sellerOrders.amount.invalid")));
            }
            amount = null;
        }
        if (amount == null || amount.minorUnits() <= 0 || amount.compareTo(refundable) > 0) {
            throw new ValidatorException(error(Messages.text("sellerOrders.amount.range",
                    refundable.format(context.getViewRoot().getLocale()))));
        }
    }

    /** An amount typed in the page's language, or null when it is not one. */
    private static Money typed(String text) {
        try {
            return Money.parseEuros(text, Faces.getLocale());
        } catch (Money.Unreadable e) {
            return null;
        }
    }

    private static FacesMessage error(String text) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
    }

    /**
     * Whether a folded section of a card (cancel, refund) stays open when the card is drawn again: while the
     * artisan works in it (its choice was changed, or what they sent was refused), not after it succeeded.
     */
    public boolean open(String section) {
        String source = Faces.getRequestParameter("jakarta.faces.source");
        if (source == null) {
            return false;
        }
        String field = source.substring(source.lastIndexOf(':') + 1);
        FacesContext context = Faces.getContext();
        boolean refused = context.isValidationFailed() || context.getMaximumSeverity() != null
                && context.getMaximumSeverity().compareTo(FacesMessage.SEVERITY_ERROR) >= 0;
        return field.startsWith(section) && (refused || !field.equals(section));
    }

    /** The date a new order should ship by: the one its checkout promised. */
    public Instant dueBy(ShopOrder order) {
        return order.getShipBy();
    }

    public boolean overdue(ShopOrder order) {
        return order.getStatus() == ShopOrderStatus.NEW && dueBy(order).isBefore(Instant.now());
    }

    private ShopOrder row(long id) {
        return getRows().stream().filter(so -> so.getId() == id).findFirst()
                .orElseThrow(() -> new AccessRefused("shop order " + id));
    }

    private long accountId() {
        return current.id().orElseThrow();
    }

    public String getTab() {
        return tab;
    }

    public List<String> getTabs() {
        return List.copyOf(TABS.keySet());
    }

    public Map<String, Long> getCounts() {
        getRows();
        return counts;
    }

    public List<String> getCarriers() {
        return CARRIERS;
    }

    public Map<Long, String> getCarrier() {
        return carrier;
    }

    public Map<Long, String> getOtherCarrier() {
        return otherCarrier;
    }

    public Map<Long, String> getTracking() {
        return tracking;
    }

    public Map<Long, String> getCancelReason() {
        return cancelReason;
    }

    public Map<Long, String> getCancelRefund() {
        return cancelRefund;
    }

    public Map<Long, String> getCancelAmount() {
        return cancelAmount;
    }

    public Map<Long, String> getRefundAmount() {
        return refundAmount;
    }

    public Map<Long, String> getRefundReason() {
        return refundReason;
    }

    public Map<Long, String> getRefundCategory() {
        return refundCategory;
    }

    public RefundReason[] getRefundCategories() {
        return RefundReason.values();
    }
}
