package org.planwatch.producer;

import java.util.List;

/**
 * What a publish did: readings the broker acknowledged, rows rejected before Kafka, and readings
 * sent but not acknowledged (never counted as published).
 */
public record PublishResult(int published, List<Rejection> rejected, List<Rejection> failed, List<Sent> sent) {

    /** A row handed to Kafka, by its location in the feed, and the id its event carries. */
    public record Sent(String location, String readingId) {}

    /** The ids of the events sent, in the feed's order. */
    public List<String> readingIds() {
        return sent.stream().map(Sent::readingId).toList();
    }

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
