package market.atelier.order.web;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import market.atelier.order.CartService;

/**
 * A visitor who signs in keeps what they put in their cart: on the first request after sign-in that still carries
 * the visitor cart cookie, its lines move into the account's cart and the cookie is dropped. Pieces that cannot be
 * bought any more come along marked (the cart says why); should the merge fail all the same, the page still answers
 * and the cookie is dropped, so no page is ever an error because of a cart.
 */
@WebFilter(filterName = "CartMergeFilter", urlPatterns = "/*")
public class CartMergeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(CartMergeFilter.class.getName());

    @EJB
    private CartService carts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null && request.getDispatcherType() == jakarta.servlet.DispatcherType.REQUEST) {
            String token = CartCookie.read(request);
            if (token != null) {
                try {
                    carts.merge(Long.parseLong(request.getUserPrincipal().getName()), token);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "A visitor cart could not join the account's cart; it is left behind", e);
                }
                CartCookie.clear(request, response);
            }
        }
        chain.doFilter(request, response);
    }
}
