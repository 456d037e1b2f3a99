/**
 * Reviews of delivered pieces and shop quality figures. Uses {@code order}, {@code shop}, {@code account} and {@code shared}.
 */
package market.atelier.review;
