/**
 * E-mail: services queue a {@link market.atelier.mail.Mail} in the {@link market.atelier.mail.MailOutbox} inside their
 * own transaction; {@link market.atelier.mail.MailPump} sends it after the commit (SMTP through the server's mail
 * session, or kept in the data directory and shown at /dev/mail), so a slow or absent mail server never blocks or
 * rolls back business. Order mails follow the events of {@code order}; digests are made from the notices of
 * {@code notification}. Uses {@code order}, {@code account}, {@code notification} and {@code shared}; nothing uses it
 * but through {@code MailOutbox} and the events it observes.
 */
package market.atelier.mail;
