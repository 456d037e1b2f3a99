package market.atelier.catalog.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import market.atelier.catalog.CatalogService;
import market.atelier.catalog.ListingCard;
import market.atelier.catalog.search.SearchQuery;
import market.atelier.catalog.search.SearchResult;
import market.atelier.catalog.search.SearchService;
import market.atelier.verification.BadgeView;
import market.atelier.verification.VerificationService;

/** {@code GET /api/listings}: the same parameters and results as {@code /search}, as JSON. Three SQL queries. */
@Path("listings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ListingsResource {

    @Inject
    private SearchService search;

    @Inject
    private CatalogService catalog;

    @Inject
    private VerificationService verification;

    @GET
    public ApiViews.Listings listings(@Context UriInfo uri) {
        SearchQuery query = SearchQuery.from(uri.getQueryParameters()::getFirst);
        SearchResult result = search.search(query);
        List<ListingCard> cards = catalog.cards(result.ids());
        Map<Long, List<BadgeView>> badges = verification.validBadges(
                cards.stream().map(ListingCard::getShopId).distinct().toList());
        List<ApiViews.Item> items = cards.stream().map(card -> new ApiViews.Item(card.getId(), card.getTitle(),
                new ApiViews.Price(card.getPrice().amount(), card.getPrice().currency().getCurrencyCode()),
                new ApiViews.ShopRef(card.getShopSlug(), card.getShopName()),
                badges.getOrDefault(card.getShopId(), List.of()).stream()
                        .map(b -> ApiViews.Badge.of(b, card.getShopSlug())).toList(),
                card.getUrl())).toList();
        return new ApiViews.Listings(result.total(), !result.bounded(), query.page(), result.pageCount(), items);
    }
}
