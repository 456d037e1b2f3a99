package market.atelier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two Atelier servers (the provisioned {@code target/server}, each with its own base folder, ports +310 and +320)
 * behind HAProxy (port 8410) on one PostgreSQL database ({@code atelier_cluster_it}, created afresh), all on the
 * loopback, started as processes the way {@code ./run --cluster 2} starts them. Two shoppers sign in, fill their carts
 * and open checkout on server A; A is killed with SIGKILL just as one of them pays, and both carry on through the
 * balancer on server B: still signed in, the cart as it was, the checkout page (a view-scoped bean holding the order's
 * idempotency key and what the page showed) still answering. The shopper whose answer was lost presses Pay again and
 * gets the order A made, not a second one; the one-of-a-kind piece that shopper bought is sold once, also to the other
 * shopper who had it in the cart. Runs in the PostgreSQL pass ({@code -Dit.db=postgresql}, .ci/run); skipped on H2,
 * which a second server cannot share. Needs {@code haproxy} on the PATH.
 */
@Timeout(value = 9, unit = TimeUnit.MINUTES)
class ClusterIT {

    private static final int OFFSET_A = 310;
    private static final int OFFSET_B = 320;
    private static final int BALANCER = 8410;
    private static final String DATABASE = "atelier_cluster_it";
    private static final String CLUSTER = "atelier-cluster-it";
    private static final Duration STARTUP = Duration.ofMinutes(5);
    private static final Pattern PLACED = Pattern.compile("<redirect url=\"[^\"]*placed=(\\d+)");
    private static final Pattern NEW_STATE = Pattern.compile(
            "jakarta.faces.ViewState:0\"><!\\[CDATA\\[([^\\]]*)\\]\\]>");
    private static final Map<String, String> PAY = Map.of("checkout:name", "Zofia Łukasiewicz-Weiß",
            "checkout:line1", "Große Straße 12 – Hof", "checkout:line2", "", "checkout:postcode", "10115",
            "checkout:city", "Köln", "checkout:country", "DE", "checkout:card", "4242 4242 4242 4242",
            "checkout:expiry", "12/30", "checkout:cvc", "123");

    private static final Path ROOT = Path.of(System.getProperty("atelier.war", "target/atelier.war"))
            .toAbsolutePath().getParent().resolve("cluster-it");
    private static final List<Process> STARTED = new ArrayList<>();
    private static Node serverA;
    private static Node serverB;

