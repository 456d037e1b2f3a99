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
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import market.atelier.account.Account;
import market.atelier.mail.MailKind;
import market.atelier.mail.OutboxMail;

/**
 * Test deployments only: the mails queued in the outbox, until tests read them from an SMTP server.
 * {@code GET /test-account-mail/latest?to=A&kind=K[&after=ID]} waits up to 20 s for the newest mail of that kind to
 * that address with an id above {@code after} and answers {@code id}, {@code subject}, {@code lang}, {@code link}
 * (path and query of the first Atelier link with a token) as {@code name=value} lines, a line {@code --} and the
 * plain text; 404 when none came. {@code /count?to=A&kind=K} counts them. {@code /expire?to=A&kind=TOKEN_KIND} puts
 * the expiry of that account's links of that kind an hour in the past.
 */
@WebServlet("/test-account-mail/*")
public class AccountMailFixtureServlet extends HttpServlet {

    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/[^\\s]*token=[A-Za-z0-9_-]+)");
    private static final Pattern LANG = Pattern.compile("<html lang=\"([a-z]+)\"");

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String to = Account.normalizeEmail(request.getParameter("to"));
        String kind = request.getParameter("kind");
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        try {
            switch (String.valueOf(request.getPathInfo())) {
                case "/latest" -> latest(to, MailKind.valueOf(kind), parse(request.getParameter("after")), response);
                case "/count" -> response.getWriter().write(String.valueOf(mails(to, MailKind.valueOf(kind), 0).size()));
                case "/expire" -> {
                    tx.begin();
                    int n = em.createNativeQuery("UPDATE account_token SET expires_at = ?1 WHERE kind = ?2 AND"
                                    + " account_id = (SELECT id FROM account WHERE email = ?3)")
                            .setParameter(1, Timestamp.from(Instant.now().minusSeconds(3600)))
                            .setParameter(2, kind).setParameter(3, to).executeUpdate();
                    tx.commit();
                    response.getWriter().write(String.valueOf(n));
                }
                default -> response.sendError(404);
            }
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    private void latest(String to, MailKind kind, long after, HttpServletResponse response)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (true) {
            List<OutboxMail> found = mails(to, kind, after);
            if (!found.isEmpty()) {
                OutboxMail mail = found.get(found.size() - 1);
                Matcher link = LINK.matcher(mail.getText());
                Matcher lang = LANG.matcher(mail.getHtml());
                response.getWriter().write("id=" + mail.getId() + "\nsubject=" + mail.getSubject()
                        + "\nlang=" + (lang.find() ? lang.group(1) : "") + "\nlink=" + (link.find() ? link.group(1) : "")
                        + "\n--\n" + mail.getText());
                return;
            }
            if (System.nanoTime() > deadline) {
                response.sendError(404, "no such mail");
                return;
            }
            Thread.sleep(100); // the reset mail is written in the background, just after the page answered
        }
    }

    private List<OutboxMail> mails(String to, MailKind kind, long after) {
        return em.createQuery("SELECT m FROM OutboxMail m WHERE m.to = :to AND m.kind = :kind AND m.id > :after"
                        + " ORDER BY m.id", OutboxMail.class)
                .setParameter("to", to).setParameter("kind", kind).setParameter("after", after).getResultList();
    }

    private static long parse(String value) {
        return value == null || !value.matches("\\d{1,18}") ? 0 : Long.parseLong(value);
    }
}
