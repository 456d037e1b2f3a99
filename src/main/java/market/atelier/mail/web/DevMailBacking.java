package market.atelier.mail.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import market.atelier.mail.KeptMails;
import market.atelier.shared.AtelierConfig;
import org.omnifaces.util.Faces;

/**
 * {@code /dev/mail}, in Development only (404 otherwise): the mails kept in the data directory instead of being sent,
 * newest first, and one of them ({@code ?id=}) as HTML (in a sandboxed frame: no scripts, no same-origin access)
 * and as plain text.
 */
@Named("devMail")
@RequestScoped
public class DevMailBacking {

    private String id;
    private List<KeptMails.Kept> mails;
    private Optional<KeptMails.Kept> shown;

    public void open() throws IOException {
        if (!AtelierConfig.isDevelopment()) {
            Faces.responseSendError(404, "Not found");
            Faces.responseComplete();
        }
    }

    public List<KeptMails.Kept> getMails() {
        if (mails == null) {
            mails = KeptMails.ids().stream().map(KeptMails::read).flatMap(Optional::stream).toList();
        }
        return mails;
    }

    public KeptMails.Kept getShown() {
        if (shown == null) {
            shown = id == null ? getMails().stream().findFirst() : KeptMails.read(id);
        }
        return shown.orElse(null);
    }

    /** The shown mail's HTML for the frame: links open outside the frame. */
    public String getShownHtml() {
        KeptMails.Kept mail = getShown();
        return mail == null ? "" : mail.html().replaceFirst("(?i)<head>", "<head><base target=\"_blank\">");
    }

    /** When the mail was kept, to the second (several mails a second are usual). */
    public String when(KeptMails.Kept mail) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(Faces.getLocale())
                .withZone(ZoneId.systemDefault()).format(mail.date());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
