package com.marketchats.app.instance;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class InstanceLockTest {

    @TempDir
    Path data;

    @Test
    void aHeldLockIsNotTakenTwiceAndIsFreeOnceClosed() throws Exception {
        InstanceLock first = InstanceLock.tryAcquire(data).orElseThrow();
        assertThat(InstanceLock.tryAcquire(data)).isEmpty();
        first.close();
        Optional<InstanceLock> again = InstanceLock.tryAcquire(data);
        assertThat(again).isPresent();
        again.get().close();
    }

    @Test
    void theFirstRunOnAFolderAndARunAfterACleanExitAreClean() throws Exception {
        InstanceLock first = InstanceLock.tryAcquire(data).orElseThrow();
        assertThat(first.previousRunUnclean()).isFalse();
        first.close();
        assertThat(Files.readString(data.resolve(InstanceLock.FILE_NAME))).isEqualTo("clean");
        InstanceLock second = InstanceLock.tryAcquire(data).orElseThrow();
        assertThat(second.previousRunUnclean()).isFalse();
        second.close();
    }

    @Test
    void aRunThatNeverClosedItsCabinetsIsSeenByTheNextStart() throws Exception {
        InstanceLock crashed = InstanceLock.tryAcquire(data).orElseThrow();
        assertThat(Files.readString(data.resolve(InstanceLock.FILE_NAME))).startsWith("running " + ProcessHandle.current().pid());
        // What the OS does for a killed process: the lock goes, the file's word stays.
        crashed.abandon();
        InstanceLock next = InstanceLock.tryAcquire(data).orElseThrow();
        assertThat(next.previousRunUnclean()).isTrue();
        next.close();
        InstanceLock afterThat = InstanceLock.tryAcquire(data).orElseThrow();
        assertThat(afterThat.previousRunUnclean()).isFalse();
        afterThat.close();
    }
}
