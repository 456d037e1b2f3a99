package market.atelier.messaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import market.atelier.it.Http;

/** Test only: an HTTP client with its own cookies that signs in through the sign-in form and reads pages. */
final class PageClient {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

    private final URL base;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    private PageClient(URL base) {
        this.base = base;
    }

    static PageClient signedIn(URL base, String email, String password) {
        PageClient page = new PageClient(base);
        String form = page.get("/login").body();
        Matcher state = VIEW_STATE.matcher(form);
        if (!state.find()) {
            throw new IllegalStateException("no view state on the sign-in page");
        }
        String body = "login=login&login%3Aemail=" + enc(email) + "&login%3Apassword=" + enc(password)
                + "&login%3Asubmit=x&continue=&jakarta.faces.ViewState=" + enc(state.group(1));
        HttpResponse<String> response = page.send(HttpRequest.newBuilder(Http.resolve(base, "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (response.statusCode() / 100 != 3) {
            throw new IllegalStateException("sign-in failed for " + email + ": " + response.statusCode());
        }
        return page;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(Http.resolve(base, path)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
