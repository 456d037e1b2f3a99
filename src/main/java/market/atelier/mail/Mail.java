package market.atelier.mail;

import java.util.Objects;

/** One mail, ready to send: a recipient address, its kind, a subject and the same content as plain text and HTML. */
public record Mail(String to, MailKind kind, String subject, String text, String html) {

    public Mail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
    }
}
