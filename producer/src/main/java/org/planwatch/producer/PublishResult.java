package org.planwatch.producer;

import java.util.List;

/**
 * What a publish did: readings the broker acknowledged, rows rejected before Kafka, and readings
 * sent but not acknowledged (never counted as published).
 */
public record PublishResult(int published, List<Rejection> rejected, List<Rejection> failed, List<String> readingIds) {

    /** 0 when every row was published, 2 when some were rejected or failed. */
    public int exitCode() {
        return rejected.isEmpty() && failed.isEmpty() ? 0 : 2;
    }

    /** The one-line summary automation and people read. */
    public String summary() {
        return "published " + published + ", rejected " + rejected.size()
                + (failed.isEmpty() ? "" : ", failed " + failed.size());
    }
}
