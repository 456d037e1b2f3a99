package market.atelier.shared;

/** The start of a text for lists and titles: at most {@code max} characters, "…" when cut, never half an emoji. */
public final class Excerpt {

    private Excerpt() {
    }

    public static String of(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // an emoji (a surrogate pair) straddles the cut: leave it out whole
        }
        return text.substring(0, end) + "…";
    }
}
