package market.atelier.it;

import java.io.ByteArrayOutputStream;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Test only: submits Faces forms over plain HTTP the way a browser does, with its own cookies. Like a browser, it
 * names no character set: a non-AJAX form is {@code application/x-www-form-urlencoded} without {@code charset}, and a
 * form with {@code enctype="multipart/form-data"} sends parts without a {@code Content-Type} (what PrimeFaces' AJAX
 * {@code FormData} and a plain submit both do). The text itself is UTF-8, as the page's {@code <meta charset>} asks.
 */
public final class FormClient {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

    private final URL base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private String forwardedFor;

    public FormClient(URL base) {
        this.base = base;
    }

    /** From now on, requests come "from" this address, through the trusted proxy (the test server trusts 127.0.0.1). */
    public void from(String address) {
        this.forwardedFor = address;
    }

    /** The session id this client holds now, or null. */
    public String sessionId() {
        return cookie("JSESSIONID");
    }

    /** The value of this cookie as the client holds it now, or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    /** From now on the client sends this cookie to the site, as if an answer had set it (a later answer replaces it). */
    public void setCookie(String name, String value) {
        try {
            cookies.put(base.toURI(), Map.of("Set-Cookie", java.util.List.of(name + "=" + value + "; path=/")));
        } catch (java.net.URISyntaxException | IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The view state of the (first) Faces form on this page. */
    public static String viewState(String page) {
        Matcher state = VIEW_STATE.matcher(page);
        if (!state.find()) {
            throw new IllegalStateException("no form on the page");
        }
        return state.group(1);
    }

    /**
     * Presses {@code button} of form {@code form} by PrimeFaces AJAX (the form is processed and updated) on the page
     * whose view state is {@code viewState}, with these fields: a later press on a page shown earlier.
     */
    public HttpResponse<String> ajax(String path, String form, String button, String viewState,
            Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(Map.of("jakarta.faces.partial.ajax", "true",
                "jakarta.faces.source", button, "jakarta.faces.partial.execute", form,
                "jakarta.faces.partial.render", form));
        all.put(form, form);
        all.putAll(fields);
        all.put(button, button);
        all.put("jakarta.faces.ViewState", viewState);
        String body = all.entrySet().stream()
                .map(field -> enc(field.getKey()) + "=" + enc(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(Http.resolve(base, path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** Follows the redirect this response asks for (one step). */
    public HttpResponse<String> follow(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElseThrow();
        return send(HttpRequest.newBuilder(response.uri().resolve(location)).GET());
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(Http.resolve(base, path)).GET());
    }

    /** Opens the page, fills in the fields of form {@code form} and presses {@code button} (a non-AJAX submit). */
    public HttpResponse<String> submit(String path, String form, String button, Map<String, String> fields) {
        return post(path, formFields(path, form, button, fields));
    }

    /** Posts these fields as a form, without a character set (as a browser does). */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(field -> enc(field.getKey()) + "=" + enc(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(Http.resolve(base, path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** Like {@link #submit}, for a multipart form whose button saves by PrimeFaces AJAX and updates the form. */
    public HttpResponse<String> submitMultipartAjax(String path, String form, String button, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(Map.of("jakarta.faces.partial.ajax", "true",
                "jakarta.faces.source", button, "jakarta.faces.partial.execute", form,
                "jakarta.faces.partial.render", form));
        all.putAll(formFields(path, form, button, fields));
        String boundary = "----AtelierTestBoundary" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        all.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(Http.resolve(base, path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private Map<String, String> formFields(String path, String form, String button, Map<String, String> fields) {
        Matcher state = VIEW_STATE.matcher(get(path).body());
        if (!state.find()) {
            throw new IllegalStateException("no form on " + path);
        }
        Map<String, String> all = new LinkedHashMap<>();
        all.put(form, form);
        all.putAll(fields);
        all.put(button, button);
        all.put("jakarta.faces.ViewState", state.group(1));
        return all;
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
