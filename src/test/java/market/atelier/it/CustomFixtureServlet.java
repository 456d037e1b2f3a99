package market.atelier.it;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import market.atelier.shared.Slug;
import market.atelier.shop.Shop;

/**
 * Test deployments only: {@code GET /test-custom-fixtures/takes-custom?run=X} lets "Studio A X" (made by
 * {@code /test-fixtures/two-shops?run=X}) take custom orders. Answers with the shop's id and slug, space-separated.
 */
@WebServlet("/test-custom-fixtures/*")
public class CustomFixtureServlet extends HttpServlet {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String run = request.getParameter("run");
        if (!"/takes-custom".equals(request.getPathInfo()) || run == null || !run.matches("[a-z0-9]{4,20}")) {
            response.sendError(404);
            return;
        }
        Shop shop;
        try {
            tx.begin();
            shop = em.createNamedQuery(Shop.BY_SLUG, Shop.class).setParameter("slug", Slug.of("Studio A " + run))
                    .getSingleResult();
            shop.setCustomOrdersPolicy("Rings made to your measure in silver or gold; about three weeks.");
            tx.commit();
        } catch (Exception e) {
            throw new IOException(e);
        }
        response.setContentType("text/plain");
        response.getWriter().write(shop.getId() + " " + shop.getSlug());
    }
}
