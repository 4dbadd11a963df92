package org.freqbias.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.freqbias.core.design.InverseDesign;
import org.freqbias.core.design.WantedTimes;
import org.freqbias.core.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The design worker without any UI: a new request cancels the running one; a refused one reports why. */
@Timeout(120)
class DesignServiceTest {

    @Test
    void aNewRequestCancelsTheRunningOneAndOnlyItReports() throws Exception {
        Session s = ServicesTest.small();
        try (DesignService service = new DesignService()) {
            service.request(1, s, WantedTimes.together(8));
            service.request(2, s, WantedTimes.reversed(8));
            DesignService.Outcome o = next(service);
            assertEquals(2, o.request().id(), "the newest request reports");
            assertNotNull(o.design(), o.error());
            // Independent of the worker: the same design run directly gives the same rho.
            assertEquals(InverseDesign.design(s, WantedTimes.reversed(8), InverseDesign.SILENT).rho(), o.design().rho());
            Thread.sleep(500);
            assertNull(service.poll(), "the cancelled request never reports");
        }
    }

    @Test
    void aRefusedRequestReportsTheReason() throws Exception {
        try (DesignService service = new DesignService()) {
            service.request(5, ServicesTest.small(), WantedTimes.together(1000));
            DesignService.Outcome o = next(service);
            assertEquals(5, o.request().id());
            assertNull(o.design());
            assertTrue(o.error().contains("beyond the PDE's frequency range"), o.error());
        }
    }

    private static DesignService.Outcome next(DesignService service) throws InterruptedException {
        DesignService.Outcome o;
        while ((o = service.poll()) == null) {
            Thread.sleep(10);
        }
        return o;
    }
}
