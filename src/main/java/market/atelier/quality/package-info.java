/**
 * A shop's public quality figures (review averages by aspect, sales, on-time shipping, first-response time,
 * cancellations, not-as-described returns) over the last 90 days and all time, recomputed when the events that move
 * them happen and daily by a timer, never on a page view; and the computed Trusted maker badge.
 */
package market.atelier.quality;
