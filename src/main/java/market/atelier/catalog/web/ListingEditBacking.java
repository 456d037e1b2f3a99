package market.atelier.catalog.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import market.atelier.account.web.CurrentAccount;
import market.atelier.catalog.Category;
import market.atelier.catalog.Listing;
import market.atelier.catalog.ListingDraft;
import market.atelier.catalog.ListingException;
import market.atelier.catalog.ListingService;
import market.atelier.catalog.ListingStatus;
import market.atelier.catalog.WhoMade;
import market.atelier.shared.AccessRefused;
import market.atelier.shared.web.Messages;
import market.atelier.shared.web.Uploads;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.primefaces.event.FileUploadEvent;

/**
 * {@code /seller/listing/edit[?id=N]}: write a piece, save it as a draft, add photos with alt text, publish.
 * Another artisan's id shows "not found"; nothing of theirs is read or changed.
 */
@Named("listingEdit")
@ViewScoped
public class ListingEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ListingService listings;

    @Inject
    private CurrentAccount current;

    @Inject
    @Param(name = "id")
    private String idParam;

    private boolean notFound;
    private Long listingId;
    private ListingStatus status;
    private ListingDraft draft = new ListingDraft();
    private List<PhotoView> photos = List.of();
    private final Map<Long, String> altTexts = new HashMap<>();

    /** What the form shows of a photo (entities stay out of the view state). */
    public record PhotoView(long id, String mediaKey, String altText, int position) implements Serializable {
        public long getId() {
            return id;
        }

        public String getMediaKey() {
            return mediaKey;
        }

        public int getPosition() {
            return position;
        }
    }
    private transient List<Category> categories; // entities: read again on another server

    @PostConstruct
    void load() {
        Long id = ListingPageBacking.parseId(idParam);
        if (idParam != null && id == null) {
            notFound();
            return;
        }
        if (id != null) {
            try {
                show(listings.own(accountId(), id));
            } catch (AccessRefused e) {
                notFound();
            }
        }
    }

    private void notFound() {
        notFound = true;
    }

    /** View action: another artisan's id (or nonsense) is simply not found. */
    public void checkFound() {
        if (notFound) {
            Faces.responseSendError(404, "No such listing");
        }
    }

    private void show(Listing listing) {
        listingId = listing.getId();
        status = listing.getStatus();
        draft = ListingDraft.of(listing);
        photos = listing.getPhotos().stream()
                .map(p -> new PhotoView(p.getId(), p.getMediaKey(), p.getAltText(), p.getPosition())).toList();
        altTexts.clear();
        photos.forEach(p -> altTexts.put(p.id(), p.altText()));
    }

    public void save() {
        try {
            if (listingId == null) {
                long id = listings.create(accountId(), draft).getId();
                Messages.flashInfo("seller.listing.created");
                Faces.redirect("seller/listing/edit?id=%s", String.valueOf(id));
            } else {
                show(listings.update(accountId(), listingId, draft));
                Messages.info(null, "seller.listing.saved");
            }
        } catch (ListingException e) {
            Messages.error(null, e.getMessageKey());
        } catch (AccessRefused e) {
            Messages.error(null, "seller.listings.notYours");
        }
    }

    /**
     * Publishes and sends the browser back to this listing's address (Post/Redirect/Get): a refresh then shows the
     * listing again instead of resubmitting or opening an empty form. What happened survives the redirect.
     */
    public void publish() {
        Faces.getFlash().setKeepMessages(true);
        try {
            Messages.info(null, SellerListingsBacking.publishedKey(listings.publish(accountId(), listingId)));
        } catch (ListingException e) {
            Messages.error(null, e.getMessageKey());
        } catch (AccessRefused e) {
            Messages.error(null, "seller.listings.notYours");
        }
        Faces.redirect("seller/listing/edit?id=%s", String.valueOf(listingId));
    }

    public void uploadPhoto(FileUploadEvent event) {
        if (listingId == null) {
            Messages.error("listing:photo", "seller.listing.saveFirst");
            return;
        }
        Uploads.storePhoto(event.getFile(), "listing:photo",
                () -> listings.checkRoomForPhoto(accountId(), listingId)).ifPresent(image -> {
            String alt = Messages.text("seller.listing.defaultAlt", draft.getTitle(), photos.size() + 1);
            run(() -> {
                listings.addPhoto(accountId(), listingId, image, alt.length() > 200 ? alt.substring(0, 200) : alt);
                show(listings.own(accountId(), listingId));
            }, "seller.listing.photoAdded");
        });
    }

    public void removePhoto(long photoId) {
        run(() -> {
            listings.removePhoto(accountId(), listingId, photoId);
            show(listings.own(accountId(), listingId));
        }, "seller.listing.photoRemoved");
    }

    public void movePhoto(long photoId, int position) {
        run(() -> {
            listings.movePhoto(accountId(), listingId, photoId, position);
            show(listings.own(accountId(), listingId));
        }, "seller.listing.photosReordered");
    }

    public void saveAltText(long photoId) {
        run(() -> {
            listings.setAltText(accountId(), listingId, photoId, altTexts.get(photoId));
            show(listings.own(accountId(), listingId));
        }, "seller.listing.altSaved");
    }

    private void run(Runnable action, String doneKey) {
        try {
            action.run();
            Messages.info(null, doneKey);
        } catch (ListingException e) {
            Messages.error(null, e.getMessageKey());
        } catch (AccessRefused e) {
            Messages.error(null, "seller.listings.notYours");
        }
    }

    private long accountId() {
        return current.get().orElseThrow().getId();
    }

    public boolean isSaved() {
        return listingId != null;
    }

    public Long getListingId() {
        return listingId;
    }

    public ListingStatus getStatus() {
        return status;
    }

    public ListingDraft getDraft() {
        return draft;
    }

    public Map<Long, String> getAltTexts() {
        return altTexts;
    }

    public List<PhotoView> getPhotos() {
        return photos;
    }

    public List<Category> getCategories() {
        if (categories == null) {
            categories = listings.categories(draft.getCategoryCode());
        }
        return categories;
    }

    public WhoMade[] getWhoMadeOptions() {
        return WhoMade.values();
    }
}
