/**
 * Money, slugs, configuration, media storage, persistence and web helpers. Depends on no other Atelier package.
 */
package market.atelier.shared;
