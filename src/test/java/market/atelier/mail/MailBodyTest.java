package market.atelier.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Mail bodies: user text escaped in HTML and kept as it is in plain text; tracking links; the retry backoff. */
class MailBodyTest {

    @Test
    void userTextIsEscapedInHtmlAndLeftAloneInText() {
        Mail mail = MailBody.in(Locale.GERMAN)
                .greeting("Zoë Łukasiewicz <script>")
                .heading("Großer Ring – \"Werkstatt\" & Söhne")
                .rows(List.<String[]>of(new String[] {"1 × Ring <i>", "45,50 €"}, new String[] {"=Summe", "45,50 €"}))
                .block("mail.order.address", List.of("Zoë <b>", "Kraków"))
                .to("zoe@example.org", MailKind.ORDER_RECEIPT, "mail.order.receipt.subject", "7");
        assertEquals("Ihre Atelier-Bestellung 7", mail.subject());
        assertTrue(mail.text().contains("Hallo Zoë Łukasiewicz <script>,"), mail.text());
        assertTrue(mail.text().contains("1 × Ring <i> — 45,50 €"), mail.text());
        assertTrue(mail.html().contains("Hallo Zoë Łukasiewicz &lt;script&gt;,"), mail.html());
        assertTrue(mail.html().contains("Großer Ring – &quot;Werkstatt&quot; &amp; Söhne"), mail.html());
        assertTrue(mail.html().contains("Zoë &lt;b&gt;<br>Kraków"), mail.html());
        assertFalse(mail.html().contains("<script>") || mail.html().contains("<i>") || mail.html().contains("<b>"));
        assertTrue(mail.html().contains("lang=\"de\""));
    }

    @Test
    void knownCarriersGetATrackingLinkWithTheNumberEncoded() {
        assertEquals(Optional.of("https://tracking.dpd.de/status/en_US/parcel/0123+%C3%84%26x"),
                TrackingLink.of(" DPD ", "0123 Ä&x"));
        assertEquals(Optional.empty(), TrackingLink.of("Kurier Kowalski", "123"));
    }

    @Test
    void aServerThatCannotBeReachedIsToldApartFromARefusedMail() {
        assertTrue(MailPump.unreachable(new jakarta.mail.MessagingException("no", new java.net.ConnectException())));
        assertFalse(MailPump.unreachable(new jakarta.mail.MessagingException("550 no such user")));
    }

    @Test
    void retriesBackOffUpToAnHour() {
        assertEquals(Duration.ofSeconds(10), MailSender.backoff(1));
        assertEquals(Duration.ofSeconds(20), MailSender.backoff(2));
        assertEquals(Duration.ofHours(1), MailSender.backoff(30));
    }
}
