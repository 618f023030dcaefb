package com.marketchats.app.instance;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One process per data folder (DESIGN.md §3): the first start takes the folder's {@link InstanceLock}
 * and listens on its {@link InstanceChannel}; a later start on the same folder opens nothing, hands its
 * command line to the first (which brings its window to the front) and ends. Different data folders
 * run side by side.
 */
public final class SingleInstance {

    private static final Logger LOG = LoggerFactory.getLogger(SingleInstance.class);

    /** What a start on a data folder turned out to be. */
    public sealed interface Claim permits Owner, HandedOver, NotAnswering {
    }

    /** This process owns the folder: it holds the lock and hears later starts through {@link #activations()}. */
    public record Owner(InstanceLock lock, InstanceChannel channel, ActivationRelay activations)
            implements Claim, AutoCloseable {

        /** Whether the process before this one ended without closing its cabinets. */
        public boolean previousRunUnclean() {
            return lock.previousRunUnclean();
        }

        /** Stops listening, then records a clean exit: call it after every cabinet is closed. */
        @Override
        public void close() throws IOException {
            channel.close();
            lock.close();
        }
    }

    /** Another process owns the folder and has shown its window. */
    public record HandedOver() implements Claim {
    }

    /** Another process owns the folder but did not answer in time (it hangs, or is shutting down). */
    public record NotAnswering() implements Claim {
    }

    private SingleInstance() {
    }

    /**
     * Takes {@code dataDirectory} (which must exist and be writable) for this process, or hands
     * {@code args} to the process that has it, waiting for its answer at most {@code timeout}.
     *
     * @throws IOException when the lock file or the socket cannot be made
     */
    public static Claim claim(Path dataDirectory, List<String> args, Duration timeout) throws IOException {
        Optional<InstanceLock> lock = InstanceLock.tryAcquire(dataDirectory);
        if (lock.isEmpty()) {
            boolean answered = InstanceChannel.handOver(dataDirectory, args, timeout);
            LOG.info("Market Chats already runs on {}; {}", dataDirectory,
                    answered ? "it was asked to show its window" : "it did not answer");
            return answered ? new HandedOver() : new NotAnswering();
        }
        ActivationRelay activations = new ActivationRelay();
        try {
            InstanceChannel channel = InstanceChannel.listen(dataDirectory, activations::request);
            if (lock.get().previousRunUnclean()) {
                LOG.warn("The last run on {} did not end cleanly; every unsent reply is looked for in its chat before it goes",
                        dataDirectory);
            }
            return new Owner(lock.get(), channel, activations);
        } catch (IOException | RuntimeException e) {
            lock.get().abandon();
            throw e;
        }
    }
}
