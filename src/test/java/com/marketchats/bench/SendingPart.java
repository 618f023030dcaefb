package com.marketchats.bench;

import com.marketchats.service.outbox.OutboxBench;

/**
 * Figure 3: a burst of 500 messages and 50 files through the outbox under the sandbox's time-scaled
 * limits ({@link OutboxBench}): achieved ÷ allowed rate on loopback, across a window a neighbour spent,
 * and with 50 ms answers; and the 420 answers met (must be none).
 */
final class SendingPart implements BenchPart {

    @Override
    public String name() {
        return "sending";
    }

    @Override
    public void run(int runs, Results results) throws Exception {
        try (OutboxBench bench = OutboxBench.standard()) {
            bench.round();
            for (int run = 0; run < runs; run++) {
                OutboxBench.Round round = bench.round();
                results.add("send.slowAnswers", "Sending 500+50, 50 ms answers: achieved ÷ allowed", "×",
                        Target.atLeast(0.95), round.slowAnswers());
                results.add("send.loopback", "Sending 500+50, loopback: achieved ÷ allowed", "×", Target.atLeast(0.95),
                        round.fresh());
                results.add("send.acrossWindow", "Sending 500, across a spent window: achieved ÷ allowed", "×",
                        Target.atLeast(0.95), round.acrossAWindow());
                results.add("send.rateLimited", "Sending: 420 answers", "", Target.atMost(0), round.rateLimited());
            }
        }
    }
}
