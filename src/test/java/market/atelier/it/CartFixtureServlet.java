package market.atelier.it;

import jakarta.annotation.Resource;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import market.atelier.catalog.Listing;
import market.atelier.catalog.search.CatalogChanged;
import market.atelier.shared.Money;
import market.atelier.shop.ShopStatus;

/**
 * Test deployments only: what a maker or a verifier does to a piece while a shopper's page is open.
 * {@code GET /test-cart-fixtures/price?listing=N&cents=C} sets its price, {@code /processing?listing=N&days=D} its
 * processing time, {@code /suspend?listing=N} suspends its shop. Answers "ok".
 */
@WebServlet("/test-cart-fixtures/*")
public class CartFixtureServlet extends HttpServlet {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Inject
    private Event<CatalogChanged> changed;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String what = request.getPathInfo();
        String id = request.getParameter("listing");
        if (what == null || id == null || !id.matches("\\d{1,18}")) {
            response.sendError(404);
            return;
        }
        try {
            tx.begin();
            Listing listing = em.find(Listing.class, Long.parseLong(id));
            switch (what) {
                case "/price" -> listing.setPrice(Money.euros(Long.parseLong(request.getParameter("cents"))));
                case "/processing" -> listing.setProcessingDays(Integer.parseInt(request.getParameter("days")));
                case "/suspend" -> listing.getShop().setStatus(ShopStatus.SUSPENDED);
                default -> throw new IllegalArgumentException(what);
            }
            changed.fire(CatalogChanged.shop(listing.getShop().getId()));
            tx.commit();
        } catch (Exception e) {
            throw new IOException(e);
        }
        response.setContentType("text/plain");
        response.getWriter().write("ok");
    }
}
