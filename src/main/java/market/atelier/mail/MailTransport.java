package market.atelier.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/**
 * Delivers one outbox mail: over SMTP through the server's mail session {@code java:jboss/mail/Atelier} when an SMTP
 * server is configured, otherwise into the data directory ({@link KeptMails}). A multipart/alternative message,
 * plain text first, UTF-8; digests carry {@code List-Unsubscribe} and {@code List-Unsubscribe-Post} (RFC 8058).
 */
@ApplicationScoped
public class MailTransport {

    /** Connect, read and write timeouts: a hanging server costs one attempt, not the sender thread. */
    private static final String TIMEOUT_MS = "15000";

    @Resource(lookup = "java:jboss/mail/Atelier")
    private Session configured;

    private volatile Session session;

    void deliver(OutboxMail mail) throws MessagingException, IOException {
        MimeMessage message = message(mail);
        if (MailConfig.smtp()) {
            String user = MailConfig.user();
            if (user == null || user.isBlank()) {
                Transport.send(message);
            } else {
                Transport.send(message, user, MailConfig.password());
            }
        } else {
            KeptMails.keep(message, mail.getId());
        }
    }

    MimeMessage message(OutboxMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session());
        InternetAddress from = fromAddress();
        if (from != null) {
            message.setFrom(from);
        } else {
            message.setFrom();
        }
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.getTo(), true));
        message.setSubject(mail.getSubject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        message.setHeader("Auto-Submitted", "auto-generated");
        if (mail.getUnsubscribeUrl() != null) {
            message.setHeader("List-Unsubscribe", "<" + mail.getUnsubscribeUrl() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.getText(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.getHtml(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        message.saveChanges();
        return message;
    }

    private InternetAddress fromAddress() throws MessagingException {
        String from = session().getProperty("mail.from");
        return from == null || from.isBlank() ? null : new InternetAddress(from, false);
    }

    /** The configured session with timeouts added (the mail subsystem has no attribute for them). */
    private Session session() {
        Session current = session;
        if (current == null) {
            Properties properties = new Properties();
            properties.putAll(configured.getProperties());
            for (String protocol : new String[] {"smtp", "smtps"}) {
                properties.putIfAbsent("mail." + protocol + ".connectiontimeout", TIMEOUT_MS);
                properties.putIfAbsent("mail." + protocol + ".timeout", TIMEOUT_MS);
                properties.putIfAbsent("mail." + protocol + ".writetimeout", TIMEOUT_MS);
            }
            current = Session.getInstance(properties);
            session = current;
        }
        return current;
    }
}
