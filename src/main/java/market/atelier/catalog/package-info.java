/**
 * Listings, their photos, categories, search: owns Listing, ListingPhoto, Category. Uses {@code shop} and {@code shared}.
 */
package market.atelier.catalog;
