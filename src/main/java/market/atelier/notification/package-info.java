/**
 * In-app notifications: a dated line of text (an i18n key and its arguments) with a link, for one account.
 * Other features call {@link market.atelier.notification.NotificationService}; this package depends only on account.
 */
package market.atelier.notification;
