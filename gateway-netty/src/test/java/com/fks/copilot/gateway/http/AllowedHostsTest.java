package com.fks.copilot.gateway.http;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AllowedHostsTest {

    @Test
    void hostOfDropsThePortAndIpv6Brackets() {
        assertEquals("127.0.0.1", AllowedHosts.hostOf("127.0.0.1:8000"));
        assertEquals("::1", AllowedHosts.hostOf("[::1]:8000"));
        assertEquals("localhost", AllowedHosts.hostOf("LocalHost"));
    }

    @Test
    void aLoopbackBindAnswersToLoopbackNamesOnly() {
        AllowedHosts hosts = AllowedHosts.forBind("127.0.0.1");
        assertTrue(hosts.allows("localhost:8000"));
        assertTrue(hosts.allows("[::1]:8000"));
        assertFalse(hosts.allows("rebound.evil.example:8000"), "DNS rebinding");
        assertFalse(hosts.allows(null), "HTTP/1.1 without Host");
    }

    @Test
    void aLanBindAnswersToItsAddressToo() {
        assertTrue(AllowedHosts.forBind("192.168.1.20").allows("192.168.1.20:8000"));
    }

    @Test
    void aNameGivenBySettingIsAnsweredToWhateverItsCase() {
        AllowedHosts hosts = AllowedHosts.forBind("127.0.0.1", java.util.List.of("Trading-PC.lan"));
        assertTrue(hosts.allows("trading-pc.lan:8000"));
        assertFalse(hosts.allows("other-pc.lan:8000"));
    }

    @Test
    void jsonIsJsonWithOrWithoutACharset() {
        assertTrue(CrossSiteGuard.isJson("application/json"));
        assertTrue(CrossSiteGuard.isJson("Application/JSON; charset=utf-8"));
        assertFalse(CrossSiteGuard.isJson("text/plain"));
        assertFalse(CrossSiteGuard.isJson("application/json-patch+json"));
        assertFalse(CrossSiteGuard.isJson(null));
    }
}
