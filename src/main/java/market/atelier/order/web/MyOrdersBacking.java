package market.atelier.order.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import market.atelier.account.web.CurrentAccount;
import market.atelier.order.CustomerOrder;
import market.atelier.order.OrderException;
import market.atelier.order.OrderLine;
import market.atelier.order.OrderService;
import market.atelier.order.ShopOrder;
import market.atelier.order.ShopOrderStatus;
import market.atelier.review.ShopReviewService;
import market.atelier.shared.AccessRefused;
import market.atelier.shared.web.Messages;
import org.omnifaces.cdi.Param;

/**
 * {@code /account/orders}: the shopper's orders, each shop order with its timeline and tracking; a shop order not
 * yet shipped can be cancelled. After checkout ({@code ?placed=<id>}) the page opens with the confirmation.
 */
@Named("myOrders")
@ViewScoped
public class MyOrdersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private OrderService service;

    @Inject
    private CurrentAccount current;

    @Inject
    @Param(name = "placed")
    private Long placedId;

    @EJB
    private ShopReviewService reviews;

    // entities: read again when missing (on another server after a failover)
    private transient CustomerOrder placed;
    private transient List<CustomerOrder> orders;
    private Set<Long> reviewed = Set.of();

    public void load() {
        long account = current.id().orElseThrow();
        if (placedId != null) {
            try {
                placed = service.order(account, placedId);
            } catch (AccessRefused e) {
                placed = null;
            }
        }
        orders = service.orders(account);
        reviewed = reviews.reviewedLines(account, orders.stream().flatMap(o -> o.getShopOrders().stream())
                .filter(so -> so.getStatus() == ShopOrderStatus.DELIVERED)
                .flatMap(so -> so.getLines().stream()).map(OrderLine::getId).toList());
    }

    /**
     * For a line of a delivered shop order: "review" (may review now), "reviewed", or "closed" (too late); nothing
     * for a piece of the shopper's own shop, which is never reviewed.
     */
    public String reviewState(ShopOrder shopOrder, OrderLine line) {
        if (shopOrder.getStatus() != ShopOrderStatus.DELIVERED
                || current.id().orElseThrow().equals(shopOrder.getShop().getOwner().getId())) {
            return "";
        }
        if (reviewed.contains(line.getId())) {
            return "reviewed";
        }
        return Instant.now().isAfter(shopOrder.getDeliveredAt().plus(ShopReviewService.WINDOW)) ? "closed" : "review";
    }

    public void cancel(long shopOrderId) {
        try {
            service.cancelByShopper(current.id().orElseThrow(), shopOrderId);
            Messages.info(null, "myOrders.cancelled");
        } catch (OrderException e) {
            Messages.error(null, e.getMessageKey());
        } catch (AccessRefused e) {
            Messages.error(null, "orders.error.notNew");
        }
        load();
    }

    public CustomerOrder getPlaced() {
        getOrders();
        return placed;
    }

    public List<CustomerOrder> getOrders() {
        if (orders == null) {
            load();
        }
        return orders;
    }
}
