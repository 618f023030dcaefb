package com.marketchats.app.instance;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class InstanceChannelTest {

    @TempDir
    Path data;

    @Test
    void aLaterStartsArgumentsReachTheListenerAndItAnswers() throws Exception {
        List<List<String>> heard = new CopyOnWriteArrayList<>();
        try (InstanceChannel channel = InstanceChannel.listen(data, heard::add)) {
            boolean answered = InstanceChannel.handOver(data, List.of("--lang=ru", "--data-dir=/a b/ц"), Duration.ofSeconds(5));
            assertThat(answered).isTrue();
            assertThat(heard).containsExactly(List.of("--lang=ru", "--data-dir=/a b/ц"));
        }
        assertThat(InstanceChannel.socketPath(data)).doesNotExist();
    }

    @Test
    void aHolderThatAcceptsButNeverAnswersIsGivenUpOnInTime() throws Exception {
        try (ServerSocketChannel mute = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            mute.bind(UnixDomainSocketAddress.of(InstanceChannel.socketPath(data)));
            long started = System.nanoTime();
            assertThat(InstanceChannel.handOver(data, List.of(), Duration.ofMillis(800))).isFalse();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void nobodyListeningIsGivenUpOnInTime() {
        assertThat(InstanceChannel.handOver(data, List.of(), Duration.ofMillis(500))).isFalse();
    }

    @Test
    void aSocketFileLeftByAKilledProcessIsReplaced() throws Exception {
        Files.writeString(InstanceChannel.socketPath(data), "left behind");
        List<List<String>> heard = new CopyOnWriteArrayList<>();
        try (InstanceChannel channel = InstanceChannel.listen(data, heard::add)) {
            assertThat(InstanceChannel.handOver(data, List.of(), Duration.ofSeconds(5))).isTrue();
        }
        assertThat(heard).hasSize(1);
    }

    @Test
    void aDataFolderTooDeepForASocketAddressUsesTheTemporaryFolder() throws Exception {
        Path deep = data.resolve("x".repeat(60)).resolve("y".repeat(60));
        Files.createDirectories(deep);
        Path socket = InstanceChannel.socketPath(deep);
        assertThat(socket.getParent()).isEqualTo(Path.of(System.getProperty("java.io.tmpdir")));
        assertThat(InstanceChannel.socketPath(deep)).isEqualTo(socket);
        assertThat(InstanceChannel.socketPath(data)).isEqualTo(data.resolve(InstanceChannel.SOCKET_NAME));
        List<List<String>> heard = new CopyOnWriteArrayList<>();
        try (InstanceChannel channel = InstanceChannel.listen(deep, heard::add)) {
            assertThat(InstanceChannel.handOver(deep, List.of("x"), Duration.ofSeconds(5))).isTrue();
        }
        assertThat(heard).containsExactly(List.of("x"));
    }
}
