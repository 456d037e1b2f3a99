package market.atelier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The mails as they arrive at a real SMTP server (GreenMail in this JVM, on the port the test server sends to:
 * {@code it.smtp.port}, derived from {@code it.port.offset}): the order receipt and the new-order mail with European
 * text written right and escaped in HTML, the shipping mail's tracking link, nothing for a rolled-back checkout, a
 * mail server that is down (the order succeeds, the mail goes out once it is back), the digest and its unsubscribe
 * link (honoured for a digest already queued), and /dev/mail (kept mails in Development, 404 otherwise).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailIT {

    private static final int PORT = Integer.getInteger("atelier.it.smtp.port", 10025);

    private static GreenMail smtp;

    @Deployment
    static WebArchive deployment() {
        return Deployments.atelier(MailIT.class, MailFixtureServlet.class, AsShopper.class, Fixtures.class);
    }

    @ArquillianResource
    private URL base;

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    private String fixture(String path) {
        HttpResponse<String> response = Http.get(base, "test-mail/" + path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return response.body();
    }

    private static String run() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** The mails GreenMail received for this address, waiting until there are {@code count}. */
    private static List<MimeMessage> mailsTo(String address, int count, Duration wait) throws Exception {
        Instant until = Instant.now().plus(wait);
        while (true) {
            List<MimeMessage> mails = Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m).equals(address))
                    .toList();
            if (mails.size() >= count || Instant.now().isAfter(until)) {
                return mails;
            }
            Thread.sleep(200);
        }
    }

    private static String to(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (Exception e) {
            return "";
        }
    }

    private static String part(MimeMessage message, String type) throws Exception {
        MimeMultipart multipart = (MimeMultipart) message.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.isMimeType(type)) {
                return (String) part.getContent();
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    private static void waitFor(String what, Duration wait, BooleanSupplier condition) throws InterruptedException {
        Instant until = Instant.now().plus(wait);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("waited " + wait + " for " + what);
            }
            Thread.sleep(250);
        }
    }

    @Test
    void orderReceiptNewOrderAndShippedMails() throws Exception {
        String[] order = fixture("order?run=" + run()).split(" ");
        String shopper = order[0];
        String maker = order[1];

        MimeMessage receipt = mailsTo(shopper, 1, Duration.ofSeconds(30)).get(0);
        assertTrue(receipt.getSubject().startsWith("Ihre Atelier-Bestellung " + order[4]), receipt.getSubject());
        String text = part(receipt, "text/plain");
        String html = part(receipt, "text/html");
        assertTrue(text.contains("Hallo Zoë Łukasiewicz <script>,"), text);
        assertTrue(text.contains("Großer Ring – Werkstatt"), text);
        assertTrue(text.contains("1 × Ring „Łódź“ <i>Silber</i>"), text);
        assertTrue(text.contains("45,50"), text);
        assertTrue(text.contains("Großer Ring – Hof 3"), text);
        assertTrue(text.contains("Polen"), "the country in the shopper's language: " + text);
        assertTrue(text.contains("/account/orders"), text);
        assertTrue(html.contains("Hallo Zoë Łukasiewicz &lt;script&gt;,"), html);
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("Ring „Łódź“ &lt;i&gt;Silber&lt;/i&gt;"), html);
        assertTrue(html.contains("Zoë Łukasiewicz &lt;b&gt;&amp;"), "the address, escaped: " + html);
        assertTrue(html.contains("lang=\"de\""), html);

        MimeMessage newOrder = mailsTo(maker, 1, Duration.ofSeconds(10)).get(0);
        assertTrue(newOrder.getSubject().startsWith("New order "), newOrder.getSubject());
        String makerText = part(newOrder, "text/plain");
        assertTrue(makerText.contains("Hello Ærøskøbing Smykker & Co,"), makerText);
        assertTrue(makerText.contains("/seller/orders"), makerText);
        assertTrue(makerText.contains("Großer Ring – Hof 3"), makerText);
        assertTrue(part(newOrder, "text/html").contains("Ærøskøbing Smykker &amp; Co"));

        fixture("ship?maker=" + order[2] + "&shopOrder=" + order[3]);
        List<MimeMessage> shopperMails = mailsTo(shopper, 2, Duration.ofSeconds(30));
        assertEquals(2, shopperMails.size());
        MimeMessage shipped = shopperMails.get(1);
        assertTrue(shipped.getSubject().contains("hat Ihre Bestellung"), shipped.getSubject());
        String tracking = "https://www.dhl.com/global-en/home/tracking/tracking-parcel.html?submit=1&tracking-id="
                + URLEncoder.encode("JJD 0099 ÄÖ", StandardCharsets.UTF_8);
        assertTrue(part(shipped, "text/plain").contains(tracking), part(shipped, "text/plain"));
        assertTrue(part(shipped, "text/html").contains("href=\"" + tracking.replace("&", "&amp;") + "\""));
    }

    @Test
    void aRolledBackCheckoutSendsNothing() throws Exception {
        String shopper = fixture("rolledBack?run=" + run()).split(" ")[0];
        fixture("pump");
        assertEquals("", fixture("outbox?to=" + shopper), "nothing queued");
        assertTrue(mailsTo(shopper, 1, Duration.ofSeconds(2)).isEmpty());
    }

    @Test
    void theDemosInventedTradeMailsNobody() {
        fixture("digest"); // its replies to the invented buyers' questions are no news either
        String[] demo = fixture("demo").split(" ");
        assumeTrue(Long.parseLong(demo[0]) > 0, "this run has no demo data");
        assertEquals("0", demo[1], demo[0] + " demo orders placed and questions answered through the real services,"
                + " no receipt or digest queued to the invented buyers");
    }

    @Test
    void aSentPasswordResetLinkIsNoLongerInTheDatabase() throws Exception {
        String account = fixture("reset?run=" + run());
        List<MimeMessage> mails = mailsTo(account, 1, Duration.ofSeconds(30));
        assertEquals(1, mails.size());
        String text = part(mails.get(0), "text/plain");
        Matcher link = Pattern.compile("/password/reset\\?token=([A-Za-z0-9_-]{20,})").matcher(text);
        assertTrue(link.find(), "the mail has the link: " + text);
        waitFor("the reset mail marked sent", Duration.ofSeconds(20),
                () -> fixture("outbox?to=" + account).startsWith("PASSWORD_RESET true"));
        String stored = fixture("stored?to=" + account);
        assertFalse(stored.contains(link.group(1)), "the token is wiped once sent: " + stored);
        assertFalse(stored.contains("token="), stored);
    }

    @Test
    void aMailServerThatIsDownLosesNoMail() throws Exception {
        smtp.stop();
        String shopper;
        try {
            shopper = fixture("order?run=" + run()).split(" ")[0]; // the order succeeds
            String address = shopper;
            // an attempt against the stopped server can last until the connect timeout (15 s) before it fails
            waitFor("a failed attempt", Duration.ofSeconds(60), () -> {
                fixture("pump");
                return fixture("outbox?to=" + address).startsWith("ORDER_RECEIPT false 1 false");
            });
        } finally {
            startSmtp();
        }
        assertEquals(1, mailsTo(shopper, 1, Duration.ofSeconds(40)).size(), "sent once the server is back");
        // the pump marks the row sent after the SMTP server has taken the mail, so the row may lag a moment
        String address = shopper;
        waitFor("the receipt marked sent after one failed attempt", Duration.ofSeconds(20),
                () -> fixture("outbox?to=" + address).startsWith("ORDER_RECEIPT true 1 false"));
        assertEquals(1, mailsTo(shopper, 2, Duration.ofSeconds(2)).size(), "and sent only once");
    }

    @Test
    void digestArrivesAndItsUnsubscribeLinkStopsThatKindAtOnce() throws Exception {
        String[] order = fixture("order?run=" + run()).split(" ");
        String shopper = order[0];
        long shopperId = Long.parseLong(order[5]);
        mailsTo(shopper, 1, Duration.ofSeconds(30)); // the receipt
        fixture("notice?account=" + shopperId + "&key=messages.notify.fromShop&arg="
                + URLEncoder.encode("Großer Ring – Werkstatt", StandardCharsets.UTF_8));
        fixture("digest");
        MimeMessage digest = mailsTo(shopper, 2, Duration.ofSeconds(30)).get(1);
        assertEquals("Eine neue Nachricht bei Atelier", digest.getSubject());
        String text = part(digest, "text/plain");
        assertTrue(text.contains("Neue Nachricht von Großer Ring – Werkstatt"), text);
        String header = digest.getHeader("List-Unsubscribe")[0];
        assertEquals("List-Unsubscribe=One-Click", digest.getHeader("List-Unsubscribe-Post")[0]);
        Matcher link = Pattern.compile("<https?://[^/]+(/mail/unsubscribe\\?t=[A-Za-z0-9_-]{43}&k=messages)>")
                .matcher(header);
        assertTrue(link.matches(), header);
        assertTrue(text.contains(link.group(1)), "the link is in the mail too: " + text);

        // Opening the link only asks; nothing changes.
        HttpResponse<String> page = Http.get(base, link.group(1));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Keine Zusammenfassungen zu neuen Nachrichten mehr") || page.body()
                .contains("Stop the summary mails about new messages"), page.body());

        // A second digest is queued while the mail server is down; then the one-click unsubscribe comes.
        smtp.stop();
        try {
            fixture("notice?account=" + shopperId + "&key=messages.notify.fromShop&arg=Second");
            fixture("digest");
            waitFor("the digest queued and tried", Duration.ofSeconds(60), () -> { // see the connect timeout above
                fixture("pump");
                return fixture("outbox?to=" + shopper).contains("DIGEST_MESSAGES false 1 false");
            });
            HttpResponse<String> unsubscribed = Http.post(base, link.group(1), "application/x-www-form-urlencoded",
                    "List-Unsubscribe=One-Click".getBytes(StandardCharsets.UTF_8));
            assertEquals(200, unsubscribed.statusCode());
        } finally {
            startSmtp();
        }
        waitFor("the queued digest given up", Duration.ofSeconds(30), () -> {
            fixture("pump");
            return fixture("outbox?to=" + shopper).contains("DIGEST_MESSAGES false 1 true unsubscribed");
        });
        assertTrue(mailsTo(shopper, 3, Duration.ofSeconds(1)).size() < 3, "no second digest");
        fixture("notice?account=" + shopperId + "&key=messages.notify.fromShop&arg=Third");
        assertEquals("0", fixture("digest"), "no new digest of that kind");
    }

    @Test
    void devMailShowsKeptMailsInDevelopmentOnly() throws Exception {
        assertEquals(404, Http.get(base, "dev/mail").statusCode());
        fixture("keep?on=true");
        try {
            String shopper = fixture("order?run=" + run()).split(" ")[0];
            waitFor("the receipt kept", Duration.ofSeconds(30), () -> {
                fixture("pump");
                return fixture("outbox?to=" + shopper).startsWith("ORDER_RECEIPT true");
            });
            HttpResponse<String> page = Http.get(base, "dev/mail");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains(shopper), "listed: " + page.body());
            assertTrue(page.body().contains("srcdoc=\""), page.body());
            assertTrue(page.body().contains("sandbox=\""), page.body());
            assertFalse(page.body().contains("Zoë Łukasiewicz <script>"), "escaped on the page");
        } finally {
            fixture("keep?on=false");
        }
        assertEquals(404, Http.get(base, "dev/mail").statusCode());
        assertNotNull(smtp);
    }
}
