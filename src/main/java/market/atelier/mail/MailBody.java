package market.atelier.mail;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Writes one mail in the recipient's language from the message bundle ({@code i18n.messages}, keys {@code mail.…}),
 * as plain text and as HTML from the same parts; arguments (names, titles: user text) are escaped in the HTML.
 * <pre>
 * Mail mail = MailBody.in(locale)
 *         .greeting(account.getDisplayName())
 *         .paragraph("mail.reset.body")
 *         .button("mail.reset.button", link)
 *         .paragraph("mail.reset.ignore")
 *         .to(account.getEmail(), MailKind.PASSWORD_RESET, "mail.reset.subject");
 * </pre>
 */
public final class MailBody {

    private final Locale locale;
    private final ResourceBundle bundle;
    private final List<String> text = new ArrayList<>();
    private final List<String> html = new ArrayList<>();

    private MailBody(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("i18n.messages", locale);
    }

    /** A mail in this language ({@code en} or {@code de}; anything else falls back to English). */
    public static MailBody in(Locale locale) {
        return new MailBody(locale == null ? Locale.ENGLISH : locale);
    }

    public Locale locale() {
        return locale;
    }

    /** The bundle's text for the key with arguments filled in, unescaped (for subjects and plain text). */
    public String message(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public MailBody greeting(String name) {
        return paragraph("mail.greeting", name);
    }

    /** A paragraph from the bundle; arguments are user text and are escaped in the HTML part. */
    public MailBody paragraph(String key, Object... args) {
        text.add(message(key, args));
        html.add("<p style=\"margin:0 0 16px\">" + escapedMessage(key, args) + "</p>");
        return this;
    }

    /** A line of text that is not from the bundle (e.g. an order line); escaped in the HTML part. */
    public MailBody line(String plain) {
        text.add(plain);
        html.add("<p style=\"margin:0 0 8px\">" + escape(plain) + "</p>");
        return this;
    }

    /** A heading inside the mail (e.g. a shop's name): user text, escaped in the HTML part. */
    public MailBody heading(String plain) {
        text.add(plain + "\n" + "-".repeat(Math.min(plain.length(), 60)));
        html.add("<h2 style=\"margin:28px 0 8px;font-family:Georgia,'Times New Roman',serif;font-size:19px;"
                + "font-weight:normal;color:#26241f\">" + escape(plain) + "</h2>");
        return this;
    }

    /**
     * Lines with an amount each (order lines, shipping, totals): a two-column table in HTML, "text  amount" lines in
     * plain text. A row whose label starts with {@code "="} is a total (bold, ruled above); both columns are escaped.
     */
    public MailBody rows(List<String[]> rows) {
        StringBuilder plain = new StringBuilder();
        StringBuilder table = new StringBuilder("<table role=\"presentation\" style=\"width:100%;border-collapse:"
                + "collapse;margin:0 0 16px;font-size:15px\">");
        for (String[] row : rows) {
            boolean total = row[0].startsWith("=");
            String label = total ? row[0].substring(1) : row[0];
            if (plain.length() > 0) {
                plain.append('\n');
            }
            plain.append(label).append(" — ").append(row[1]);
            String cell = total ? "padding:8px 0 4px;border-top:1px solid #d9d3c7;font-weight:bold"
                    : "padding:4px 0;vertical-align:top";
            table.append("<tr><td style=\"").append(cell).append("\">").append(escape(label))
                    .append("</td><td style=\"").append(cell).append(";text-align:right;white-space:nowrap;"
                    + "padding-left:16px\">").append(escape(row[1])).append("</td></tr>");
        }
        text.add(plain.toString());
        html.add(table.append("</table>").toString());
        return this;
    }

    /** Lines kept together (an address): user text, escaped, one per line. */
    public MailBody block(String labelKey, List<String> lines) {
        String label = message(labelKey);
        text.add(label + "\n" + String.join("\n", lines));
        html.add("<p style=\"margin:0 0 16px\"><span style=\"font-size:13px;color:#57534b\">" + escape(label)
                + "</span><br>" + String.join("<br>", lines.stream().map(MailBody::escape).toList()) + "</p>");
        return this;
    }

    /** A quiet link (e.g. unsubscribe): "label: address" in plain text, a link in HTML. */
    public MailBody link(String labelKey, String url) {
        String label = message(labelKey);
        text.add(label + ": " + url);
        html.add("<p style=\"margin:24px 0 0;font-size:13px;color:#57534b\"><a href=\"" + escape(url)
                + "\" style=\"color:#0d5c59\">" + escape(label) + "</a></p>");
        return this;
    }

    /** A call to action: a button in HTML, the label and the address on their own line in plain text. */
    public MailBody button(String labelKey, String url) {
        String label = message(labelKey);
        text.add(label + ":\n" + url);
        html.add("<p style=\"margin:24px 0\"><a href=\"" + escape(url) + "\" style=\"background:#0d5c59;"
                + "color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block\">"
                + escape(label) + "</a></p><p style=\"margin:0 0 16px;font-size:13px;color:#57534b\">"
                + escape(url) + "</p>");
        return this;
    }

    /** The finished mail; the subject is the bundle's text for the key. */
    public Mail to(String address, MailKind kind, String subjectKey, Object... subjectArgs) {
        String subject = message(subjectKey, subjectArgs);
        String plain = String.join("\n\n", text) + "\n\n-- \nAtelier\n";
        String page = "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
                + "<title>" + escape(subject) + "</title></head>"
                + "<body style=\"margin:0;padding:24px 12px;background:#faf7f2;font-family:system-ui,-apple-system,"
                + "'Segoe UI',Roboto,sans-serif;font-size:16px;line-height:1.5;color:#26241f\">"
                + "<div style=\"max-width:560px;margin:0 auto;background:#fff;padding:32px 24px;border-radius:8px;"
                + "overflow-wrap:break-word\">"
                + "<p style=\"margin:0 0 24px;font-family:Georgia,'Times New Roman',serif;font-size:22px;"
                + "letter-spacing:.04em;color:#0d5c59\">Atelier</p>"
                + String.join("", html) + "</div></body></html>";
        return new Mail(address, kind, subject, plain, page);
    }

    private String escapedMessage(String key, Object... args) {
        Object[] escaped = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            escaped[i] = args[i] instanceof String s ? escape(s) : args[i];
        }
        return args.length == 0 ? escape(bundle.getString(key))
                : new MessageFormat(bundle.getString(key), locale).format(escaped);
    }

    /** HTML text and attribute escaping for the five characters that matter. */
    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