    @BeforeAll
    @Timeout(value = 7, unit = TimeUnit.MINUTES)
    static void startTwoServersAndTheBalancer() throws Exception {
        assumeTrue("postgresql".equals(System.getProperty("atelier.it.db")),
                "two servers share one PostgreSQL database: run with -Dit.db=postgresql");
        assertTrue(onPath("haproxy"), "ClusterIT needs HAProxy on the PATH (Debian: apt-get install haproxy)");
        Runtime.getRuntime().addShutdownHook(new Thread(ClusterIT::stopEverything));
        psql("postgres", "DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        psql("postgres", "CREATE DATABASE " + DATABASE);
        deleteTree(ROOT);
        Files.createDirectories(ROOT);
        Path war = ROOT.resolve("atelier.war"); // the real WAR and the test fixtures (two-shops)
        Deployments.atelier(ClusterIT.class).as(ZipExporter.class).exportTo(war.toFile(), true);

        Instant deadline = Instant.now().plus(STARTUP);
        serverA = Node.start("a", OFFSET_A, war);
        serverA.awaitHealthy(deadline); // the first one alone migrates the schema
        serverB = Node.start("b", OFFSET_B, war);
        serverB.awaitHealthy(deadline);
        serverA.awaitClusterOfTwo(deadline);
        serverB.awaitClusterOfTwo(deadline);
        startBalancer();
        awaitHealthy(BALANCER, null, deadline);
    }

    @AfterAll
    static void stopEverything() {
        synchronized (STARTED) {
            STARTED.forEach(ClusterIT::kill);
            STARTED.clear();
        }
    }

    @Test
    void shoppersCarryOnOnTheOtherServerAfterKill9AndEveryPieceIsSoldOnce() throws Exception {
        String run1 = "one" + Long.toString(System.nanoTime(), 36);
        String run2 = "two" + Long.toString(System.nanoTime(), 36);
        long[] pieces1 = fixture(run1); // unique brooch A, stacking ring A (stock 5), unique brooch B, ring B
        long[] pieces2 = fixture(run2);
        long sought = pieces2[0]; // the one-of-a-kind brooch both shoppers want

        FormClient one = signedInOnServerA(run1);
        FormClient two = signedInOnServerA(run2);
        addToCart(one, pieces1[0]);
        addToCart(one, pieces1[1]);
        addToCart(one, sought);
        addToCart(two, sought);
        String checkoutOne = checkoutPage(one, "Unique brooch A " + run1, "Stacking ring A " + run1,
                "Unique brooch A " + run2);
        String checkoutTwo = checkoutPage(two, "Unique brooch A " + run2);
        assertEquals("atelier-a", one.cookie("ATELIER_NODE"), "the balancer kept shopper one on server A");
        assertEquals("atelier-a", two.cookie("ATELIER_NODE"), "the balancer kept shopper two on server A");

        // A visitor on server B sees the piece on offer; B's page cache keeps that page for 5 s.
        FormClient visitorOnB = new FormClient(new URL("http://127.0.0.1:" + (8080 + OFFSET_B) + "/"));
        String soughtPage = "/listings/" + sought;
        assertTrue(visitorOnB.get(soughtPage).body().contains("id=\"add-to-cart\""), "B offers the piece");

        // Shopper two pays on A; A is killed as soon as the order is committed, before or while it answers.
        CompletableFuture<HttpResponse<String>> lost = CompletableFuture.supplyAsync(
                () -> two.ajax("/account/checkout", "checkout", "checkout:place", checkoutTwo, PAY));
        awaitOrders("shopper-" + run2, 1);
        Instant sold = Instant.now();
        serverA.kill();

        // The sale on A reaches B through the change feed (the row committed with the order): B drops its kept page
        // and shows the piece sold out within 2 s, though A died.
        while (visitorOnB.get(soughtPage).body().contains("id=\"add-to-cart\"")) {
            assertTrue(Duration.between(sold, Instant.now()).toMillis() < 2_000,
                    "server B still offers the piece sold on A two seconds later");
            Thread.sleep(50);
        }
        try {
            lost.get(60, TimeUnit.SECONDS); // whatever came back (an answer, a 502, a reset) is not looked at
        } catch (java.util.concurrent.ExecutionException e) {
            // the connection died with the server: the shopper saw nothing
        }

        // Shopper one carries on through the balancer, now on B: signed in, the cart as it was.
        HttpResponse<String> cart = one.get("/cart");
        assertEquals(200, cart.statusCode());
        assertEquals("atelier-b", cart.headers().firstValue("X-Served-By").orElse(null), "served by B");
        assertEquals("atelier-b", one.cookie("ATELIER_NODE"), "the balancer moved shopper one to server B");
        assertTrue(cart.body().contains("data-signed-in=\"true\""), "still signed in on B");
        for (String title : List.of("Unique brooch A " + run1, "Stacking ring A " + run1, "Unique brooch A " + run2)) {
            assertTrue(cart.body().contains(title), "the cart still holds " + title);
        }
        assertEquals(200, one.get("/account/orders").statusCode(), "account pages open without signing in again");

        // Shopper two, who never saw an answer, presses Pay again on the page A showed: the order A made, once.
        HttpResponse<String> retried = two.ajax("/account/checkout", "checkout", "checkout:place", checkoutTwo, PAY);
        long orderTwo = placed(retried);
        assertEquals(List.of(orderTwo), orderIds("shopper-" + run2), "one order, the one A made before it died");
        assertEquals("1", psql(DATABASE, "SELECT count(*) FROM payment p JOIN account a ON a.id = p.account_id"
                + " WHERE a.email = 'shopper-" + run2 + "@it.atelier'"), "charged once");
        assertEquals("0", stock(sought));

        // Shopper one pays on B on the page A showed: the brooch sold meanwhile is refused, the rest is bought.
        HttpResponse<String> refused = one.ajax("/account/checkout", "checkout", "checkout:place", checkoutOne, PAY);
        assertEquals(200, refused.statusCode());
        assertFalse(PLACED.matcher(refused.body()).find(), "no order with a piece sold to someone else");
        assertEquals(List.of(), orderIds("shopper-" + run1));
        HttpResponse<String> bought = one.ajax("/account/checkout", "checkout", "checkout:place",
                newState(refused, checkoutOne), PAY);
        long orderOne = placed(bought);
        assertEquals(List.of(orderOne), orderIds("shopper-" + run1));
        assertEquals("2", psql(DATABASE, "SELECT count(*) FROM order_line l JOIN shop_order s ON s.id = l.shop_order_id"
                + " WHERE s.order_id = " + orderOne), "shopper one bought their own two pieces");
        assertEquals("1", psql(DATABASE, "SELECT count(*) FROM order_line WHERE listing_id = " + sought),
                "the one-of-a-kind brooch is sold exactly once");
        assertEquals("0", stock(pieces1[0]));
        assertEquals("4", stock(pieces1[1]));
        assertTrue(one.get("/account/orders?placed=" + orderOne).body().contains("Stacking ring A " + run1));
    }

    // ---- the journey's steps ---------------------------------------------------------------------------------

    /** The fixture's pieces, made on server A directly (set-up, not part of the journey). */
    private static long[] fixture(String run) {
        String ids = get(8080 + OFFSET_A, "/test-fixtures/two-shops?run=" + run).body().trim();
        return Stream.of(ids.split(" ")).mapToLong(Long::parseLong).toArray();
    }

    private static FormClient signedInOnServerA(String run) throws IOException {
        FormClient client = new FormClient(new URL("http://127.0.0.1:" + BALANCER + "/"));
        client.setCookie("ATELIER_NODE", "atelier-a"); // as if the balancer had chosen A for this shopper
        HttpResponse<String> signIn = client.submit("/login", "login", "login:submit",
                Map.of("login:email", "shopper-" + run + "@it.atelier", "login:password", FixtureServlet.PASSWORD));
        assertTrue(signIn.statusCode() == 302 || signIn.statusCode() == 303, "signed in: " + signIn.statusCode());
        return client;
    }

    private static void addToCart(FormClient client, long listing) {
        HttpResponse<String> added = client.post("/cart/add", Map.of("listing", Long.toString(listing),
                "quantity", "1"));
        assertEquals(303, added.statusCode(), "added " + listing);
    }

    /** Opens checkout (on A) and answers its view state, after checking it offers these pieces. */
    private static String checkoutPage(FormClient client, String... titles) {
        HttpResponse<String> page = client.get("/account/checkout");
        assertEquals(200, page.statusCode());
        assertEquals("atelier-a", page.headers().firstValue("X-Served-By").orElse(null), "served by A");
        for (String title : titles) {
            assertTrue(page.body().contains(title), "checkout offers " + title);
        }
        return FormClient.viewState(page.body());
    }

    private static long placed(HttpResponse<String> response) {
        Matcher placed = PLACED.matcher(response.body());
        assertTrue(placed.find(), "the order was placed: " + response.statusCode() + " " + response.body());
        return Long.parseLong(placed.group(1));
    }

    /** The view state an AJAX answer carries, or the one sent (it stays valid). */
    private static String newState(HttpResponse<String> response, String sent) {
        Matcher state = NEW_STATE.matcher(response.body());
        return state.find() ? state.group(1) : sent;
    }

    private static List<Long> orderIds(String shopper) {
        String ids = psql(DATABASE, "SELECT o.id FROM customer_order o JOIN account a ON a.id = o.account_id"
                + " WHERE a.email = '" + shopper + "@it.atelier' ORDER BY o.id");
        return ids.isEmpty() ? List.of() : Stream.of(ids.split("\n")).map(Long::valueOf).toList();
    }

    private static void awaitOrders(String shopper, int count) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(90);
        while (orderIds(shopper).size() < count) {
            if (Instant.now().isAfter(deadline)) {
                fail("no order for " + shopper + " within 90 s");
            }
            Thread.sleep(50);
        }
    }

