package com.marketchats.api;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.stream.Collectors;

/** Collects what the client logs under {@code com.marketchats.api}, for asserting on it. */
final class LogCapture implements AutoCloseable {

    private final Logger logger = (Logger) LoggerFactory.getLogger("com.marketchats.api");
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    LogCapture() {
        appender.start();
        logger.addAppender(appender);
    }

    List<ILoggingEvent> events() {
        return List.copyOf(appender.list);
    }

    /** Every event as one text: the formatted message, the arguments and any exception's messages. */
    List<String> texts() {
        return events().stream().map(LogCapture::fullText).collect(Collectors.toList());
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        appender.stop();
    }

    private static String fullText(ILoggingEvent event) {
        StringBuilder text = new StringBuilder(event.getFormattedMessage());
        for (var proxy = event.getThrowableProxy(); proxy != null; proxy = proxy.getCause()) {
            text.append(" | ").append(proxy.getClassName()).append(": ").append(proxy.getMessage());
        }
        return text.toString();
    }
}
