package market.atelier.messaging.web;

import jakarta.faces.context.FacesContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Message times in the page's language, "27 Nov 2026, 07:15" / "27.11.2026, 07:15" (UTC, like every date here). */
final class Times {

    private Times() {
    }

    static String format(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .withZone(ZoneOffset.UTC).format(instant) + " UTC";
    }
}
