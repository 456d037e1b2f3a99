/**
 * Cart, checkout, orders, payments and the ledger. Uses {@code catalog}, {@code shop}, {@code account} and {@code shared}.
 */
package market.atelier.order;
