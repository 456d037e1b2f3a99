package market.atelier.favourite.web;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import market.atelier.account.web.SafeRedirect;
import market.atelier.favourite.FavouriteException;
import market.atelier.favourite.FavouriteService;
import market.atelier.shared.web.SameOrigin;

/**
 * The heart on cards and shop pages: {@code POST /account/favourites/save} with {@code listing} or {@code shop},
 * {@code action} ({@code save} or {@code forget}) and {@code back} (the page to return to). A plain form, so it
 * works without JavaScript: it answers with a redirect back; {@code atelier.js} posts it in the background and gets
 * JSON instead. The path is for signed-in people: an anonymous click goes to sign-in, and Jakarta Security replays
 * the saved request afterwards, so the piece is saved and the shopper is back where they clicked.
 */
@WebServlet("/account/favourites/save")
public class FavouriteServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private FavouriteService favourites;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long listing = id(request.getParameter("listing"));
        Long shop = id(request.getParameter("shop"));
        String action = request.getParameter("action");
        if (!SameOrigin.check(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if ((listing == null) == (shop == null) || !("save".equals(action) || "forget".equals(action))) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        long account = Long.parseLong(request.getUserPrincipal().getName());
        boolean save = "save".equals(action);
        String refusal = null;
        try {
            if (listing != null) {
                if (save) {
                    favourites.savePiece(account, listing);
                } else {
                    favourites.forgetPiece(account, listing);
                }
            } else if (save) {
                favourites.saveShop(account, shop);
            } else {
                favourites.forgetShop(account, shop);
            }
        } catch (FavouriteException e) {
            refusal = e.getMessageKey();
        } catch (RuntimeException e) {
            // Two clicks at once: the second insert meets the unique key; the favourite is saved all the same.
            boolean saved = listing != null ? favourites.isSavedPiece(account, listing)
                    : favourites.isSavedShop(account, shop);
            if (saved != save) {
                throw e;
            }
        }
        String accept = request.getHeader("Accept");
        if (accept != null && accept.contains("application/json")) {
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.setStatus(refusal == null ? HttpServletResponse.SC_OK : HttpServletResponse.SC_CONFLICT);
            response.getWriter().write(refusal == null ? "{\"saved\":" + save + "}" : "{\"saved\":false}");
            return;
        }
        String target = refusal == null ? SafeRedirect.localPath(request.getParameter("back"))
                : "/account/favourites?notice=" + URLEncoder.encode(refusal, StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + target);
    }

    /** Opened directly (a bookmark, or a sign-in that could not replay the click): the favourites page. */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/account/favourites");
    }

    private static Long id(String value) {
        if (value == null || value.isEmpty() || value.length() > 18 || !value.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.valueOf(value);
    }
}
