/**
 * Artisan shops and their public profile: owns Shop. Uses {@code account} (the owner) and {@code shared}.
 */
package market.atelier.shop;
