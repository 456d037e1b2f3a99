package market.atelier.shared.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The address a public page is kept under in {@link PageCache}: its path and only the parameters that page reads,
 * sorted, without empty values. {@code exact} is false when the request carried anything else (a parameter the page
 * does not read, an empty or repeated value): such a request may be answered from the entry of its address but never
 * makes an entry of its own, so {@code /?x=1}, {@code /?x=2} … cost no memory.
 */
record PageKey(String address, boolean exact) {

    static final Set<String> SEARCH = Set.of("q", "category", "minPrice", "maxPrice", "material", "technique",
            "verified", "oneOfAKind", "madeToOrder", "shipsFrom", "minRating", "sort", "page");
    private static final Set<String> SHOP = Set.of("aspect", "score", "page");
    private static final Set<String> LISTING = Set.of("aspect", "score");
    private static final Set<String> COMPARE = Set.of("shops");
    /** The listing route of PrettyUrlFilter: the title after the id is decoration, one entry per piece. */
    private static final Pattern LISTING_PATH = Pattern.compile("(/listings/\\d{1,18})(?:/[^/]{0,200})?");
    static final int MAX_QUERY = 500;

    static PageKey of(String path, String queryString, Map<String, String[]> parameters) {
        String page = path;
        Set<String> reads;
        Matcher listing = LISTING_PATH.matcher(path);
        if (listing.matches()) {
            page = listing.group(1);
            reads = LISTING;
        } else if (path.startsWith("/shops/") && !path.endsWith("/verification")) {
            reads = SHOP;
        } else {
            reads = switch (path) {
                case "/search" -> SEARCH;
                case "/compare" -> COMPARE;
                default -> Set.of();
            };
        }
        boolean exact = queryString == null || queryString.length() <= MAX_QUERY;
        Map<String, String> kept = new TreeMap<>();
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            String[] values = parameter.getValue();
            String value = values == null || values.length == 0 ? "" : values[0];
            boolean known = reads.contains(parameter.getKey());
            exact &= known && values.length == 1 && !value.isEmpty();
            if (known && !value.isEmpty()) {
                kept.put(parameter.getKey(), value);
            }
        }
        StringBuilder address = new StringBuilder(page);
        char separator = '?';
        for (Map.Entry<String, String> parameter : kept.entrySet()) {
            address.append(separator).append(parameter.getKey()).append('=')
                    .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return new PageKey(address.toString(), exact);
    }
}
