/**
 * Favourites: the pieces and shops a shopper saved. Owns Favourite. Uses {@code catalog} and {@code shop} (what may
 * be saved: public pieces of live shops, live shops).
 */
package market.atelier.favourite;
