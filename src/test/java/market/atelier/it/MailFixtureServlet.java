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
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import market.atelier.account.Account;
import market.atelier.account.PasswordReset;
import market.atelier.mail.DigestWriter;
import market.atelier.mail.MailKind;
import market.atelier.mail.MailPreferences;
import market.atelier.mail.MailPump;
import market.atelier.notification.NotificationService;
import market.atelier.order.Address;
import market.atelier.order.CartService;
import market.atelier.order.Checkout;
import market.atelier.order.CheckoutService;
import market.atelier.order.CustomerOrder;
import market.atelier.order.OrderService;
import market.atelier.order.Reviewed;
import market.atelier.shop.Shop;

/**
 * Test deployments only: what MailIT needs done on the server, as plain GETs answering text.
 * <ul>
 * <li>{@code /test-mail/order?run=R} a shopper (German) buys a piece from a shop (English owner): answers
 * "shopperEmail makerEmail makerId shopOrderId orderId";</li>
 * <li>{@code /test-mail/rolledBack?run=R} the same, but the transaction around the checkout rolls back;</li>
 * <li>{@code /test-mail/ship?maker=M&shopOrder=S} ships it with DHL;</li>
 * <li>{@code /test-mail/notice?account=A&key=K&arg=X} a notice; {@code /test-mail/digest} writes the digests now;</li>
 * <li>{@code /test-mail/outbox?to=E} the outbox rows for an address ("kind sent attempts given_up" per line);</li>
 * <li>{@code /test-mail/demo} the demo buyers' orders and the mails queued to them ("orders mails");</li>
 * <li>{@code /test-mail/reset?run=R} a new account asks for a password reset link (answers its address);</li>
 * <li>{@code /test-mail/stored?to=E} the text and HTML bodies the outbox holds for an address;</li>
 * <li>{@code /test-mail/keep?on=true|false} mails kept in the data directory and Development stage, or back;</li>
 * <li>{@code /test-mail/pump} sends what is due now; {@code /test-mail/unsubscribeLink?account=A} the path of the
 * account's unsubscribe link for message digests.</li>
 * </ul>
 */
@WebServlet("/test-mail/*")
public class MailFixtureServlet extends HttpServlet {

    static final Address HOME = new Address("Zoë Łukasiewicz <b>&", "Großer Ring – Hof 3", null, "31-000", "Kraków",
            "PL");

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Inject
    private AsShopper asShopper;

    @Inject
    private CartService carts;

    @Inject
    private Checkout checkout;

    @Inject
    private CheckoutService checkoutService;

    @Inject
    private OrderService orders;

    @Inject
    private NotificationService notifications;

    @Inject
    private DigestWriter digests;

    @Inject
    private MailPump pump;

    @Inject
    private PasswordReset passwordReset;

    @Inject
    private MailPreferences preferences;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String answer;
        try {
            answer = switch (String.valueOf(request.getPathInfo())) {
                case "/order" -> order(request.getParameter("run"), false);
                case "/rolledBack" -> order(request.getParameter("run"), true);
                case "/ship" -> ship(Long.parseLong(request.getParameter("maker")),
                        Long.parseLong(request.getParameter("shopOrder")));
                case "/notice" -> notice(Long.parseLong(request.getParameter("account")), request.getParameter("key"),
                        request.getParameter("arg"));
                case "/digest" -> String.valueOf(digests.write(Instant.now()));
                case "/outbox" -> outbox(request.getParameter("to"));
                case "/demo" -> demo();
                case "/reset" -> reset(request.getParameter("run"));
                case "/stored" -> stored(request.getParameter("to"));
                case "/keep" -> keep(Boolean.parseBoolean(request.getParameter("on")));
                case "/pump" -> String.valueOf(pump.pump());
                case "/unsubscribeLink" -> unsubscribeLink(Long.parseLong(request.getParameter("account")));
                default -> null;
            };
        } catch (Exception e) {
            throw new IOException(e);
        }
        if (answer == null) {
            response.sendError(404);
            return;
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(answer);
    }

