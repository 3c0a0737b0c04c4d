package nl.labtafel.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Catches the records a java.util.logging logger is given, for a test to read; {@link #close()} lets go of it. */
public final class LogRecords extends Handler implements AutoCloseable {
    private final Logger logger;
    private final List<LogRecord> records = new ArrayList<>();

    private LogRecords(Logger logger) {
        this.logger = logger;
        logger.addHandler(this);
    }

    /** From now on, the records of {@code logger} (the root logger "" for all of them). */
    public static LogRecords of(String logger) {
        return new LogRecords(Logger.getLogger(logger));
    }

    @Override
    public synchronized void publish(LogRecord r) {
        records.add(r);
    }

    /** The messages logged so far by the logger named {@code name}, in order. */
    public synchronized List<String> messagesOf(String name) {
        return records.stream().filter(r -> name.equals(r.getLoggerName())).map(LogRecord::getMessage).toList();
    }

    /** Every record caught so far, in order. */
    public synchronized List<LogRecord> all() {
        return List.copyOf(records);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
