package org.planwatch.producer;

import java.util.List;

/** What one feed file gave: the rows that can be published and the rows that cannot. */
public record FeedBatch(String feed, FeedFormat format, List<RawReading> readings, List<Rejection> rejections) {
    public FeedBatch {
        readings = List.copyOf(readings);
        rejections = List.copyOf(rejections);
    }

    public FeedBatch(String feed, List<RawReading> readings, List<Rejection> rejections) {
        this(feed, FeedFormat.CSV, readings, rejections);
    }
}
