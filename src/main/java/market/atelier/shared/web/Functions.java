package market.atelier.shared.web;

import java.util.Locale;
import market.atelier.shared.Money;

/** EL functions for views, registered in {@code WEB-INF/atelier.taglib.xml}. */
public final class Functions {

    private Functions() {
    }

    /** "PT" in an English page is "Portugal"; in a German one "Portugal" too, "DE" is "Deutschland". */
    public static String country(String code, Locale locale) {
        return code == null || code.isBlank() ? "" : new Locale("", code).getDisplayCountry(locale);
    }

    /** The URL of a stored image in a size ("card" or "full"); a placeholder when there is none. */
    public static String media(String key, String size) {
        return key == null ? "/jakarta.faces.resource/img/placeholder.svg.xhtml?ln=atelier" : "/media/" + key + "-" + size + ".jpg";
    }

    /**
     * A {@code srcset} of a stored image's responsive variants in a format ("webp" or "jpg"): every width of
     * {@link market.atelier.shared.MediaStore#WIDTHS} up to the picture's own {@code width} (all of them when unknown),
     * with the context path.
     */
    public static String srcset(String key, int width, String extension) {
        String media = org.omnifaces.util.Faces.getRequestContextPath() + "/media/";
        StringBuilder srcset = new StringBuilder();
        for (int w : market.atelier.shared.MediaStore.WIDTHS) {
            boolean last = width > 0 && w >= width;
            srcset.append(srcset.isEmpty() ? "" : ", ").append("/media/").append(key).append("-w").append(w)
                    .append('.').append(extension).append(' ').append(last ? width : w).append('w');
            if (last) {
                break;
            }
        }
        return srcset.toString();
    }

    /** "925 silver, garnet": a list as one line. */
    public static String join(java.util.Collection<?> items) {
        return items == null ? "" : items.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
    }

    /** A text split into paragraphs at blank lines, for showing stories as typed. */
    public static java.util.List<String> paragraphs(String text) {
        return text == null || text.isBlank() ? java.util.List.of()
                : java.util.Arrays.stream(text.strip().split("\\R\\s*\\R")).map(String::strip).toList();
    }

    /** A date in the page's language, e.g. "12 Mar 2026" / "12.03.2026" (UTC). */
    public static String date(java.time.Instant instant, Locale locale) {
        return instant == null ? "" : java.time.format.DateTimeFormatter
                .ofLocalizedDate(java.time.format.FormatStyle.MEDIUM).withLocale(locale)
                .withZone(java.time.ZoneOffset.UTC).format(instant);
    }

    public static String money(Money money, Locale locale) {
        return money == null ? "" : money.format(locale);
    }

    /** This page's address with its query, as the browser asked for it (also behind PrettyUrlFilter's forward). */
    public static String here() {
        return org.omnifaces.util.Faces.getRequestURIWithQueryString()
                .substring(org.omnifaces.util.Faces.getRequestContextPath().length());
    }

    /** Every country, named in the page's language and sorted by that name (as Locales: code and name). */
    public static java.util.List<Locale> countries(Locale page) {
        return java.util.Arrays.stream(Locale.getISOCountries())
                .map(code -> new Locale("", code))
                .sorted(java.util.Comparator.comparing(l -> l.getDisplayCountry(page)))
                .toList();
    }

    /** 1 up to {@code n}, at most ten: the quantities a buyer can choose. */
    public static java.util.List<Integer> quantities(int n) {
        return java.util.stream.IntStream.rangeClosed(1, Math.max(1, Math.min(10, n))).boxed().toList();
    }
}
