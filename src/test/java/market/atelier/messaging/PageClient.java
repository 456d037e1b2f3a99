package market.atelier.messaging;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import market.atelier.it.FormClient;

/**
 * Test only: an HTTP client with its own cookies that signs in through the sign-in form, fills Faces forms and
 * reads pages. Redirects are not followed, so a test sees each step. With {@link #from(String)} every request
 * says it was forwarded for that address (the test server trusts 127.0.0.1 as a proxy), one "client" per address.
 */
public final class PageClient {

    private final FormClient client;

    private PageClient(URL base) {
        this.client = new FormClient(base);
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
        client.from(address);
        return this;
    }

    /** Posts the sign-in form (opening it first if this client has no form yet); the answer is not followed. */
    public HttpResponse<String> signIn(String email, String password) {
        return submit("/login", "login", Map.of("email", email, "password", password));
    }

    /** Opens a page, fills the fields of its Faces form {@code form} (ids without the form prefix) and submits it. */
    public HttpResponse<String> submit(String path, String form, Map<String, String> fields) {
        Map<String, String> named = new LinkedHashMap<>();
        fields.forEach((name, value) -> named.put(form + ":" + name, value));
        return client.submit(path, form, form + ":submit", named);
    }

    public HttpResponse<String> post(String path, Map<String, String> fields) {
        return client.post(path, fields);
    }

    public HttpResponse<String> get(String path) {
        return client.get(path);
    }

    /** Follows the redirect this response asks for (one step). */
    public HttpResponse<String> follow(HttpResponse<String> response) {
        return client.follow(response);
    }

    /** The session id this client holds now, or null. */
    public String sessionId() {
        return client.sessionId();
    }
}
