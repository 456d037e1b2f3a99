package market.atelier.review;

/** The four things a buyer rates, 1 to 5. Craftsmanship first: it is why people buy handmade. */
public enum Aspect {
    CRAFTSMANSHIP("craftsmanship"), AS_DESCRIBED("asDescribed"), COMMUNICATION("communication"),
    PACKAGING("packaging");

    private final String field;

    Aspect(String field) {
        this.field = field;
    }

    /** The {@link Review} attribute holding this aspect's score, for queries. */
    public String field() {
        return field;
    }

    /** The key of the aspect's name in the i18n bundle. */
    public String getLabelKey() {
        return "review.aspect." + name();
    }

    /** The parameter value used in filter links: {@code craftsmanship}, {@code as-described}, ... */
    public String getParam() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static Aspect fromParam(String param) {
        for (Aspect aspect : values()) {
            if (aspect.getParam().equals(param)) {
                return aspect;
            }
        }
        return null;
    }
}
