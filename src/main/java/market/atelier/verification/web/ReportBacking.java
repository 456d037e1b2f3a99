package market.atelier.verification.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import market.atelier.account.web.CurrentAccount;
import market.atelier.catalog.CatalogService;
import market.atelier.catalog.Listing;
import market.atelier.shared.web.Messages;
import market.atelier.shop.Shop;
import market.atelier.shop.ShopService;
import market.atelier.verification.ReportCategory;
import market.atelier.verification.ReportService;
import market.atelier.verification.VerificationException;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * {@code /account/report?listing=N} or {@code ?shop=slug}: a signed-in shopper reports a public piece or shop.
 * Anonymous visitors are sent to sign in and come back here.
 */
@Named("report")
@ViewScoped
public class ReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReportService reports;

    @Inject
    private CatalogService catalog;

    @Inject
    private ShopService shops;

    @Inject
    private CurrentAccount current;

    @Inject
    @Param(name = "listing")
    private String listingParam;

    @Inject
    @Param(name = "shop")
    private String shopParam;

    private Long shopId;
    private Long listingId;
    private String targetName;
    private String backUrl;
    private ReportCategory category;
    private String text;
    private boolean sent;

    @PostConstruct
    void load() {
        if (listingParam != null && listingParam.matches("\\d{1,18}")) {
            catalog.publicListing(Long.valueOf(listingParam)).ifPresent(this::target);
        } else if (shopParam != null) {
            shops.publicShop(shopParam).ifPresent(this::target);
        }
    }

    private void target(Listing listing) {
        listingId = listing.getId();
        shopId = listing.getShop().getId();
        targetName = listing.getTitle() + " · " + listing.getShop().getName();
        backUrl = "/listings/" + listing.getId();
    }

    private void target(Shop shop) {
        shopId = shop.getId();
        targetName = shop.getName();
        backUrl = "/shops/" + shop.getSlug();
    }

    public void checkFound() {
        if (shopId == null) {
            Faces.responseSendError(404, "Nothing to report");
        }
    }

    public void send() {
        try {
            reports.report(current.get().orElseThrow().getId(), shopId, listingId, category, text);
            sent = true;
        } catch (VerificationException e) {
            Messages.error(null, e.getMessageKey());
        }
    }

    public String getTargetName() {
        return targetName;
    }

    public String getBackUrl() {
        return backUrl;
    }

    public boolean isSent() {
        return sent;
    }

    public boolean isAboutListing() {
        return listingId != null;
    }

    public ReportCategory getCategory() {
        return category;
    }

    public void setCategory(ReportCategory category) {
        this.category = category;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public ReportCategory[] getCategories() {
        return ReportCategory.values();
    }
}
