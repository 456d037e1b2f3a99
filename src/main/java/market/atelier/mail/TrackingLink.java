package market.atelier.mail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The carrier's public tracking page for a tracking number, for the carriers the seller's order page offers. */
final class TrackingLink {

    private static final Map<String, String> PAGES = Map.ofEntries(
            Map.entry("ctt", "https://www.ctt.pt/feapl_2/app/open/objectSearch/objectSearch.jspx?objects="),
            Map.entry("deutsche post", "https://www.deutschepost.de/de/s/sendungsverfolgung.html?piececode="),
            Map.entry("dhl", "https://www.dhl.com/global-en/home/tracking/tracking-parcel.html?submit=1&tracking-id="),
            Map.entry("dpd", "https://tracking.dpd.de/status/en_US/parcel/"),
            Map.entry("fedex", "https://www.fedex.com/fedextrack/?trknbr="),
            Map.entry("gls", "https://gls-group.com/track/"),
            Map.entry("hermes", "https://www.myhermes.de/empfangen/sendungsverfolgung/sendungsinformation#"),
            Map.entry("la poste", "https://www.laposte.fr/outils/suivre-vos-envois?code="),
            Map.entry("postnl", "https://jouw.postnl.nl/track-and-trace/"),
            Map.entry("royal mail", "https://www.royalmail.com/track-your-item#/tracking-results/"),
            Map.entry("ups", "https://www.ups.com/track?tracknum="));

    private TrackingLink() {
    }

    /** The tracking page, or empty for a carrier typed in by the artisan that is not known here. */
    static Optional<String> of(String carrier, String trackingNumber) {
        if (carrier == null || trackingNumber == null) {
            return Optional.empty();
        }
        String page = PAGES.get(carrier.strip().toLowerCase(Locale.ROOT));
        return page == null ? Optional.empty()
                : Optional.of(page + URLEncoder.encode(trackingNumber.strip(), StandardCharsets.UTF_8));
    }
}
