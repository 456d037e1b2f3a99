/**
 * E-mail: services queue a {@link market.atelier.mail.Mail} in the {@link market.atelier.mail.MailOutbox} inside their
 * own transaction; the outbox sends it later, so a slow or absent mail server never blocks or rolls back business.
 */
package market.atelier.mail;