    private String order(String run, boolean rollBack) throws Exception {
        tx.begin();
        Account shopper = Fixtures.account(em, "shopper-" + run + "@it.atelier");
        shopper.setDisplayName("Zoë Łukasiewicz <script>");
        shopper.setLocale(Locale.GERMAN);
        Account maker = Fixtures.account(em, "maker-" + run + "@it.atelier");
        maker.setDisplayName("Ærøskøbing Smykker & Co");
        Shop shop = Fixtures.shop(em, maker, "Großer Ring – Werkstatt " + run);
        long piece = Fixtures.piece(em, shop, "Ring „Łódź“ <i>Silber</i> " + run, 4_550, 1, true).getId();
        tx.commit();
        long shopperId = shopper.getId();
        asShopper.call(() -> carts.add(shopperId, null, piece, 1));
        Reviewed seen = asShopper.call(() -> carts.view(shopperId, null, HOME.getCountry()).reviewed());
        String key = UUID.randomUUID().toString().replace("-", "");
        CustomerOrder order;
        if (rollBack) {
            tx.begin();
            order = asShopper.call(() -> checkoutService.place(shopperId, key, HOME, CheckoutIT.GOOD, seen));
            tx.rollback();
        } else {
            order = asShopper.call(() -> checkout.submit(shopperId, key, HOME, CheckoutIT.GOOD, seen));
        }
        return shopper.getEmail() + " " + maker.getEmail() + " " + maker.getId() + " "
                + order.getShopOrders().get(0).getId() + " " + order.getId() + " " + shopperId;
    }

    private String ship(long makerId, long shopOrderId) throws Exception {
        asShopper.call(() -> orders.ship(makerId, shopOrderId, "DHL", "JJD 0099 ÄÖ"));
        return "ok";
    }

    private String notice(long accountId, String key, String arg) throws Exception {
        tx.begin();
        notifications.notify(accountId, key, "/account/messages", arg);
        tx.commit();
        return "ok";
    }

    private String outbox(String to) {
        StringBuilder out = new StringBuilder();
        List<?> rows = em.createNativeQuery("SELECT kind, sent_at, attempts, given_up_at, last_error FROM mail_outbox"
                + " WHERE to_address = ?1 ORDER BY id").setParameter(1, to).getResultList();
        for (Object row : rows) {
            Object[] cells = (Object[]) row;
            out.append(cells[0]).append(' ').append(cells[1] != null).append(' ').append(cells[2]).append(' ')
                    .append(cells[3] != null).append(' ').append(cells[4]).append('\n');
        }
        return out.toString();
    }

    /** An account asks for a password reset link (written in the background); answers its address. */
    private String reset(String run) throws Exception {
        tx.begin();
        Account account = Fixtures.account(em, "reset-" + run + "@it.atelier");
        tx.commit();
        passwordReset.request(account.getEmail(), "mail-it-" + run);
        return account.getEmail();
    }

    /** The stored text and HTML of the address's mails, as the outbox holds them now. */
    private String stored(String to) {
        StringBuilder out = new StringBuilder();
        for (Object row : em.createNativeQuery("SELECT text_body, html_body FROM mail_outbox WHERE to_address = ?1"
                + " ORDER BY id").setParameter(1, to).getResultList()) {
            out.append(((Object[]) row)[0]).append('\n').append(((Object[]) row)[1]).append('\n');
        }
        return out.toString();
    }

    /** "orders mails": the demo buyers' orders, and the mails ever queued to those buyers. */
    private String demo() {
        Object orders = em.createNativeQuery("SELECT COUNT(*) FROM customer_order o"
                + " JOIN account a ON a.id = o.account_id WHERE a.email LIKE '%@shoppers.demo.atelier'").getSingleResult();
        Object mails = em.createNativeQuery("SELECT COUNT(*) FROM mail_outbox"
                + " WHERE to_address LIKE '%@shoppers.demo.atelier'")
                .getSingleResult();
        return orders + " " + mails;
    }

    /** The path of the account's unsubscribe link for message digests. */
    private String unsubscribeLink(long accountId) throws Exception {
        tx.begin();
        String url = preferences.unsubscribeUrl(preferences.of(accountId), MailKind.DIGEST_MESSAGES);
        tx.commit();
        return url.substring(url.indexOf("/mail/"));
    }

    private String keep(boolean on) {
        if (on) {
            System.setProperty("atelier.it.smtp.host", System.getProperty("atelier.smtp.host", ""));
            System.setProperty("atelier.smtp.host", "");
            System.setProperty("atelier.stage", "Development");
        } else {
            System.setProperty("atelier.smtp.host", System.getProperty("atelier.it.smtp.host", "127.0.0.1"));
            System.setProperty("atelier.stage", "Production");
        }
        return "ok";
    }
}
