/**
 * Handmade verification: applications, evidence, the rubric, badges and their public history. Uses {@code shop}, {@code account} and {@code shared}.
 */
package market.atelier.verification;
