package com.fks.copilot.gateway.app;

import com.fks.copilot.gateway.massive.FakeMassive;
import com.fks.copilot.gateway.massive.FuturesContract;
import com.fks.copilot.gateway.verify.Check;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** verify's Massive key check is 'copilot feed''s first call, the front-month listing, against a fake Massive. */
class VerifyMassiveKeyTest {
    private FakeMassive massive;

    @BeforeEach
    void fake() throws Exception {
        Instant nine = Instant.parse("2026-11-16T14:00:00Z");
        massive = new FakeMassive(nine, nine.plusSeconds(3600), 50)
                .listing("MGC", new FuturesContract("MGCG9", "MGC", null, LocalDate.of(2029, 2, 24)));
    }

    @AfterEach
    void stop() {
        massive.close();
    }

    @Test
    void anAcceptedKeyPassesNamingTheFrontMonths() throws Exception {
        Check.Result result = check(FakeMassive.KEY);
        assertEquals(Check.Outcome.PASS, result.outcome(), result.detail());
        assertTrue(result.detail().startsWith("key accepted; front months MGCG9"), result.detail());
    }

    @Test
    void aRefusedKeyFails() throws Exception {
        Check.Result result = check("wrong-key");
        assertEquals(Check.Outcome.FAIL, result.outcome());
        assertTrue(result.detail().startsWith("Massive refused the key"), result.detail());
    }

    @Test
    void noKeyIsNotChecked() throws Exception {
        assertEquals(Check.Outcome.SKIP, check("").outcome());
    }

    private Check.Result check(String key) throws InterruptedException {
        VerifyCommand verify = new VerifyCommand();
        new CommandLine(verify).parseArgs("--massive-key=" + key, "--massive-url", massive.url().toString());
        return verify.massiveKey();
    }
}
