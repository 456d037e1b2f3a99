package market.atelier.shop.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import market.atelier.account.web.CurrentAccount;
import market.atelier.shop.Shop;
import market.atelier.shop.ShopService;
import market.atelier.shop.ShopStatus;

/** The signed-in artisan's shop status, for the "not public yet / off sale" notice on seller pages. */
@Named("ownShop")
@RequestScoped
public class OwnShopStatus {

    @Inject
    private ShopService shops;

    @Inject
    private CurrentAccount current;

    private ShopStatus status;
    private boolean read;

    /** Null when the account has no shop. */
    public ShopStatus getStatus() {
        if (!read) {
            status = current.get().flatMap(account -> shops.ownedBy(account.getId())).map(Shop::getStatus).orElse(null);
            read = true;
        }
        return status;
    }
}
