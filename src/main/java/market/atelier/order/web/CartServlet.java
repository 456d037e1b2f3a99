package market.atelier.order.web;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import market.atelier.order.CartService;
import market.atelier.order.OrderException;
import market.atelier.shared.web.SameOrigin;

/**
 * "Add to cart" on the listing page: {@code POST /cart/add} with {@code listing} and {@code quantity}, a plain form
 * (the listing page is session-less). Visitors get a cart cookie; signed-in shoppers their account's cart. Answers
 * with a redirect to the cart.
 */
@WebServlet("/cart/add")
public class CartServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private CartService carts;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!SameOrigin.check(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        long listing;
        int quantity;
        try {
            listing = Long.parseLong(request.getParameter("listing"));
            String q = request.getParameter("quantity");
            quantity = q == null ? 1 : Integer.parseInt(q);
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Long account = request.getUserPrincipal() == null ? null : Long.valueOf(request.getUserPrincipal().getName());
        String token = null;
        if (account == null) {
            token = CartCookie.read(request);
            if (token == null) {
                token = CartService.newToken();
            }
            CartCookie.write(request, response, token);
        }
        String target = "/cart?added=" + listing;
        try {
            carts.add(account, token, listing, quantity);
        } catch (OrderException e) {
            target = "/cart?notice=" + URLEncoder.encode(e.getMessageKey(), StandardCharsets.UTF_8);
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + target);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/cart");
    }
}
