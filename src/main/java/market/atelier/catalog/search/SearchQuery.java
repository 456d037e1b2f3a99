package market.atelier.catalog.search;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * One search, as the {@code /search} page and {@code /api/listings} take it from request parameters. Unreadable
 * values are ignored (a search never fails because of a hand-edited address).
 */
public record SearchQuery(String q, String category, Long minPriceMinor, Long maxPriceMinor, String material,
        String technique, boolean verified, boolean oneOfAKind, boolean madeToOrder, String shipsFrom,
        Integer minRating, Sort sort, int page) {

    public static final int PAGE_SIZE = 24;
    public static final int MAX_PAGE = 100;
    static final int MAX_TEXT = 200;

    /** Result orders, named as in the address ({@code sort=price_asc}). */
    public enum Sort {
        RELEVANCE, NEWEST, PRICE_ASC, PRICE_DESC;

        public String param() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static SearchQuery from(Function<String, String> param) {
        return new SearchQuery(text(param.apply("q")), text(param.apply("category")),
                cents(param.apply("minPrice")), cents(param.apply("maxPrice")),
                text(param.apply("material")), text(param.apply("technique")),
                "true".equals(param.apply("verified")), "true".equals(param.apply("oneOfAKind")),
                "true".equals(param.apply("madeToOrder")), country(param.apply("shipsFrom")),
                rating(param.apply("minRating")), sort(param.apply("sort"), param.apply("q")),
                page(param.apply("page")));
    }

    /** The parameters that differ from the defaults, in a stable order (for links and the API's echo). */
    public Map<String, String> params() {
        Map<String, String> params = new LinkedHashMap<>();
        put(params, "q", q);
        put(params, "category", category);
        put(params, "minPrice", minPriceMinor == null ? null : euros(minPriceMinor));
        put(params, "maxPrice", maxPriceMinor == null ? null : euros(maxPriceMinor));
        put(params, "material", material);
        put(params, "technique", technique);
        put(params, "verified", verified ? "true" : null);
        put(params, "oneOfAKind", oneOfAKind ? "true" : null);
        put(params, "madeToOrder", madeToOrder ? "true" : null);
        put(params, "shipsFrom", shipsFrom);
        put(params, "minRating", minRating == null ? null : minRating.toString());
        put(params, "sort", sort == defaultSort(q) ? null : sort.param());
        put(params, "page", page == 1 ? null : Integer.toString(page));
        return params;
    }

    public boolean hasFilters() {
        return category != null || minPriceMinor != null || maxPriceMinor != null || material != null
                || technique != null || verified || oneOfAKind || madeToOrder || shipsFrom != null
                || minRating != null;
    }

    public SearchQuery withQ(String corrected) {
        return new SearchQuery(corrected, category, minPriceMinor, maxPriceMinor, material, technique, verified,
                oneOfAKind, madeToOrder, shipsFrom, minRating, sort, page);
    }

    private static void put(Map<String, String> params, String name, String value) {
        if (value != null) {
            params.put(name, value);
        }
    }

    static Sort defaultSort(String q) {
        return q == null ? Sort.NEWEST : Sort.RELEVANCE;
    }

    private static String text(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        return stripped.length() > MAX_TEXT ? stripped.substring(0, MAX_TEXT) : stripped;
    }

    private static Long cents(String value) {
        try {
            BigDecimal euros = new BigDecimal(value.strip().replace(',', '.'));
            return euros.signum() < 0 || euros.compareTo(BigDecimal.valueOf(10_000_000)) > 0 ? null
                    : euros.movePointRight(2).longValue();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Cents as a plain euro amount for an address or a form field: 8950 → "89.5", 8000 → "80". */
    public static String euros(long cents) {
        return BigDecimal.valueOf(cents).movePointLeft(2).stripTrailingZeros().toPlainString();
    }

    private static String country(String value) {
        return value != null && value.strip().matches("[A-Za-z]{2}") ? value.strip().toUpperCase(Locale.ROOT) : null;
    }

    private static Integer rating(String value) {
        try {
            int rating = Integer.parseInt(value.strip());
            return rating >= 1 && rating <= 5 ? rating : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Sort sort(String value, String q) {
        try {
            return Sort.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            return defaultSort(text(q));
        }
    }

    private static int page(String value) {
        try {
            return Math.max(1, Math.min(MAX_PAGE, Integer.parseInt(value.strip())));
        } catch (RuntimeException e) {
            return 1;
        }
    }
}
