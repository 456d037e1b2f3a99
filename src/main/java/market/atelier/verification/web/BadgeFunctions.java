package market.atelier.verification.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.ResourceBundle;
import market.atelier.shared.web.Functions;
import market.atelier.verification.BadgeView;

/** EL functions for badges, registered in {@code WEB-INF/atelier.taglib.xml}. */
public final class BadgeFunctions {

    private BadgeFunctions() {
    }

    /** "Checked by Atelier's verifiers against the published rubric on 3 Mar 2026; valid until 3 Mar 2027. ..." */
    public static String badgeTooltip(BadgeView badge, Locale locale) {
        // The same few badges are on every page (BadgeCache keeps them): their texts are made once per language.
        if (TOOLTIPS.size() > 10_000) {
            TOOLTIPS.clear();
        }
        return TOOLTIPS.computeIfAbsent(new Tooltip(badge, locale), t -> tooltip(t.badge(), t.locale()));
    }

    private record Tooltip(BadgeView badge, Locale locale) {
    }

    private static final Map<Tooltip, String> TOOLTIPS = new ConcurrentHashMap<>();

    private static String tooltip(BadgeView badge, Locale locale) {
        String key = badge.computed() ? "badge.tooltip.computed" : "badge.tooltip";
        String pattern = ResourceBundle.getBundle("i18n.messages", locale).getString(key);
        return new MessageFormat(pattern, locale).format(new Object[] {
            Functions.date(badge.grantedAt(), locale), Functions.date(badge.expiresAt(), locale)});
    }
}
