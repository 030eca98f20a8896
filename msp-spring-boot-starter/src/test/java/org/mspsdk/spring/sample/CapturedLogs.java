package org.mspsdk.spring.sample;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/** A Logback appender on the root logger that keeps every event, with the messages of its exceptions. */
final class CapturedLogs implements AutoCloseable {

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    CapturedLogs() {
        appender.start();
        root.addAppender(appender);
    }

    /** @return every line logged: level, logger, message, and each exception in its chain with its message */
    List<String> lines() {
        List<String> out = new ArrayList<>();
        for (ILoggingEvent e : List.copyOf(appender.list)) {
            out.add(e.getLevel() + " " + e.getLoggerName() + " " + e.getFormattedMessage());
            for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
                out.add("  " + t.getClassName() + ": " + t.getMessage());
                for (IThrowableProxy s : t.getSuppressed()) {
                    out.add("  suppressed " + s.getClassName() + ": " + s.getMessage());
                }
            }
        }
        return out;
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
    }
}
