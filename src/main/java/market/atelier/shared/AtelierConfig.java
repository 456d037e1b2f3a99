package market.atelier.shared;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Atelier's settings, each read from a system property first (tests set those) and then from an
 * environment variable (users set those). README's Configuration section lists every one.
 */
public final class AtelierConfig {

    private AtelierConfig() {
    }

    /** Where the H2 database and uploaded files live: {@code ATELIER_DATA_DIR}, default {@code ~/.atelier}. */
    public static Path dataDir() {
        String dir = setting("atelier.data.dir", "ATELIER_DATA_DIR");
        return dir == null || dir.isBlank()
                ? Path.of(System.getProperty("user.home"), ".atelier")
                : Path.of(dir);
    }

    /** {@code h2} (default) or {@code postgresql}: {@code ATELIER_DB}. */
    public static String database() {
        String db = setting("atelier.db", "ATELIER_DB");
        return db == null || db.isBlank() ? "h2" : db.trim().toLowerCase(Locale.ROOT);
    }

    /** The JNDI name of the datasource chosen by {@link #database()}, as configured in wildfly-config/. */
    public static String dataSourceJndiName() {
        return "java:jboss/datasources/Atelier-" + database();
    }

    /** Faces project stage: Development under the run command, Production otherwise. */
    public static boolean isDevelopment() {
        return "Development".equalsIgnoreCase(setting("atelier.stage", "ATELIER_STAGE"));
    }

    /** Demo data: on in Development unless {@code ATELIER_DEMO=false}; elsewhere only with {@code ATELIER_DEMO=true}. */
    public static boolean demoData() {
        String demo = setting("atelier.demo", "ATELIER_DEMO");
        return demo == null || demo.isBlank() ? isDevelopment() : Boolean.parseBoolean(demo.trim());
    }

    /** Served over HTTPS only ({@code ATELIER_SECURE_COOKIES=true}): secure cookies and HSTS. */
    public static boolean secureCookies() {
        String secure = setting("atelier.secure.cookies", "ATELIER_SECURE_COOKIES");
        return secure != null && Boolean.parseBoolean(secure.trim());
    }

    /** Addresses of proxies whose X-Forwarded-For is believed: {@code ATELIER_TRUSTED_PROXY}, comma-separated. */
    public static String trustedProxies() {
        String proxies = setting("atelier.trusted.proxy", "ATELIER_TRUSTED_PROXY");
        return proxies == null ? "" : proxies;
    }

    /**
     * The memory for kept public pages: {@code ATELIER_PAGE_CACHE_MB} megabytes, default 32 but at most an eighth of
     * the heap ({@code -Xmx}).
     */
    public static long pageCacheBytes() {
        String mb = setting("atelier.pageCacheMb", "ATELIER_PAGE_CACHE_MB");
        long fallback = Math.min(32L << 20, Runtime.getRuntime().maxMemory() / 8);
        try {
            return mb == null || mb.isBlank() ? fallback : Math.max(0, Long.parseLong(mb.trim())) << 20;
        } catch (NumberFormatException e) {
            return fallback; // a typing error costs the default, not the pages
        }
    }

    /**
     * Where people reach Atelier, for links in mails: {@code ATELIER_PUBLIC_URL}, default {@code http://localhost:8080}
     * (no trailing slash).
     */
    public static String publicUrl() {
        String url = setting("atelier.public.url", "ATELIER_PUBLIC_URL");
        String base = url == null || url.isBlank() ? "http://localhost:8080" : url.trim();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private static String setting(String property, String env) {
        String value = System.getProperty(property);
        return value != null ? value : System.getenv(env);
    }
}
