package market.atelier.shop.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import market.atelier.account.web.CurrentAccount;
import market.atelier.shop.Shop;
import market.atelier.shop.ShopException;
import market.atelier.shop.ShopProfile;
import market.atelier.shop.ShopService;
import market.atelier.shared.MediaStore.StoredImage;
import market.atelier.shared.web.Messages;
import market.atelier.shared.web.Uploads;
import org.primefaces.event.FileUploadEvent;

/** {@code /seller/shop}: open a shop, or edit the one you own; portrait and banner upload with progress. */
@Named("shopEdit")
@ViewScoped
public class ShopEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ShopService shops;

    @Inject
    private CurrentAccount current;

    private Long shopId;
    private String slug;
    private ShopProfile profile = new ShopProfile();
    private String portraitKey;
    private String bannerKey;

    @PostConstruct
    void load() {
        shops.ownedBy(accountId()).ifPresent(this::show);
    }

    private void show(Shop shop) {
        shopId = shop.getId();
        slug = shop.getSlug();
        profile = ShopProfile.of(shop);
        portraitKey = shop.getPortraitKey();
        bannerKey = shop.getBannerKey();
    }

    public void save() {
        try {
            if (shopId == null) {
                Shop shop = shops.open(accountId(), profile);
                if (portraitKey != null) {
                    shops.setPortrait(accountId(), shop.getId(), portraitKey);
                }
                if (bannerKey != null) {
                    shops.setBanner(accountId(), shop.getId(), bannerKey);
                }
                show(shops.ownedBy(accountId()).orElseThrow());
                Messages.info(null, "seller.shop.opened", shop.getName());
            } else {
                show(shops.update(accountId(), shopId, profile));
                Messages.info(null, "seller.shop.saved");
            }
        } catch (ShopException e) {
            Messages.error(e.getMessageKey().startsWith("shop.name") ? "shop:name" : null, e.getMessageKey());
        }
    }

    public void uploadPortrait(FileUploadEvent event) {
        Uploads.storePhoto(event.getFile(), "shop:portrait").map(StoredImage::key).ifPresent(key -> {
            portraitKey = key;
            if (shopId != null) {
                shops.setPortrait(accountId(), shopId, key);
            }
        });
    }

    public void uploadBanner(FileUploadEvent event) {
        Uploads.storePhoto(event.getFile(), "shop:banner").map(StoredImage::key).ifPresent(key -> {
            bannerKey = key;
            if (shopId != null) {
                shops.setBanner(accountId(), shopId, key);
            }
        });
    }

    private long accountId() {
        return current.get().orElseThrow().getId();
    }

    /** Countries for the studio location, named in the page's language, sorted by name. */
    public List<Locale> getCountries() {
        return market.atelier.shared.web.Functions.countries(FacesContext.getCurrentInstance().getViewRoot()
                .getLocale());
    }

    public boolean isOpen() {
        return shopId != null;
    }

    public String getSlug() {
        return slug;
    }

    public ShopProfile getProfile() {
        return profile;
    }

    public String getPortraitKey() {
        return portraitKey;
    }

    public String getBannerKey() {
        return bannerKey;
    }
}
