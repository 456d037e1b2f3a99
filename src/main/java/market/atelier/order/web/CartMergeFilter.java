package market.atelier.order.web;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import market.atelier.order.CartService;

/**
 * A visitor who signs in keeps what they put in their cart: on the first request after sign-in that still carries
 * the visitor cart cookie, its lines move into the account's cart and the cookie is dropped.
 */
@WebFilter(filterName = "CartMergeFilter", urlPatterns = "/*")
public class CartMergeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @EJB
    private CartService carts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null && request.getDispatcherType() == jakarta.servlet.DispatcherType.REQUEST) {
            String token = CartCookie.read(request);
            if (token != null) {
                carts.merge(Long.parseLong(request.getUserPrincipal().getName()), token);
                CartCookie.clear(request, response);
            }
        }
        chain.doFilter(request, response);
    }
}
