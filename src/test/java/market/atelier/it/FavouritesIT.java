package market.atelier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import market.atelier.account.Account;
import market.atelier.catalog.Category;
import market.atelier.catalog.Listing;
import market.atelier.catalog.ListingStatus;
import market.atelier.favourite.FavouriteException;
import market.atelier.favourite.FavouriteService;
import market.atelier.favourite.SavedPiece;
import market.atelier.shared.Money;
import market.atelier.shop.Shop;
import market.atelier.shop.ShopStatus;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Favourites belong to one account: saving twice saves once, another shopper's favourites are never touched, only
 * pieces for sale and live shops can be saved, and pieces that stop being for sale are listed as gone.
 */
@ExtendWith(ArquillianExtension.class)
class FavouritesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.atelier(FavouritesIT.class, AsShopper.class, AsShopper.ThrowingRunnable.class,
                Fixtures.class);
    }

    @Inject
    private FavouriteService favourites;

    @Inject
    private AsShopper asShopper;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    private long ann;
    private long ben;
    private long piece;
    private long other;
    private long shop;

    @BeforeEach
    void twoShoppersAndAShop() throws Exception {
        tx.begin();
        String run = Long.toString(System.nanoTime());
        ann = Fixtures.account(em, "ann-" + run + "@it.atelier").getId();
        ben = Fixtures.account(em, "ben-" + run + "@it.atelier").getId();
        Account maker = Fixtures.account(em, "maker-" + run + "@it.atelier");
        Shop s = Fixtures.shop(em, maker, "Favourite Studio " + run);
        piece = listing(s, "Ring " + run);
        other = listing(s, "Brooch " + run);
        tx.commit();
        shop = s.getId();
    }

    private long listing(Shop s, String title) {
        Listing listing = new Listing(s, title, em.find(Category.class, "rings"), Money.euros(5_000), Instant.now());
        listing.setStock(1);
        listing.setStatus(ListingStatus.ACTIVE);
        em.persist(listing);
        em.flush();
        return listing.getId();
    }

    @Test
    void savingTwiceSavesOnceAndForgettingTouchesOnlyMine() throws Exception {
        asShopper.run(() -> {
            favourites.savePiece(ann, piece);
            favourites.savePiece(ann, piece);
            favourites.savePiece(ann, other);
            favourites.saveShop(ann, shop);
            favourites.saveShop(ann, shop);
            favourites.savePiece(ben, piece);
        });
        assertEquals(List.of(other, piece), asShopper.call(() -> favourites.savedPieceIds(ann)), "newest first, once each");
        assertEquals(Set.of(shop), asShopper.call(() -> favourites.savedShopIds(ann)));

        // Ben forgets "his" copy of Ann's favourites: only his own rows go.
        asShopper.run(() -> {
            favourites.forgetPiece(ben, piece);
            favourites.forgetPiece(ben, other);
            favourites.forgetShop(ben, shop);
        });
        assertEquals(List.of(other, piece), asShopper.call(() -> favourites.savedPieceIds(ann)));
        assertEquals(Set.of(shop), asShopper.call(() -> favourites.savedShopIds(ann)));
        assertEquals(List.of(), asShopper.call(() -> favourites.savedPieceIds(ben)));

        asShopper.run(() -> favourites.forgetPiece(ann, other));
        assertEquals(List.of(piece), asShopper.call(() -> favourites.savedPieceIds(ann)));
    }

    @Test
    void onlyPiecesForSaleAndLiveShopsCanBeSavedAndGonePiecesAreListedAsGone() throws Exception {
        asShopper.run(() -> favourites.savePiece(ann, piece));
        tx.begin();
        em.find(Listing.class, piece).setStatus(ListingStatus.SOLD_OUT);
        Listing draft = em.find(Listing.class, other);
        draft.setStatus(ListingStatus.DRAFT);
        tx.commit();

        FavouriteException refused = assertThrows(FavouriteException.class,
                () -> asShopper.run(() -> favourites.savePiece(ann, other)));
        assertEquals("favourites.error.piece", refused.getMessageKey());
        assertThrows(FavouriteException.class, () -> asShopper.run(() -> favourites.savePiece(ann, 987_654_321L)));

        List<SavedPiece> gone = asShopper.call(() -> favourites.unavailablePieces(ann));
        assertEquals(1, gone.size());
        assertEquals(piece, gone.get(0).listingId());
        assertTrue(gone.get(0).soldOut(), "sold, not just gone");

        tx.begin();
        em.find(Shop.class, shop).setStatus(ShopStatus.SUSPENDED);
        tx.commit();
        assertThrows(FavouriteException.class, () -> asShopper.run(() -> favourites.saveShop(ann, shop)));
        assertEquals(List.of(), asShopper.call(() -> favourites.savedShops(ann)), "an off-sale shop is not listed");
    }

    @Test
    void visitorsCannotCallTheService() {
        assertThrows(EJBAccessException.class, () -> favourites.savePiece(ann, piece));
    }
}
