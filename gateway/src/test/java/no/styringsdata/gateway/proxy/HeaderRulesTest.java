package no.styringsdata.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.net.HostAndPort;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HeaderRulesTest {

    @Test
    void startsTheForwardedChainWithTheClient() {
        assertEquals("10.0.0.7", ForwardedHeaders.appendFor(null, "10.0.0.7"));
        assertEquals("10.0.0.7", ForwardedHeaders.appendFor(" ", "10.0.0.7"));
    }

    @Test
    void appendsTheClientToAnEarlierChainOnce() {
        assertEquals("203.0.113.9, 10.0.0.7", ForwardedHeaders.appendFor("203.0.113.9", "10.0.0.7"));
        // Behind a trusted proxy the client address was read from that very header.
        assertEquals("198.51.100.1, 203.0.113.9", ForwardedHeaders.appendFor("198.51.100.1, 203.0.113.9", "203.0.113.9"));
    }

    @Test
    void tellsTheBackendThePortTheClientUsed() {
        assertEquals(8080, ForwardedHeaders.port(HostAndPort.create("localhost", 8080), "http"));
        assertEquals(443, ForwardedHeaders.port(HostAndPort.create("data.example.no", -1), "https"));
        assertEquals(80, ForwardedHeaders.port(HostAndPort.create("data.example.no", -1), "http"));
    }

    @Test
    void keepsOnlySaneRequestIds() {
        assertTrue(RequestIds.isSane("client-42.a"));
        assertTrue(RequestIds.isSane("0f8b6c1e-3b1d-4c59-a3a4-2b1c5e0e9d11"));
        assertFalse(RequestIds.isSane(""));
        assertFalse(RequestIds.isSane("two words"));
        assertFalse(RequestIds.isSane("x".repeat(129)));
        assertFalse(RequestIds.isSane("line\nbreak"));
    }

    @Test
    void makesUniqueUuidShapedRequestIds() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = RequestIds.newId();
            assertTrue(id.matches("[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), id);
            assertTrue(RequestIds.isSane(id), id);
            assertTrue(ids.add(id), "repeated: " + id);
        }
        UUID uuid = UUID.fromString(RequestIds.newId());
        assertEquals(8, uuid.version());
        assertEquals(2, uuid.variant());
    }
}
