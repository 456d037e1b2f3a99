/**
 * Money, slugs, configuration, media storage, persistence and web helpers, and the lease that runs a scheduled job
 * once across servers. Depends on no other Atelier package.
 */
package market.atelier.shared;
