package market.atelier.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import market.atelier.shared.AtelierConfig;

/**
 * Which digests an account gets. Changed by the account itself ({@code /account/mail-preferences}, the caller passes
 * the signed-in account's id) or, without signing in, through the unsubscribe link of a digest: its token is random
 * (256 bits), one per account, and only turns digests off. Read by the sender just before a digest goes out, so a
 * digest already queued is not sent once its kind is off.
 */
@Stateless
@PermitAll
public class MailPreferences {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    /** The account's settings, made (all digests on) on first use. */
    public MailSettings of(long accountId) {
        MailSettings settings = em.find(MailSettings.class, accountId);
        if (settings == null) {
            byte[] token = new byte[32];
            RANDOM.nextBytes(token);
            settings = new MailSettings(accountId, Base64.getUrlEncoder().withoutPadding().encodeToString(token));
            em.persist(settings);
        }
        return settings;
    }

    public boolean wants(long accountId, MailKind kind) {
        MailSettings settings = em.find(MailSettings.class, accountId);
        return settings == null || settings.wants(kind);
    }

    /** The signed-in account sets both digests. */
    public void save(long accountId, boolean messages, boolean verification) {
        MailSettings settings = of(accountId);
        settings.set(MailKind.DIGEST_MESSAGES, messages);
        settings.set(MailKind.DIGEST_VERIFICATION, verification);
    }

    /** Turns the digest of this link off; empty if the token or the kind is not one (nothing changes then). */
    public Optional<MailKind> unsubscribe(String token, String kindParameter) {
        Optional<MailKind> kind = kindOf(kindParameter);
        if (token == null || token.length() != 43 || kind.isEmpty()) {
            return Optional.empty();
        }
        Optional<MailSettings> settings = em.createQuery("SELECT s FROM MailSettings s WHERE s.unsubscribeToken = :t",
                MailSettings.class).setParameter("t", token).getResultStream().findFirst();
        settings.ifPresent(s -> s.set(kind.get(), false));
        return settings.map(s -> kind.get());
    }

    /** The unsubscribe address for one digest kind of this account (no sign-in needed). */
    public String unsubscribeUrl(MailSettings settings, MailKind kind) {
        return AtelierConfig.publicUrl() + "/mail/unsubscribe?t=" + settings.getUnsubscribeToken() + "&k="
                + parameterOf(kind);
    }

    static String parameterOf(MailKind kind) {
        return kind == MailKind.DIGEST_MESSAGES ? "messages" : "verification";
    }

    static Optional<MailKind> kindOf(String parameter) {
        if (parameter == null) {
            return Optional.empty();
        }
        return switch (parameter.toLowerCase(Locale.ROOT)) {
            case "messages" -> Optional.of(MailKind.DIGEST_MESSAGES);
            case "verification" -> Optional.of(MailKind.DIGEST_VERIFICATION);
            default -> Optional.empty();
        };
    }
}