    private static String stock(long listing) {
        return psql(DATABASE, "SELECT stock FROM listing WHERE id = " + listing);
    }

    // ---- processes ------------------------------------------------------------------------------------------

    /** One WildFly of the cluster, started from target/server with a base folder of its own. */
    private record Node(String name, int offset, Path base, Process process) {

        static Node start(String name, int offset, Path war) throws IOException {
            Path server = war.getParent().getParent().resolve("server");
            Path base = ROOT.resolve("node-" + name);
            copyTree(server.resolve("standalone/configuration"), base.resolve("configuration"));
            Path config = base.resolve("configuration/standalone.xml");
            // a deployment the Arquillian server recorded would point at content this base folder does not have
            Files.writeString(config, Files.readString(config).replaceAll("(?s)<deployments>.*?</deployments>", ""));
            Files.createDirectories(base.resolve("deployments"));
            Files.createDirectories(base.resolve("data"));
            Files.copy(war, base.resolve("deployments/atelier.war"));
            ProcessBuilder builder = new ProcessBuilder(server.resolve("bin/standalone.sh").toString(),
                    "-Djboss.server.base.dir=" + base, "-Djboss.socket.binding.port-offset=" + offset,
                    "-Djboss.node.name=atelier-" + name, "-Djboss.tx.node.id=atelier-" + name,
                    "-Datelier.cluster.name=" + CLUSTER, "-Datelier.cluster.discovery=" + ROOT.resolve("discovery"),
                    "-Datelier.data.dir=" + base.resolve("data"), "-Datelier.db=postgresql", "-Datelier.demo=false",
                    "-Datelier.stage=Production", "-Datelier.trusted.proxy=127.0.0.1", "-Djava.awt.headless=true")
                    .redirectErrorStream(true).redirectOutput(base.resolve("console.log").toFile());
            builder.environment().put("POSTGRESQL_DATABASE", DATABASE);
            builder.environment().put("POSTGRESQL_USER", pgUser());
            builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
            Process process = started(builder);
            return new Node(name, offset, base, process);
        }

