/**
 * Accounts, roles and sign-in: owns Account and Role. Uses only {@code shared}.
 */
package market.atelier.account;
