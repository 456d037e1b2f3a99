/**
 * The admin back office (issue 16): marketplace figures, accounts (search, suspension, roles, never without an
 * admin), categories (add, rename, retire) and the audit log's search. Uses every feature's entities through their
 * tables and services ({@code account}, {@code shop}, {@code catalog}, {@code verification}, {@code order}) and
 * {@code shared} ({@link market.atelier.shared.AuditLog}, which the features call themselves); nothing uses admin.
 */
package market.atelier.admin;
