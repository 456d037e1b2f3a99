/**
 * Search over public listings: a Lucene index in the data directory (BM25, English and German stemming, facet
 * counts, spelling correction), rebuilt from the database when missing or out of step, and kept in step by
 * {@link market.atelier.catalog.search.CatalogChanged} events after each commit, and on several servers by the change
 * feed in the database (each server's changes, read by every other). Depends on catalog, shop and verification
 * (read only) and on shared (the datasource).
 */
package market.atelier.catalog.search;
