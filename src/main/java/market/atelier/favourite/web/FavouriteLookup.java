package market.atelier.favourite.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashSet;
import java.util.Set;
import market.atelier.account.web.CurrentAccount;
import market.atelier.favourite.FavouriteService;

/**
 * {@code #{favourites.piece(id)}} and {@code #{favourites.shop(id)}}: whether the hearts on this page are filled.
 * Visitors cost nothing; a signed-in shopper costs one query per page for pieces and one for shops, whatever the
 * number of cards.
 */
@Named("favourites")
@RequestScoped
public class FavouriteLookup {

    @Inject
    private CurrentAccount current;

    @EJB
    private FavouriteService service;

    private Set<Long> pieces;
    private Set<Long> shops;

    public boolean piece(long listingId) {
        if (pieces == null) {
            pieces = current.id().map(account -> (Set<Long>) new HashSet<>(service.savedPieceIds(account)))
                    .orElse(Set.of());
        }
        return pieces.contains(listingId);
    }

    public boolean shop(long shopId) {
        if (shops == null) {
            shops = current.id().map(service::savedShopIds).orElse(Set.of());
        }
        return shops.contains(shopId);
    }
}
