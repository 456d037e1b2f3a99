/**
 * Demo data, seeded into an empty database in Development stage or when ATELIER_DEMO=true; never otherwise. Uses every feature's entities.
 */
package market.atelier.demo;
