package market.atelier.custom.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import market.atelier.account.web.CurrentAccount;
import market.atelier.custom.CustomOrderException;
import market.atelier.custom.CustomOrderService;
import market.atelier.custom.CustomRequest;
import market.atelier.shared.AccessRefused;
import market.atelier.shared.Money;
import market.atelier.shared.web.Messages;
import market.atelier.shared.web.PendingPhoto;
import market.atelier.shared.web.Uploads;
import market.atelier.shop.Shop;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.primefaces.event.FileUploadEvent;

/**
 * {@code /account/custom/new?shop=ID}: a shopper asks a shop for a piece made for them (what, budget, wished date,
 * up to three reference photos). Bad input is named next to its field and nothing typed or uploaded is lost.
 */
@Named("customRequestForm")
@ViewScoped
public class CustomRequestBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentAccount current;

    @EJB
    private CustomOrderService service;

    @Inject
    @Param(name = "shop")
    private String shopParam;

    private Long shopId;
    private String shopName;
    private String shopSlug;
    private String policy;
    private boolean accepting;

    private String description;
    private String budget;
    private String wishedDate;
    private final List<PendingPhoto> photos = new ArrayList<>();

    /** View action (first GET only): the shop, or a 404 for a shop that is not public. */
    public void load() throws IOException {
        try {
            shopId = shopParam == null || !shopParam.matches("\\d{1,18}") ? null : Long.valueOf(shopParam);
            if (shopId == null) {
                throw new AccessRefused("shop");
            }
            Shop shop;
            try {
                shop = service.shopTakingRequests(shopId);
                long ownerId = shop.getOwner().getId();
                if (current.id().map(id -> id == ownerId).orElse(false)) {
                    throw new CustomOrderException("custom.error.ownShop");
                }
                accepting = true;
            } catch (CustomOrderException e) {
                shop = null;
                Messages.error(null, e.getMessageKey());
            }
            if (shop != null) {
                shopName = shop.getName();
                shopSlug = shop.getSlug();
                policy = shop.getCustomOrdersPolicy();
            }
        } catch (AccessRefused e) {
            Faces.responseSendError(404, "No such shop");
        }
    }

    public void uploadPhoto(FileUploadEvent event) {
        if (photos.size() >= CustomRequest.MAX_PHOTOS) {
            Messages.error("request:photo", "custom.error.photos");
            return;
        }
        Uploads.storePhoto(event.getFile(), "request:photo").ifPresent(image -> {
            photos.add(new PendingPhoto(image));
            Messages.info("request:photo", "custom.request.photoAdded");
        });
    }

    public void removePhoto(int index) {
        if (index >= 0 && index < photos.size()) {
            photos.remove(index);
        }
    }

    public String submit() {
        long account = current.id().orElseThrow();
        boolean ok = true;
        Money amount = null;
        try {
            amount = CustomOrderService.parseAmount(budget, "custom.error.budget", Faces.getLocale());
        } catch (CustomOrderException e) {
            Messages.error("request:budget", e.getMessageKey());
            ok = false;
        }
        LocalDate wished = null;
        if (wishedDate != null && !wishedDate.isBlank()) {
            try {
                wished = LocalDate.parse(wishedDate.strip());
                if (wished.isBefore(LocalDate.now(ZoneOffset.UTC))) {
                    Messages.error("request:wished", "custom.error.datePast");
                    ok = false;
                }
            } catch (DateTimeParseException e) {
                Messages.error("request:wished", "custom.error.date");
                ok = false;
            }
        }
        if (description == null || description.isBlank()) {
            Messages.error("request:description", "custom.error.description");
            ok = false;
        }
        if (!ok) {
            Messages.error(null, "custom.error.form");
            return null;
        }
        try {
            service.request(account, shopId, description, amount, wished,
                    photos.stream().map(PendingPhoto::stored).toList());
        } catch (CustomOrderException e) {
            Messages.error(null, e.getMessageKey());
            return null;
        } catch (AccessRefused e) {
            Messages.error(null, "custom.error.notAccepting");
            return null;
        }
        Messages.flashInfo("custom.request.sent", shopName);
        return "/account/custom?faces-redirect=true";
    }

    public boolean isAccepting() {
        return accepting;
    }

    public String getShopName() {
        return shopName;
    }

    public String getShopSlug() {
        return shopSlug;
    }

    public String getPolicy() {
        return policy;
    }

    public List<PendingPhoto> getPhotos() {
        return photos;
    }

    public boolean isRoomForPhotos() {
        return photos.size() < CustomRequest.MAX_PHOTOS;
    }

    /** Today (UTC) as yyyy-MM-dd, the earliest date the date field offers. */
    public String getToday() {
        return LocalDate.now(ZoneOffset.UTC).toString();
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getBudget() {
        return budget;
    }

    public void setBudget(String budget) {
        this.budget = budget;
    }

    public String getWishedDate() {
        return wishedDate;
    }

    public void setWishedDate(String wishedDate) {
        this.wishedDate = wishedDate;
    }
}
