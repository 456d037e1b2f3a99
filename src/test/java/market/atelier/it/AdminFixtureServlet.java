package market.atelier.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import market.atelier.account.Account;
import market.atelier.account.AccountService;

/**
 * Test deployments only: {@code GET /test-admin/account?run=R} signs up {@code member-R@it.atelier} (password
 * {@link FixtureServlet#PASSWORD}) and answers its id; {@code GET /test-admin/sole?email=E} takes ADMIN from every
 * account but E and answers their ids (comma-separated), which {@code GET /test-admin/restore?ids=…} gives it back to.
 */
@WebServlet("/test-admin/*")
public class AdminFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Inject
    private AccountService accounts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        try {
            switch (String.valueOf(request.getPathInfo())) {
                case "/account" -> {
                    Account account = accounts.signUp("member-" + request.getParameter("run") + "@it.atelier",
                            "Małgorzata Dürr " + request.getParameter("run"), FixtureServlet.PASSWORD);
                    response.getWriter().write(String.valueOf(account.getId()));
                }
                case "/sole" -> response.getWriter().write(sole(request.getParameter("email")));
                case "/restore" -> {
                    restore(request.getParameter("ids"));
                    response.getWriter().write("ok");
                }
                default -> response.sendError(404);
            }
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    private String sole(String email) throws Exception {
        List<Long> others = new ArrayList<>();
        tx.begin();
        Long keep = ((Number) em.createNativeQuery("SELECT id FROM account WHERE email = ?1")
                .setParameter(1, email).getSingleResult()).longValue();
        for (Object id : em.createNativeQuery("SELECT account_id FROM account_role WHERE role = 'ADMIN'").getResultList()) {
            long accountId = ((Number) id).longValue();
            if (accountId != keep) {
                others.add(accountId);
                em.createNativeQuery("DELETE FROM account_role WHERE account_id = ?1 AND role = 'ADMIN'")
                        .setParameter(1, accountId).executeUpdate();
            }
        }
        tx.commit();
        return others.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private void restore(String ids) throws Exception {
        tx.begin();
        for (String id : Arrays.stream(ids == null ? new String[0] : ids.split(",")).filter(s -> !s.isBlank()).toList()) {
            em.createNativeQuery("INSERT INTO account_role (account_id, role) VALUES (?1, 'ADMIN')")
                    .setParameter(1, Long.valueOf(id)).executeUpdate();
        }
        tx.commit();
    }
}
