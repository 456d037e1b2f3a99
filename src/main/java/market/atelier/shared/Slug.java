package market.atelier.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL slugs: lower-case ASCII words joined by hyphens, derived once from a name and then kept stable. */
public final class Slug {

    public static final int MAX_LENGTH = 60;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

    private Slug() {
    }

    /** "Ines Duarte — Ourivesaria" becomes "ines-duarte-ourivesaria"; a name with no letters gives "shop". */
    public static String of(String text) {
        String ascii = Normalizer.normalize(text == null ? "" : text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        // Letters that are no base letter plus a mark (NFD leaves them whole): spelled as their languages do in ASCII.
        ascii = MARKS.matcher(ascii).replaceAll("")
                .replace("ß", "ss").replace("æ", "ae").replace("ø", "o").replace("œ", "oe").replace("ł", "l")
                .replace("đ", "d").replace("ð", "d").replace("þ", "th").replace("ı", "i");
        String slug = NON_WORD.matcher(ascii).replaceAll("-");
        slug = trimHyphens(slug);
        if (slug.length() > MAX_LENGTH) {
            slug = trimHyphens(slug.substring(0, MAX_LENGTH));
        }
        return slug.isEmpty() ? "shop" : slug;
    }

    private static String trimHyphens(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(start, end);
    }
}
