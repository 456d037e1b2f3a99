/**
 * Conversations between shoppers and shops. Uses {@code shop}, {@code account} and {@code shared}.
 */
package market.atelier.messaging;
