package market.atelier.order.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import market.atelier.account.web.CurrentAccount;
import market.atelier.order.CartService;

/** {@code #{cartCount.count}}: pieces in the cart for the header; no query for visitors without a cart cookie. */
@Named("cartCount")
@RequestScoped
public class CartCount {

    @EJB
    private CartService carts;

    @Inject
    private CurrentAccount current;

    @Inject
    private ExternalContext external;

    private Long count;

    public long getCount() {
        if (count == null) {
            Long account = current.id().orElse(null);
            String token = account == null ? CartCookie.read((HttpServletRequest) external.getRequest()) : null;
            count = account == null && token == null ? 0 : carts.count(account, token);
        }
        return count;
    }
}
