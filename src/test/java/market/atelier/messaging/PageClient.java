package market.atelier.messaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import market.atelier.it.Http;

/**
 * Test only: an HTTP client with its own cookies that signs in through the sign-in form, fills Faces forms and
 * reads pages. Redirects are not followed, so a test sees each step. With {@link #from(String)} every request
 * says it was forwarded for that address (the test server trusts 127.0.0.1 as a proxy), one "client" per address.
 */
public final class PageClient {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

    private final URL base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private String forwardedFor;

    private PageClient(URL base) {
        this.base = base;
    }

    public static PageClient anonymous(URL base) {
        return new PageClient(base);
    }

    public static PageClient signedIn(URL base, String email, String password) {
        PageClient page = new PageClient(base);
        HttpResponse<String> response = page.signIn(email, password);
        if (response.statusCode() / 100 != 3) {
            throw new IllegalStateException("sign-in failed for " + email + ": " + response.statusCode());
        }
        return page;
    }

    /** From now on, requests come "from" this address, through the trusted proxy. */
    public PageClient from(String address) {
        this.forwardedFor = address;
        return this;
    }

    /** Posts the sign-in form (opening it first if this client has no form yet); the answer is not followed. */
    public HttpResponse<String> signIn(String email, String password) {
        return submit("/login", "login", Map.of("email", email, "password", password));
    }

    /** Opens a page, fills the fields of its Faces form {@code form} (ids without the form prefix) and submits it. */
    public HttpResponse<String> submit(String path, String form, Map<String, String> fields) {
        Matcher state = VIEW_STATE.matcher(get(path).body());
        if (!state.find()) {
            throw new IllegalStateException("no form on " + path);
        }
        Map<String, String> body = new LinkedHashMap<>();
        body.put(form, form);
        fields.forEach((name, value) -> body.put(form + ":" + name, value));
        body.put(form + ":submit", "x");
        body.put("jakarta.faces.ViewState", state.group(1));
        return post(path, body);
    }

    public HttpResponse<String> post(String path, Map<String, String> fields) {
        List<String> pairs = new ArrayList<>();
        fields.forEach((name, value) -> pairs.add(enc(name) + "=" + enc(value)));
        return send(HttpRequest.newBuilder(Http.resolve(base, path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs))));
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(Http.resolve(base, path)).GET());
    }

    /** Follows the redirect this response asks for (one step). */
    public HttpResponse<String> follow(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElseThrow();
        return send(HttpRequest.newBuilder(response.uri().resolve(location)).GET());
    }

    /** The session id this client holds now, or null. */
    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
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
