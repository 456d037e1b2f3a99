package market.atelier.catalog;

import market.atelier.catalog.search.CatalogChanged;
import jakarta.inject.Inject;
import jakarta.enterprise.event.Event;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import market.atelier.shared.AccessRefused;
import market.atelier.shared.MediaStore.StoredImage;
import market.atelier.shop.Shop;

/**
 * An artisan's own listings: create, edit, publish, duplicate, archive, photos. Every method names the acting
 * account and refuses unless that account owns the listing's shop, whatever listing or photo id it was given.
 */
@Stateless
@RolesAllowed("SHOPPER")
public class ListingService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<CatalogChanged> changed;

    /** The account's listings, newest change first, for the seller dashboard (one query). */
    public List<ListingRow> ownListings(long accountId) {
        return em.createQuery("SELECT NEW market.atelier.catalog.ListingRow(l.id, l.title, l.status, l.stock,"
                        + " l.priceMinor, l.priceCurrency, p.mediaKey, l.updatedAt, l.oneOfAKind)"
                        + " FROM Listing l JOIN l.shop s LEFT JOIN l.photos p ON p.position = 0"
                        + " WHERE s.owner.id = :owner ORDER BY l.updatedAt DESC, l.id DESC", ListingRow.class)
                .setParameter("owner", accountId)
                .getResultList();
    }

    /** A listing of the account's shop, for editing. */
    public Listing own(long accountId, long listingId) {
        Listing listing = em.find(Listing.class, listingId);
        if (listing == null || !listing.getShop().getOwner().getId().equals(accountId)) {
            throw new AccessRefused("listing " + listingId);
        }
        listing.getPhotos().size();
        listing.getMaterials().size();
        listing.getTechniques().size();
        return listing;
    }

    /** A new draft in the account's shop. */
    public Listing create(long accountId, ListingDraft draft) {
        Shop shop = em.createNamedQuery(Shop.BY_OWNER, Shop.class).setParameter("ownerId", accountId)
                .getResultStream().findFirst().orElseThrow(() -> new AccessRefused("no shop"));
        Instant now = Instant.now();
        Category category = category(draft, null);
        Listing listing = new Listing(shop, draft.getTitle(), category, market.atelier.shared.Money.euros(0), now);
        draft.applyTo(listing, category);
        em.persist(listing);
        return listing;
    }

    public Listing update(long accountId, long listingId, ListingDraft draft) {
        Listing listing = own(accountId, listingId);
        if (listing.getReservedFor() != null) {
            // A made-to-order piece is what the shopper accepted: its price and texts stay as quoted.
            throw new ListingException("custom.listing.locked");
        }
        draft.applyTo(listing, category(draft, listing.getCategory()));
        if (listing.getStatus() == ListingStatus.SOLD_OUT && listing.getStock() > 0) {
            listing.setStatus(ListingStatus.ACTIVE);
        } else if (listing.getStatus() == ListingStatus.ACTIVE && listing.getStock() == 0) {
            listing.setStatus(ListingStatus.SOLD_OUT);
        }
        listing.touch(Instant.now());
        changed.fire(CatalogChanged.listing(listing.getId()));
        return listing;
    }

    /** Makes a draft or archived listing public; it needs at least one photo. */
    public Listing publish(long accountId, long listingId) {
        Listing listing = own(accountId, listingId);
        if (listing.getPhotos().isEmpty()) {
            throw new ListingException("listing.publish.needsPhoto");
        }
        listing.setStatus(listing.getStock() > 0 ? ListingStatus.ACTIVE : ListingStatus.SOLD_OUT);
        listing.touch(Instant.now());
        changed.fire(CatalogChanged.listing(listing.getId()));
        return listing;
    }

    public Listing archive(long accountId, long listingId) {
        Listing listing = own(accountId, listingId);
        listing.setStatus(ListingStatus.ARCHIVED);
        listing.touch(Instant.now());
        changed.fire(CatalogChanged.listing(listing.getId()));
        return listing;
    }

    /** A draft copy (same texts and photos) to list a similar piece quickly. */
    public Listing duplicate(long accountId, long listingId) {
        Listing original = own(accountId, listingId);
        ListingDraft draft = ListingDraft.of(original);
        String title = original.getTitle();
        draft.setTitle(title.length() > Listing.TITLE_MAX - 7 ? title.substring(0, Listing.TITLE_MAX - 7) + " (copy)"
                : title + " (copy)");
        Listing copy = create(accountId, draft);
        original.getPhotos().forEach(p -> copy.addPhoto(p.getMediaKey(), p.getAltText(), p.getWidth(), p.getHeight()));
        return copy;
    }

    /** Refuses, before any file is stored, a photo the listing has no room for. */
    public void checkRoomForPhoto(long accountId, long listingId) {
        checkRoomForPhoto(own(accountId, listingId));
    }

    private static void checkRoomForPhoto(Listing listing) {
        if (listing.getPhotos().size() >= Listing.MAX_PHOTOS) {
            throw new ListingException("listing.photos.tooMany");
        }
    }

    public ListingPhoto addPhoto(long accountId, long listingId, StoredImage image, String altText) {
        Listing listing = own(accountId, listingId);
        checkRoomForPhoto(listing);
        if (altText == null || altText.isBlank()) {
            throw new ListingException("listing.photos.altRequired");
        }
        ListingPhoto photo = listing.addPhoto(image.key(), altText.strip(), image.width(), image.height());
        listing.touch(Instant.now());
        changed.fire(CatalogChanged.listing(listingId));
        return photo;
    }

    public void removePhoto(long accountId, long listingId, long photoId) {
        Listing listing = own(accountId, listingId);
        ListingPhoto photo = photoOf(listing, photoId);
        listing.getPhotos().remove(photo);
        renumber(listing);
        listing.touch(Instant.now());
        changed.fire(CatalogChanged.listing(listingId));
    }

    /** Moves a photo to a position (0 = primary); the others keep their order. */
    public void movePhoto(long accountId, long listingId, long photoId, int position) {
        Listing listing = own(accountId, listingId);
        ListingPhoto photo = photoOf(listing, photoId);
        List<ListingPhoto> photos = listing.getPhotos();
        photos.remove(photo);
        photos.add(Math.max(0, Math.min(position, photos.size())), photo);
        renumber(listing);
        listing.touch(Instant.now());
        changed.fire(CatalogChanged.listing(listingId));
    }

    public void setAltText(long accountId, long listingId, long photoId, String altText) {
        if (altText == null || altText.isBlank()) {
            throw new ListingException("listing.photos.altRequired");
        }
        photoOf(own(accountId, listingId), photoId).setAltText(altText.strip());
        changed.fire(CatalogChanged.listing(listingId));
    }

    private static ListingPhoto photoOf(Listing listing, long photoId) {
        return listing.getPhotos().stream().filter(p -> p.getId() == photoId).findFirst()
                .orElseThrow(() -> new AccessRefused("photo " + photoId));
    }

    private static void renumber(Listing listing) {
        for (int i = 0; i < listing.getPhotos().size(); i++) {
            listing.getPhotos().get(i).setPosition(i);
        }
    }

    /** The draft's category: an offered one, or the retired one the listing has already ({@code current}). */
    private Category category(ListingDraft draft, Category current) {
        Category category = em.find(Category.class, draft.getCategoryCode());
        if (category == null || category.isRetired() && !category.getCode().equals(
                current == null ? null : current.getCode())) {
            throw new ListingException("listing.category.unknown");
        }
        return category;
    }

    /** Categories for the form, in taxonomy order: those offered, and the retired one a listing keeps ({@code keep}). */
    @jakarta.annotation.security.PermitAll
    public List<Category> categories(String keep) {
        return em.createNamedQuery(Category.ALL, Category.class).getResultList().stream()
                .filter(c -> !c.isRetired() || c.getCode().equals(keep)).toList();
    }
}
