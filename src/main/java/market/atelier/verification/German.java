package market.atelier.verification;

import java.util.Locale;

/** Rubric texts are stored in English and German; everything else falls back to English. */
final class German {

    private German() {
    }

    static boolean is(Locale locale) {
        return locale != null && "de".equals(locale.getLanguage());
    }
}
