package market.atelier.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which client a request counts against: the connection, unless a trusted proxy says who it forwards. */
class ClientAddressTest {

    private static final List<String> PROXY = List.of("127.0.0.1");

    @Test
    void anUntrustedConnectionIsTheClientWhateverItsHeaderSays() {
        assertEquals("203.0.113.7", ClientAddress.of("203.0.113.7", "198.51.100.1", PROXY));
        assertEquals("203.0.113.7", ClientAddress.of("203.0.113.7", null, PROXY));
        assertEquals("127.0.0.1", ClientAddress.of("127.0.0.1", "198.51.100.1", List.of()), "no proxy configured");
    }

    @Test
    void aTrustedProxysLastForeignHopIsTheClient() {
        assertEquals("198.51.100.1", ClientAddress.of("127.0.0.1", "198.51.100.1", PROXY));
        assertEquals("198.51.100.1", ClientAddress.of("127.0.0.1", "6.6.6.6, 198.51.100.1", PROXY),
                "what the client wrote itself (6.6.6.6) is not believed");
        assertEquals("198.51.100.1", ClientAddress.of("127.0.0.1", "198.51.100.1, 127.0.0.1", PROXY));
        assertEquals("127.0.0.1", ClientAddress.of("127.0.0.1", "not-an-address", PROXY), "garbage: the proxy itself");
    }

    @Test
    void ipv6ClientsCountPer64Block() {
        assertEquals(ClientAddress.of("2001:db8:1:2::1", null, PROXY), ClientAddress.of("2001:db8:1:2:ffff::9", null, PROXY));
        assertEquals("2001:db8:1:2:0:0:0:0/64", ClientAddress.normalize("[2001:db8:1:2::abcd]"));
        assertEquals("192.0.2.1", ClientAddress.normalize("::ffff:192.0.2.1"));
    }

    @Test
    void hostNamesAndImpossibleAddressesAreNotAddresses() {
        assertNull(ClientAddress.normalize("example.org"));
        assertNull(ClientAddress.normalize("999.1.1.1"));
        assertNull(ClientAddress.normalize(":::::"));
    }
}
