package market.atelier.catalog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import market.atelier.catalog.CatalogService;
import market.atelier.catalog.Category;
import market.atelier.catalog.ListingCard;
import market.atelier.catalog.search.SearchQuery;
import market.atelier.catalog.search.SearchResult;
import market.atelier.catalog.search.SearchService;
import market.atelier.verification.web.BadgeLookup;

/**
 * {@code /search}: every state is in the address (GET parameters), so results are bookmarkable, shareable and the
 * back button works. Two SQL queries at most whatever the number of cards: cards and badges (categories and
 * badges already seen are kept application-wide).
 */
@Named("search")
@RequestScoped
public class SearchBacking {

    @Inject
    private SearchService searchService;

    @Inject
    private CatalogService catalog;

    @Inject
    private BadgeLookup badges;

    @Inject
    private Categories allCategories;

    @Inject
    private HttpServletRequest request;

    private SearchQuery query;
    private Map<String, String> params;
    private SearchResult result;
    private List<ListingCard> cards;
    private List<Category> categories;

    public SearchQuery getQuery() {
        if (query == null) {
            query = SearchQuery.from(request::getParameter);
        }
        return query;
    }

    /** The query's parameters, built once per request (every facet link starts from them). */
    private Map<String, String> params() {
        if (params == null) {
            params = getQuery().params();
        }
        return params;
    }

    public SearchResult getResult() {
        if (result == null) {
            result = searchService.search(getQuery());
        }
        return result;
    }

    public List<ListingCard> getCards() {
        if (cards == null) {
            cards = catalog.cards(getResult().ids());
            badges.prefetch(cards.stream().map(ListingCard::getShopId).distinct().toList());
        }
        return cards;
    }

    public List<Category> getCategories() {
        if (categories == null) {
            categories = allCategories.all();
        }
        return categories;
    }

    /** The categories offered as filters (retired ones are not). */
    public List<Category> getOfferedCategories() {
        return allCategories.offered();
    }

    /** Whether a facet value of the category facet is offered as a filter (a retired category is not). */
    public boolean offered(String code) {
        return allCategories.isOffered(code);
    }

    public Category getCategory() {
        return getCategories().stream().filter(c -> c.getCode().equals(getQuery().category())).findFirst()
                .orElse(null);
    }

    public String categoryName(String code, java.util.Locale locale) {
        return getCategories().stream().filter(c -> c.getCode().equals(code)).findFirst()
                .map(c -> c.name(locale)).orElse(code);
    }

    /** This search with one parameter set (or removed, when {@code value} is empty); the page goes back to 1. */
    public String with(String name, String value) {
        Map<String, String> params = new LinkedHashMap<>(params());
        params.remove("page");
        if (value == null || value.isEmpty()) {
            params.remove(name);
        } else {
            params.put(name, value);
        }
        return url(params);
    }

    /** This search on another page. */
    public String page(int page) {
        Map<String, String> params = new LinkedHashMap<>(params());
        if (page <= 1) {
            params.remove("page");
        } else {
            params.put("page", Integer.toString(page));
        }
        return url(params);
    }

    /** The current parameters except those named (comma-separated), for hidden fields of the small forms. */
    public List<Map.Entry<String, String>> hiddenExcept(String names) {
        Map<String, String> params = new LinkedHashMap<>(params());
        params.remove("page");
        for (String name : names.split(",")) {
            params.remove(name.strip());
        }
        return List.copyOf(params.entrySet());
    }

    /** Whether this facet value is the one filtered on now. */
    public boolean chosen(String dimension, String value) {
        String current = params().get(dimension);
        return current != null && current.toLowerCase(java.util.Locale.ROOT).equals(value.toLowerCase(java.util.Locale.ROOT));
    }

    /** Page numbers to link: first, last, and two either side of the current one. */
    public List<Integer> getPages() {
        int count = getResult().pageCount();
        int current = getQuery().page();
        return IntStream.rangeClosed(1, count)
                .filter(p -> p == 1 || p == count || Math.abs(p - current) <= 2).boxed().toList();
    }

    public String euros(Long cents) {
        return cents == null ? "" : SearchQuery.euros(cents);
    }

    private String url(Map<String, String> params) {
        String query = params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return request.getContextPath() + "/search" + (query.isEmpty() ? "" : "?" + query);
    }
}
