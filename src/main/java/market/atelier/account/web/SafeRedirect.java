package market.atelier.account.web;

/** Where to go after signing in: only a path on this site, never another host. */
public final class SafeRedirect {

    private SafeRedirect() {
    }

    public static String localPath(String target) {
        if (target == null || !target.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")
                || target.contains("\r") || target.contains("\n") || target.length() > 2000) {
            return "/";
        }
        return target;
    }
}
