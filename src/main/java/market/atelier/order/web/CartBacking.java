package market.atelier.order.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import market.atelier.account.web.CurrentAccount;
import market.atelier.order.CartService;
import market.atelier.order.CartView;
import market.atelier.shared.web.Messages;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * {@code /cart}: the cart grouped by shop, quantities, removal, and shipping for a destination chosen here. Lines
 * that can no longer be bought stay visible with the reason and are left out of the total and of checkout.
 */
@Named("cart")
@ViewScoped
public class CartBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> NOTICES = Set.of("cart.error.unavailable", "cart.error.quantity",
            "cart.error.own");

    @EJB
    private CartService carts;

    @Inject
    private CurrentAccount current;

    @Inject
    @Param(name = "to")
    private String to;

    @Inject
    @Param(name = "notice")
    private String notice;

    private final Map<String, String> quantities = new HashMap<>();
    private String destination;
    private transient CartView view;

    /** View action: the destination from the address, or Germany; a refusal passed on by "add to cart". */
    public void load() {
        destination = to != null && to.matches("[A-Z]{2}") ? to : "DE";
        if (notice != null && NOTICES.contains(notice)) {
            Messages.error(null, notice);
        }
    }

    public CartView getView() {
        if (view == null) {
            view = carts.view(accountId(), token(), destination);
        }
        return view;
    }

    /** The quantity chosen per line (listing id to quantity, as text for the selects). */
    public Map<String, String> getQuantities() {
        getView().getShops().forEach(group -> group.getLines()
                .forEach(line -> quantities.putIfAbsent(line.getKey(), Integer.toString(line.getQuantity()))));
        return quantities;
    }

    /** 1 up to what is in stock (at most 10 in the list). */
    public List<String> choices(CartView.Line line) {
        return IntStream.rangeClosed(1, Math.max(1, Math.min(10, Math.max(line.getStock(), line.getQuantity()))))
                .mapToObj(Integer::toString).toList();
    }

    public void quantitiesChanged() {
        Long account = accountId();
        String token = token();
        quantities.forEach((listing, quantity) -> {
            if (listing.matches("\\d{1,18}") && quantity != null && quantity.matches("\\d{1,2}")) {
                carts.setQuantity(account, token, Long.parseLong(listing), Integer.parseInt(quantity));
            }
        });
        quantities.clear();
        view = null;
    }

    public void remove(long listingId) {
        carts.remove(accountId(), token(), listingId);
        view = null;
        Messages.info(null, "cart.removed");
    }

    public void destinationChanged() {
        view = null;
    }

    public String getDestination() {
        return destination;
    }

    public void setDestination(String destination) {
        if (destination != null && destination.matches("[A-Z]{2}")) {
            this.destination = destination;
        }
    }

    private Long accountId() {
        return current.id().orElse(null);
    }

    private String token() {
        return current.id().isPresent() ? null : CartCookie.read(Faces.getRequest());
    }
}
