package com.fks.copilot.perf;

import com.fks.copilot.engine.ring.RingThreading;

import java.nio.file.Path;

/** Where the harness's latency ends: at a loopback SSE client, at engine state, or nowhere (the baseline). */
public enum MeasuringPoint {
    /** Tick → SSE bytes at a loopback client, through the whole app. */
    SSE {
        @Override
        TickTarget open(Path dataDir, RingThreading threading, int ringSize, ArrivalLog arrivals) throws Exception {
            return SseDashboardTarget.open(dataDir, threading, ringSize, arrivals);
        }
    },
    /** Massive trade frame written on a loopback WebSocket → feed client → ring → SSE bytes at a loopback client. */
    FRAME {
        @Override
        TickTarget open(Path dataDir, RingThreading threading, int ringSize, ArrivalLog arrivals) throws Exception {
            return MassiveFrameTarget.open(dataDir, threading, ringSize, arrivals);
        }
    },
    /** Tick → engine state applied, through journal and engine stages only. */
    ENGINE {
        @Override
        TickTarget open(Path dataDir, RingThreading threading, int ringSize, ArrivalLog arrivals) {
            return EngineStateTarget.open(dataDir, threading, ringSize, arrivals);
        }
    },
    /** Tick → recorded on the sending thread: the harness and machine alone, the floor for the other points. */
    BASELINE {
        @Override
        TickTarget open(Path dataDir, RingThreading threading, int ringSize, ArrivalLog arrivals) {
            return new BaselineTarget(arrivals);
        }
    };

    abstract TickTarget open(Path dataDir, RingThreading threading, int ringSize, ArrivalLog arrivals) throws Exception;
}
