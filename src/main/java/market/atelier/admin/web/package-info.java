/**
 * The admin back office's pages under {@code /admin}: overview, accounts, categories, the audit log.
 */
package market.atelier.admin.web;
