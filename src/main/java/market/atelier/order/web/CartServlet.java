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
 * with a redirect to the cart; a quantity that is not a whole number from 1 to 99 (or no piece id) is a 400 that
 * says so.
 */
@WebServlet("/cart/add")
public class CartServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Request attribute: the i18n key of the text the 400 page shows instead of its general one. */
    public static final String ERROR_TEXT = "atelier.error.text";

    @EJB
    private CartService carts;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!SameOrigin.check(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Long listing = number(request.getParameter("listing"), Long.MAX_VALUE);
        String q = request.getParameter("quantity");
        Long quantity = q == null ? Long.valueOf(1) : number(q, CartService.MAX_QUANTITY);
        if (listing == null || quantity == null || quantity < 1) {
            // Nothing any page of ours sends: say what is wrong, change nothing.
            if (listing != null) {
                request.setAttribute(ERROR_TEXT, "cart.error.quantity");
            }
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
            carts.add(account, token, listing, quantity.intValue());
        } catch (OrderException e) {
            target = "/cart?notice=" + URLEncoder.encode(e.getMessageKey(), StandardCharsets.UTF_8);
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + target);
    }

    /** A whole number from 0 to {@code max} written as digits, or null (too long, too big, not a number). */
    private static Long number(String text, long max) {
        if (text == null || !text.matches("\\d{1,18}")) {
            return null;
        }
        long value = Long.parseLong(text);
        return value <= max ? value : null;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/cart");
    }
}