        void awaitHealthy(Instant deadline) throws InterruptedException {
            ClusterIT.awaitHealthy(8080 + offset, this, deadline);
        }

        /** Until this server's log shows the application's session cache spread over both servers. */
        void awaitClusterOfTwo(Instant deadline) throws InterruptedException, IOException {
            Path log = base.resolve("log/server.log");
            while (!(Files.exists(log) && Files.readString(log, StandardCharsets.ISO_8859_1).lines()
                    .anyMatch(line -> line.contains("[Context=atelier.war] ISPN100010")
                            && line.contains("[atelier-a, atelier-b]")))) {
                if (Instant.now().isAfter(deadline)) {
                    fail("server " + name + " saw no cluster of two within " + STARTUP + "\n" + tail());
                }
                Thread.sleep(500);
            }
        }

        /** kill -9 of the server's JVM (and of its start script). */
        void kill() throws InterruptedException {
            List<ProcessHandle> jvms = process.toHandle().descendants().toList();
            jvms.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            for (ProcessHandle jvm : jvms) {
                jvm.onExit().orTimeout(30, TimeUnit.SECONDS).join();
            }
            process.waitFor(30, TimeUnit.SECONDS);
        }

        String tail() {
            try {
                List<String> lines = Files.readString(base.resolve("console.log"), StandardCharsets.ISO_8859_1)
                        .lines().toList();
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
            } catch (IOException e) {
                return "(no console.log: " + e + ")";
            }
        }
    }

    private static void startBalancer() throws IOException {
        StringBuilder config = new StringBuilder("""
                global
                    maxconn 512
                defaults
                    mode http
                    timeout connect 2s
                    timeout client 60s
                    timeout server 60s
                    retries 3
                    option redispatch 1
                    option forwardfor
                frontend atelier
                    bind 127.0.0.1:%d
                    http-request del-header Upgrade if { req.hdr(Upgrade) -i h2c }
                    http-request del-header HTTP2-Settings
                    default_backend servers
                backend servers
                    balance roundrobin
                    cookie ATELIER_NODE insert indirect nocache httponly
                    http-response set-header X-Served-By %%s
                    option httpchk GET /health
                    http-check expect status 200
                    default-server inter 1s fall 2 rise 2
                """.formatted(BALANCER));
        for (Node node : List.of(serverA, serverB)) {
            config.append("    server atelier-").append(node.name()).append(" 127.0.0.1:").append(8080 + node.offset())
                    .append(" check cookie atelier-").append(node.name()).append('\n');
        }
        Path file = ROOT.resolve("haproxy.cfg");
        Files.writeString(file, config);
        started(new ProcessBuilder("haproxy", "-f", file.toString(), "-db").redirectErrorStream(true)
                .redirectOutput(ROOT.resolve("haproxy.log").toFile()));
    }

    private static void awaitHealthy(int port, Node node, Instant deadline) throws InterruptedException {
        while (true) {
            try {
                if (get(port, "/health").statusCode() == 200) {
                    return;
                }
            } catch (UncheckedIOException e) {
                // not listening yet
            }
            if (node != null && !node.process().isAlive()) {
                fail("server " + node.name() + " stopped while starting\n" + node.tail());
            }
            if (Instant.now().isAfter(deadline)) {
                fail("port " + port + " not healthy within " + STARTUP + (node == null ? "" : "\n" + node.tail()));
            }
            Thread.sleep(500);
        }
    }

    private static Process started(ProcessBuilder builder) throws IOException {
        synchronized (STARTED) {
            Process process = builder.start();
            STARTED.add(process);
            return process;
        }
    }

    private static void kill(Process process) {
        process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static HttpResponse<String> get(int port, String path) {
        try {
            return Http.get(new URL("http://127.0.0.1:" + port + "/"), path);
        } catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Runs one statement with psql (trust authentication on the loopback) and answers its output, trimmed. */
    private static String psql(String database, String sql) {
        try {
            Process process = new ProcessBuilder("psql", "-h", System.getenv().getOrDefault("POSTGRESQL_HOST",
                    "127.0.0.1"), "-U", pgUser(), "-d", database, "-v", "ON_ERROR_STOP=1", "-tAc", sql)
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("psql failed: " + sql + "\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String pgUser() {
        return System.getenv().getOrDefault("POSTGRESQL_USER", "postgres");
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
