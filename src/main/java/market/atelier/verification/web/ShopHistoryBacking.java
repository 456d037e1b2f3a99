package market.atelier.verification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import market.atelier.shared.web.PrettyUrlFilter;
import market.atelier.shop.Shop;
import market.atelier.shop.ShopService;
import market.atelier.verification.Badge;
import market.atelier.verification.BadgeEvent;
import market.atelier.verification.VerificationService;
import org.omnifaces.util.Faces;

/** {@code /shops/<slug>/verification}: the public, dated history of a shop's badges. */
@Named("shopHistory")
@RequestScoped
public class ShopHistoryBacking {

    @Inject
    private ShopService shops;

    @Inject
    private VerificationService verification;

    @Inject
    private HttpServletRequest request;

    private Shop shop;
    private List<BadgeEvent> events;
    private List<Badge> badges;

    public void load() {
        shop = shops.verifiedOnce(PrettyUrlFilter.pathParameter(request)).orElse(null);
        if (shop == null) {
            Faces.responseSendError(404, "No such shop");
        }
    }

    public Shop getShop() {
        return shop;
    }

    public List<Badge> getBadges() {
        if (badges == null) {
            badges = verification.badgesOf(shop.getId());
        }
        return badges;
    }

    public List<BadgeEvent> getEvents() {
        if (events == null) {
            events = verification.history(shop.getId());
        }
        return events;
    }
}
