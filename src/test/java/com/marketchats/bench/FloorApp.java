package com.marketchats.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;

/**
 * The start-up floor (issue 16): the least a JavaFX window with a list and a text box costs on a runtime, a
 * BorderPane with a ListView of 200 strings and a TextArea and nothing else, measured by the app's own probe
 * rule ({@code StartupProbe}): from the process's start to the pulse after the list laid out its rows. The
 * benchmark starts it beside the app, on the same runtime with the same heap options, and reports the app's
 * start as a multiple of it.
 */
public final class FloorApp extends Application {

    private final Runnable onPulse = this::pulse;
    private Scene scene;
    private ListView<String> list;
    private boolean rowsLaidOut;

    /** @param args the file to write the milliseconds to */
    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        list = new ListView<>(FXCollections.observableArrayList(
                IntStream.range(0, 200).mapToObj(i -> "Chat " + i).toList()));
        BorderPane root = new BorderPane(new TextArea());
        root.setLeft(list);
        scene = new Scene(root, 1024, 700);
        scene.addPostLayoutPulseListener(onPulse);
        stage.setScene(scene);
        stage.show();
    }

    private void pulse() {
        if (rowsLaidOut) {
            scene.removePostLayoutPulseListener(onPulse);
            write(Duration.between(ProcessHandle.current().info().startInstant().orElseThrow(), Instant.now()).toMillis());
            Platform.exit();
        } else if (!list.lookupAll(".list-cell").isEmpty()) {
            rowsLaidOut = true;
            Platform.requestNextPulse();
        }
    }

    private void write(long millis) {
        Path file = Path.of(getParameters().getRaw().get(0));
        try {
            Files.writeString(file, Long.toString(millis));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the start-up time to " + file, e);
        }
    }
}
