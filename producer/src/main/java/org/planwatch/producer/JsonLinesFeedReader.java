package org.planwatch.producer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON Lines: one object per line with PlanWatch's fields ({@code region, indicator, year,
 * value}, optionally {@code unit, vintage, status}); numbers may be JSON numbers or strings. Blank
 * lines are skipped; a line that is not an object, or lacks a field, is rejected with its number.
 */
final class JsonLinesFeedReader implements FeedReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public FeedBatch read(String text, String name, FeedMapping mapping) {
        return read(text, name);
    }

    FeedBatch read(String text, String name) {
        List<RawReading> readings = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String location = name + ":" + (i + 1);
            try {
                JsonNode node = JSON.readTree(line);
                if (!node.isObject()) {
                    throw new IllegalArgumentException("not a JSON object");
                }
                Map<String, String> fields = new HashMap<>();
                node.fields()
                        .forEachRemaining(f -> fields.put(
                                f.getKey(),
                                f.getValue().isNull() ? null : f.getValue().asText()));
                readings.add(OwnLayout.reading(fields, location, line));
            } catch (JsonProcessingException e) {
                rejections.add(
                        new Rejection(location, Rejection.UNREADABLE, "not JSON: " + e.getOriginalMessage(), line));
            } catch (IllegalArgumentException e) {
                rejections.add(new Rejection(location, OwnLayout.reasonOf(e), e.getMessage(), line));
            }
        }
        return new FeedBatch(name, FeedFormat.JSONL, readings, rejections);
    }
}
