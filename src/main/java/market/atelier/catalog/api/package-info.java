/** The public read API ({@code /api}): JSON over the same search and the same badge data as the pages. */
package market.atelier.catalog.api;
