/**
 * Search over public listings: a Lucene index in the data directory (BM25, English and German stemming, facet
 * counts, spelling correction), rebuilt from the database when missing or out of step, and kept in step by
 * {@link market.atelier.catalog.search.CatalogChanged} events after each commit. Depends on catalog, shop and
 * verification (read only).
 */
package market.atelier.catalog.search;
