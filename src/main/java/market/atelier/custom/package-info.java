/**
 * Made to order: a shopper's request to a shop that takes custom orders, the artisan's quote or refusal, the private
 * listing (reserved for that shopper) an accepted quote becomes, and progress photos on the shop order. Owns
 * CustomRequest and ProgressUpdate. Uses {@code shop}, {@code catalog} (Listing), {@code order} (CartService,
 * ShopOrder) and {@code notification}.
 */
package market.atelier.custom;
