package market.atelier.catalog.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import market.atelier.shop.Shop;
import market.atelier.shop.ShopService;
import market.atelier.verification.VerificationService;

/** {@code GET /api/shops/{slug}}: a live shop's public profile with its valid badges; anything else is a JSON 404. */
@Path("shops")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ShopsResource {

    @Inject
    private ShopService shops;

    @Inject
    private VerificationService verification;

    @GET
    @Path("{slug}")
    public Response shop(@PathParam("slug") String slug) {
        Shop shop = shops.publicShop(slug).orElse(null);
        if (shop == null) {
            return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON)
                    .entity(new ApiViews.Error("No such shop")).build();
        }
        List<ApiViews.Badge> badges = verification.validBadges(List.of(shop.getId()))
                .getOrDefault(shop.getId(), List.of()).stream()
                .map(b -> ApiViews.Badge.of(b, shop.getSlug())).toList();
        return Response.ok(new ApiViews.Shop(shop.getSlug(), shop.getName(), shop.getTagline(), shop.getStory(),
                shop.getCity(), shop.getCountryCode(), shop.getMakers(), List.copyOf(shop.getTechniques()),
                List.copyOf(shop.getMaterials()), shop.getProcessingDays(), shop.getReturnsPolicy(),
                shop.getShippingPolicy(), shop.getCustomOrdersPolicy() != null, badges,
                "/shops/" + shop.getSlug())).build();
    }
}
