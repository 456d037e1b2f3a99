package market.atelier.browser;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import market.atelier.it.Http;

/** Mails queued for an address, read through the test deployment's {@code AccountMailFixtureServlet}. */
final class Mailbox {

    /** One mail: its id, subject, language (of the HTML part), the link in it (path and query) and the plain text. */
    record Mail(long id, String subject, String lang, String link, String text) {
    }

    private Mailbox() {
    }

    /** The newest mail of this kind to this address after the mail with id {@code after} (0: any); waits for it. */
    static Mail latest(URL base, String to, String kind, long after) {
        HttpResponse<String> response = Http.get(base, "test-account-mail/latest?to=" + encode(to) + "&kind=" + kind
                + "&after=" + after);
        if (response.statusCode() != 200) {
            throw new AssertionError("no " + kind + " mail to " + to + " (HTTP " + response.statusCode() + ")");
        }
        String body = response.body();
        int split = body.indexOf("\n--\n");
        Map<String, String> head = new LinkedHashMap<>();
        for (String line : body.substring(0, split).split("\n")) {
            int eq = line.indexOf('=');
            head.put(line.substring(0, eq), line.substring(eq + 1));
        }
        return new Mail(Long.parseLong(head.get("id")), head.get("subject"), head.get("lang"), head.get("link"),
                body.substring(split + 4));
    }

    static Mail latest(URL base, String to, String kind) {
        return latest(base, to, kind, 0);
    }

    static int count(URL base, String to, String kind) {
        return Integer.parseInt(Http.get(base, "test-account-mail/count?to=" + encode(to) + "&kind=" + kind).body());
    }

    /** Every link of this kind for this account has expired an hour ago. */
    static void expireLinks(URL base, String to, String tokenKind) {
        Http.get(base, "test-account-mail/expire?to=" + encode(to) + "&kind=" + tokenKind);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
