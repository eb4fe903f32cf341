package org.planwatch.producer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.planwatch.schema.RevisionStatus;

/**
 * Reads an SDMX-JSON data message (1.0, or 2.0 with {@code data.structures}). Series and
 * observations are keyed by positions ({@code "0:2:1"}, observation {@code "3"}) into the value
 * lists of the structure's dimensions; attributes likewise, by index into their value lists, at
 * data-set, series or observation level. Each observation becomes a row located as {@code
 * FILE#series 0:2:1 obs 3}.
 */
final class SdmxJsonFeedReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    FeedBatch read(String text, String name, FeedMapping mapping) {
        List<RawReading> readings = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (IOException e) {
            rejections.add(new Rejection(
                    name + ":1",
                    "not JSON: " + e.getMessage().lines().findFirst().orElse("")));
            return new FeedBatch(name, FeedFormat.SDMX_JSON, readings, rejections);
        }
        JsonNode data = root.has("data") ? root.get("data") : root;
        JsonNode structure = data.has("structures")
                ? data.path("structures").path(0)
                : data.has("structure") ? data.get("structure") : root.path("structure");
        JsonNode dataSets = data.has("dataSets") ? data.get("dataSets") : root.path("dataSets");
        if (structure.isMissingNode() || !dataSets.isArray()) {
            rejections.add(new Rejection(name + ":1", "not an SDMX-JSON data message: no structure or dataSets"));
            return new FeedBatch(name, FeedFormat.SDMX_JSON, readings, rejections);
        }
        List<JsonNode> seriesDims = list(structure.path("dimensions").path("series"));
        List<JsonNode> obsDims = list(structure.path("dimensions").path("observation"));
        List<JsonNode> dataSetAttrs = list(structure.path("attributes").path("dataSet"));
        List<JsonNode> seriesAttrs = list(structure.path("attributes").path("series"));
        List<JsonNode> obsAttrs = list(structure.path("attributes").path("observation"));
        for (JsonNode dataSet : dataSets) {
            Map<String, String> setLevel = attributes(dataSetAttrs, dataSet.path("attributes"));
            if (dataSet.has("series")) {
                fields(dataSet.get("series")).forEach((seriesKey, series) -> {
                    Map<String, String> seriesLevel = new HashMap<>(setLevel);
                    try {
                        seriesLevel.putAll(positions(seriesDims, seriesKey));
                        seriesLevel.putAll(attributes(seriesAttrs, series.path("attributes")));
                    } catch (IllegalArgumentException e) {
                        rejections.add(new Rejection(name + "#series " + seriesKey, e.getMessage()));
                        return;
                    }
                    fields(series.path("observations"))
                            .forEach((obsKey, obs) -> add(
                                    name + "#series " + seriesKey + " obs " + obsKey,
                                    seriesLevel,
                                    obsDims,
                                    obsKey,
                                    obsAttrs,
                                    obs,
                                    mapping,
                                    readings,
                                    rejections));
                });
            } else {
                fields(dataSet.path("observations"))
                        .forEach((obsKey, obs) -> add(
                                name + "#obs " + obsKey,
                                setLevel,
                                obsDims,
                                obsKey,
                                obsAttrs,
                                obs,
                                mapping,
                                readings,
                                rejections));
            }
        }
        return new FeedBatch(name, FeedFormat.SDMX_JSON, readings, rejections);
    }

    private static void add(
            String location,
            Map<String, String> outer,
            List<JsonNode> obsDims,
            String obsKey,
            List<JsonNode> obsAttrs,
            JsonNode obs,
            FeedMapping mapping,
            List<RawReading> readings,
            List<Rejection> rejections) {
        String raw = obs.toString();
        try {
            Map<String, String> fields = new HashMap<>(outer);
            fields.putAll(positions(obsDims, obsKey));
            // an observation is [value, attribute index, attribute index...]
            JsonNode values = obs.isArray() ? obs : JSON.createArrayNode().add(obs);
            JsonNode rest = JSON.createArrayNode();
            for (int i = 1; i < values.size(); i++) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) rest).add(values.get(i));
            }
            fields.putAll(attributes(obsAttrs, rest));
            JsonNode value = values.path(0);
            if (value.isNull() || value.isMissingNode()) {
                throw new IllegalArgumentException("the observation has no value");
            }
            String unitMult = fields.get("UNIT_MULT");
            RevisionStatus revision = Revisions.of(fields.get("OBS_STATUS"));
            readings.add(new RawReading(
                    OwnLayout.text(fields, "REF_AREA"),
                    OwnLayout.text(fields, mapping.indicatorDimension()),
                    SdmxTime.year(OwnLayout.text(fields, "TIME_PERIOD")),
                    OwnLayout.number(value.asText(), "OBS_VALUE"),
                    fields.get("UNIT_MEASURE"),
                    unitMult == null ? 0 : SdmxTime.unitMultiplier(unitMult, mapping),
                    0,
                    revision,
                    location,
                    raw,
                    OwnLayout.decimals(value.asText())));
        } catch (IllegalArgumentException e) {
            rejections.add(new Rejection(location, Rejection.UNREADABLE, e.getMessage(), raw));
        }
    }

    /** Dimension id → value id, from a key of positions such as {@code 0:2:1}. */
    private static Map<String, String> positions(List<JsonNode> dimensions, String key) {
        Map<String, String> out = new HashMap<>();
        String[] positions = key.isEmpty() ? new String[0] : key.split(":", -1);
        if (positions.length != dimensions.size()) {
            throw new IllegalArgumentException("key '" + key + "' has " + positions.length + " positions for "
                    + dimensions.size() + " dimensions");
        }
        for (int i = 0; i < positions.length; i++) {
            JsonNode dim = dimensions.get(i);
            out.put(dim.path("id").asText(), valueAt(dim, positions[i], "dimension"));
        }
        return out;
    }

    /** Attribute id → value id, from a list of indices (null: the attribute is not given). */
    private static Map<String, String> attributes(List<JsonNode> attributes, JsonNode indices) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < Math.min(attributes.size(), indices.size()); i++) {
            JsonNode index = indices.get(i);
            if (index != null && !index.isNull()) {
                out.put(attributes.get(i).path("id").asText(), valueAt(attributes.get(i), index.asText(), "attribute"));
            }
        }
        return out;
    }

    private static String valueAt(JsonNode component, String position, String what) {
        JsonNode values = component.path("values");
        int index;
        try {
            index = Integer.parseInt(position);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " position '" + position + "' is not a number");
        }
        if (index < 0 || index >= values.size()) {
            throw new IllegalArgumentException(
                    what + " " + component.path("id").asText() + " has no value at position " + index);
        }
        JsonNode value = values.get(index);
        return value.has("id")
                ? value.get("id").asText()
                : value.path("value").asText(value.path("name").asText());
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    private static Map<String, JsonNode> fields(JsonNode object) {
        Map<String, JsonNode> out = new java.util.LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), e.getValue());
        }
        return out;
    }
}
