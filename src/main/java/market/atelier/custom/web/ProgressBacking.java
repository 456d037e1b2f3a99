package market.atelier.custom.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import market.atelier.account.web.CurrentAccount;
import market.atelier.custom.CustomOrderException;
import market.atelier.custom.CustomOrderService;
import market.atelier.custom.ProgressUpdate;
import market.atelier.order.OrderLine;
import market.atelier.order.ShopOrder;
import market.atelier.shared.AccessRefused;
import market.atelier.shared.web.Messages;
import market.atelier.shared.web.PendingPhoto;
import market.atelier.shared.web.Uploads;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.primefaces.event.FileUploadEvent;

/**
 * {@code /seller/custom/progress?order=ID}: the artisan posts a photo and a short note on a shop order of their shop
 * while making it; the shopper sees it on their order's timeline. Someone else's order is a 404.
 */
@Named("progressForm")
@ViewScoped
public class ProgressBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentAccount current;

    @EJB
    private CustomOrderService service;

    @Inject
    @Param(name = "order")
    private String orderParam;

    private Long shopOrderId;
    private String number;
    private String status;
    private List<String> titles;
    private transient List<ProgressUpdate> updates;
    private PendingPhoto photo;
    private String note;

    public void load() throws IOException {
        try {
            shopOrderId = orderParam == null || !orderParam.matches("\\d{1,18}") ? null : Long.valueOf(orderParam);
            if (shopOrderId == null) {
                throw new AccessRefused("order");
            }
            read();
        } catch (AccessRefused e) {
            Faces.responseSendError(404, "No such order");
        }
    }

    private void read() {
        long account = current.id().orElseThrow();
        ShopOrder order = service.ownShopOrder(account, shopOrderId);
        status = order.getStatus().name();
        number = order.getNumber();
        titles = order.getLines().stream().map(OrderLine::getTitle).toList();
        updates = service.progressVisibleTo(account).getOrDefault(shopOrderId, List.of());
    }

    public void uploadPhoto(FileUploadEvent event) {
        Uploads.storePhoto(event.getFile(), "progress:photo").ifPresent(image -> {
            photo = new PendingPhoto(image);
            Messages.info("progress:photo", "custom.progress.photoAdded");
        });
    }

    public void post() {
        try {
            service.postProgress(current.id().orElseThrow(), shopOrderId, photo == null ? null : photo.stored(), note);
            Messages.info(null, "custom.progress.posted");
            photo = null;
            note = null;
            read();
        } catch (CustomOrderException e) {
            Messages.error(null, e.getMessageKey());
        } catch (AccessRefused e) {
            Messages.error(null, "custom.error.notFound");
        }
    }

    public Long getShopOrderId() {
        return shopOrderId;
    }

    public String getStatus() {
        return status;
    }

    public boolean isOpen() {
        return "NEW".equals(status) || "SHIPPED".equals(status);
    }

    public List<String> getTitles() {
        return titles;
    }

    public List<ProgressUpdate> getUpdates() {
        if (updates == null && shopOrderId != null) {
            updates = service.progressVisibleTo(current.id().orElseThrow()).getOrDefault(shopOrderId, List.of());
        }
        return updates;
    }

    public PendingPhoto getPhoto() {
        return photo;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    /** The shop order's number as shopper and maker quote it ("1042-2"). */
    public String getNumber() {
        return number;
    }
}
