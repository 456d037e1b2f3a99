package market.atelier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import market.atelier.account.Account;
import market.atelier.account.AccountService;
import market.atelier.catalog.Listing;
import market.atelier.catalog.ListingDraft;
import market.atelier.catalog.ListingException;
import market.atelier.catalog.ListingPhoto;
import market.atelier.catalog.ListingService;
import market.atelier.catalog.ListingStatus;
import market.atelier.shared.AccessRefused;
import market.atelier.shared.MediaStore.StoredImage;
import market.atelier.shop.ShopService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Listings: an artisan reads and changes only their own, for every operation, whatever id they send. */
@ExtendWith(ArquillianExtension.class)
class ListingOwnershipIT {

    private static final StoredImage PHOTO = new StoredImage("0123456789abcdef0123456789abcdef", 800, 1000);

    @Deployment
    static WebArchive deployment() {
        return Deployments.atelier(ListingOwnershipIT.class, ShopOwnershipIT.class, AsShopper.class,
                AsShopper.ThrowingRunnable.class);
    }

    @Inject
    private ListingService listings;

    @Inject
    private ShopService shops;

    @Inject
    private AccountService accounts;

    @Inject
    private AsShopper asShopper;

    @PersistenceContext
    private EntityManager em;

    private Account alice;
    private Account bob;
    private Account shopper;
    private long aliceListing;
    private long alicePhoto;

    static ListingDraft draft(String title) {
        ListingDraft draft = new ListingDraft();
        draft.setTitle(title);
        draft.setCategoryCode("rings");
        draft.setPrice(new BigDecimal("89.50"));
        draft.setStock(2);
        draft.setMaterials(List.of("925 silver"));
        return draft;
    }

    @BeforeEach
    void aliceHasAListingWithTwoPhotosAndBobHasAShop() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        alice = accounts.signUp("alice-l-" + marker + "@it.atelier", "Alice", "alice's long password");
        bob = accounts.signUp("bob-l-" + marker + "@it.atelier", "Bob", "bob's long password");
        shopper = accounts.signUp("sam-l-" + marker + "@it.atelier", "Sam", "sam's long password");
        asShopper.run(() -> {
            shops.open(alice.getId(), ShopOwnershipIT.profile("Alice Rings " + marker));
            shops.open(bob.getId(), ShopOwnershipIT.profile("Bob Rings " + marker));
        });
        aliceListing = asShopper.call(() -> listings.create(alice.getId(), draft("Alice's ring"))).getId();
        alicePhoto = asShopper.call(() -> listings.addPhoto(alice.getId(), aliceListing, PHOTO, "First photo")).getId();
        asShopper.call(() -> listings.addPhoto(alice.getId(), aliceListing, PHOTO, "Second photo"));
    }

    private Listing reload() {
        em.clear();
        Listing listing = em.find(Listing.class, aliceListing);
        listing.getPhotos().size();
        return listing;
    }

    @Test
    void theOwnerEditsPublishesReordersAndArchives() throws Exception {
        asShopper.call(() -> listings.update(alice.getId(), aliceListing, draft("Alice's hammered ring")));
        asShopper.call(() -> listings.publish(alice.getId(), aliceListing));
        asShopper.run(() -> listings.movePhoto(alice.getId(), aliceListing, alicePhoto, 1));
        Listing listing = reload();
        assertEquals("Alice's hammered ring", listing.getTitle());
        assertEquals(ListingStatus.ACTIVE, listing.getStatus());
        assertEquals("Second photo", listing.getPrimaryPhoto().getAltText(), "the other photo is primary now");
        asShopper.call(() -> listings.archive(alice.getId(), aliceListing));
        assertEquals(ListingStatus.ARCHIVED, reload().getStatus());
    }

    @Test
    void anotherArtisanIsRefusedEveryOperationAndNothingChanges() {
        long bobId = bob.getId();
        List<AsShopper.ThrowingRunnable> attempts = List.of(
                () -> listings.own(bobId, aliceListing),
                () -> listings.update(bobId, aliceListing, draft("Stolen")),
                () -> listings.publish(bobId, aliceListing),
                () -> listings.archive(bobId, aliceListing),
                () -> listings.duplicate(bobId, aliceListing),
                () -> listings.addPhoto(bobId, aliceListing, PHOTO, "Bob's photo"),
                () -> listings.removePhoto(bobId, aliceListing, alicePhoto),
                () -> listings.movePhoto(bobId, aliceListing, alicePhoto, 1),
                () -> listings.setAltText(bobId, aliceListing, alicePhoto, "Bob was here"));
        for (AsShopper.ThrowingRunnable attempt : attempts) {
            assertThrows(AccessRefused.class, () -> asShopper.run(attempt));
        }
        assertUnchanged();
        assertTrue(asShopperRows(bobId).isEmpty(), "Bob's dashboard does not list Alice's piece");
    }

    @Test
    void aPhotoIdFromAnotherListingIsRefusedEvenOnYourOwnListing() throws Exception {
        long bobListing = asShopper.call(() -> listings.create(bob.getId(), draft("Bob's ring"))).getId();
        assertThrows(AccessRefused.class,
                () -> asShopper.run(() -> listings.removePhoto(bob.getId(), bobListing, alicePhoto)));
        assertUnchanged();
    }

    @Test
    void aShopperWithoutAShopAndAnonymousCallersAreRefused() {
        long samId = shopper.getId();
        assertThrows(AccessRefused.class, () -> asShopper.run(() -> listings.update(samId, aliceListing, draft("Sam's"))));
        assertThrows(AccessRefused.class, () -> asShopper.run(() -> listings.create(samId, draft("No shop"))));
        assertThrows(EJBAccessException.class, () -> listings.update(alice.getId(), aliceListing, draft("Anonymous")));
        assertThrows(EJBAccessException.class, () -> listings.removePhoto(alice.getId(), aliceListing, alicePhoto));
        assertUnchanged();
    }

    @Test
    void publishingNeedsAPhotoAndPhotosNeedAltText() throws Exception {
        long bare = asShopper.call(() -> listings.create(alice.getId(), draft("No photo yet"))).getId();
        ListingException noPhoto = assertThrows(ListingException.class,
                () -> asShopper.call(() -> listings.publish(alice.getId(), bare)));
        assertEquals("listing.publish.needsPhoto", noPhoto.getMessageKey());
        ListingException noAlt = assertThrows(ListingException.class,
                () -> asShopper.call(() -> listings.addPhoto(alice.getId(), bare, PHOTO, "  ")));
        assertEquals("listing.photos.altRequired", noAlt.getMessageKey());
        assertEquals(ListingStatus.DRAFT, em.find(Listing.class, bare).getStatus());
    }

    @Test
    void aOneOfAKindPieceNeverHasMoreThanOne() throws Exception {
        ListingDraft unique = draft("Only one");
        unique.setOneOfAKind(true);
        unique.setStock(5);
        long id = asShopper.call(() -> listings.create(alice.getId(), unique)).getId();
        assertEquals(1, em.find(Listing.class, id).getStock());
    }

    private List<?> asShopperRows(long accountId) {
        try {
            return asShopper.call(() -> listings.ownListings(accountId)).stream()
                    .filter(row -> row.getId() == aliceListing).toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void assertUnchanged() {
        Listing listing = reload();
        assertEquals("Alice's ring", listing.getTitle());
        assertEquals(ListingStatus.DRAFT, listing.getStatus());
        assertEquals(List.of("First photo", "Second photo"),
                listing.getPhotos().stream().map(ListingPhoto::getAltText).toList());
    }
}
