package market.atelier.mail;

import java.nio.file.Path;
import java.time.Duration;
import market.atelier.shared.AtelierConfig;

/**
 * The mail settings the application reads itself (the SMTP server's host, port and TLS are in the mail session,
 * wildfly-config/07-mail.cli). Each from a system property first (tests), then an environment variable.
 */
final class MailConfig {

    private MailConfig() {
    }

    /** Mails go out over SMTP only when a server is named ({@code ATELIER_SMTP_HOST}); otherwise they are kept. */
    static boolean smtp() {
        String host = setting("atelier.smtp.host", "ATELIER_SMTP_HOST");
        return host != null && !host.isBlank();
    }

    static String user() {
        return setting("atelier.smtp.user", "ATELIER_SMTP_USER");
    }

    static String password() {
        return setting("atelier.smtp.password", "ATELIER_SMTP_PASSWORD");
    }

    /** Where mails are kept when there is no SMTP server: {@code <data dir>/mail}. */
    static Path keptDir() {
        return AtelierConfig.dataDir().resolve("mail");
    }

    /** How often digests go out: {@code ATELIER_MAIL_DIGEST_MINUTES}, default 15 (at least one). */
    static Duration digestPeriod() {
        String minutes = setting("atelier.mail.digest.minutes", "ATELIER_MAIL_DIGEST_MINUTES");
        try {
            return Duration.ofMinutes(minutes == null || minutes.isBlank() ? 15 : Math.max(1, Long.parseLong(minutes.trim())));
        } catch (NumberFormatException e) {
            return Duration.ofMinutes(15);
        }
    }

    private static String setting(String property, String env) {
        String value = System.getProperty(property);
        return value != null ? value : System.getenv(env);
    }
}
