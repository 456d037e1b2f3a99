/**
 * Favourites: the pieces and shops a shopper saved. Owns Favourite. Uses {@code catalog}, {@code shop} (what may
 * be saved: public pieces of live shops, live shops) and {@code account} (a deleted account's favourites go).
 */
package market.atelier.favourite;
