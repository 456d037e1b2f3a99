package market.atelier.quality.web;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** EL functions for shop figures, registered in {@code WEB-INF/atelier.taglib.xml}. */
public final class QualityFunctions {

    private QualityFunctions() {
    }

    /** An average score with one decimal in the page's language: "4.8" / "4,8". */
    public static String score(BigDecimal average, Locale locale) {
        if (average == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(average);
    }

    /** A wait in words: "40 min", "5 h", "2 days" ("2 Tage"). */
    public static String duration(Integer minutes, Locale locale) {
        if (minutes == null) {
            return "";
        }
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale);
        String key;
        long amount;
        if (minutes < 60) {
            key = "figures.duration.minutes";
            amount = Math.max(1, minutes);
        } else if (minutes < 48 * 60) {
            key = "figures.duration.hours";
            amount = Math.round(minutes / 60.0);
        } else {
            key = "figures.duration.days";
            amount = Math.round(minutes / 1440.0);
        }
        return new MessageFormat(bundle.getString(key), locale).format(new Object[] {amount});
    }
}
