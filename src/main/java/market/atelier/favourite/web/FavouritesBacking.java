package market.atelier.favourite.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import market.atelier.account.web.CurrentAccount;
import market.atelier.catalog.CatalogService;
import market.atelier.catalog.ListingCard;
import market.atelier.favourite.FavouriteService;
import market.atelier.favourite.SavedPiece;
import market.atelier.shop.Shop;
import market.atelier.verification.web.BadgeLookup;
import org.omnifaces.cdi.Param;

/** {@code /account/favourites}: saved pieces for sale, saved pieces gone, saved shops (five queries in all). */
@Named("favouritesPage")
@RequestScoped
public class FavouritesBacking {

    private static final Set<String> NOTICES = Set.of("favourites.error.piece", "favourites.error.shop");

    @Inject
    private CurrentAccount current;

    @EJB
    private FavouriteService service;

    @Inject
    private CatalogService catalog;

    @Inject
    private BadgeLookup badges;

    @Inject
    @Param(name = "notice")
    private String notice;

    private List<ListingCard> pieces;
    private List<SavedPiece> gone;
    private List<Shop> shops;

    /** View action: read everything once. */
    public void load() {
        long account = current.id().orElseThrow();
        pieces = catalog.cards(service.savedPieceIds(account));
        gone = service.unavailablePieces(account);
        shops = service.savedShops(account);
        badges.prefetch(java.util.stream.Stream.concat(pieces.stream().map(ListingCard::getShopId),
                shops.stream().map(Shop::getId)).toList());
    }

    public List<ListingCard> getPieces() {
        return pieces;
    }

    public List<SavedPiece> getGone() {
        return gone;
    }

    public List<Shop> getShops() {
        return shops;
    }

    /** A refusal passed on by the heart's redirect, only if it is one of ours. */
    public String getNotice() {
        return notice != null && NOTICES.contains(notice) ? notice : null;
    }

    public boolean isNothingSaved() {
        return pieces.isEmpty() && gone.isEmpty() && shops.isEmpty();
    }
}
