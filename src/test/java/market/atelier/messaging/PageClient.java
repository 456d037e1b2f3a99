package market.atelier.messaging;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import market.atelier.it.FormClient;

/** Test only: an HTTP client with its own cookies that signs in through the sign-in form and reads pages. */
final class PageClient {

    private final FormClient client;

    private PageClient(FormClient client) {
        this.client = client;
    }

    static PageClient signedIn(URL base, String email, String password) {
        FormClient client = new FormClient(base);
        HttpResponse<String> response = client.submit("/login", "login", "login:submit",
                Map.of("login:email", email, "login:password", password, "continue", ""));
        if (response.statusCode() / 100 != 3) {
            throw new IllegalStateException("sign-in failed for " + email + ": " + response.statusCode());
        }
        return new PageClient(client);
    }

    HttpResponse<String> get(String path) {
        return client.get(path);
    }
}
