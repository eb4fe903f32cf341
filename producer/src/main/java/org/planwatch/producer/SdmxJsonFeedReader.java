package org.planwatch.producer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an SDMX-JSON data message (1.0 with {@code data.structure}, or 2.x with {@code
 * data.structures}, each data set described by the structure its {@code structure} index or the
 * structure's {@code dataSets} list names). Dimensions may sit at data-set level (one value each),
 * series level (the series key {@code "0:2:1"} gives positions into their value lists) or
 * observation level (likewise, the observation key; in a flat data set, one without series, the
 * observation key holds the series dimensions' positions first). An observation is {@code [measure values...,
 * attribute values...]}; an attribute, at any level, is an index into its value list when the
 * structure gives one, otherwise the value itself, as the field guide says. A data set's {@code
 * action} ({@code Delete}, {@code Replace}, {@code Merge}) goes with each observation. What an
 * observation means is {@link SdmxReadings}'s rule; each is located as {@code FILE#series 0:2:1 obs
 * 3} (with {@code dataSet N} first when the message has several).
 */
final class SdmxJsonFeedReader implements FeedReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public FeedBatch read(String text, String name, FeedMapping mapping) {
        SdmxReadings readings = new SdmxReadings(name, FeedFormat.SDMX_JSON, mapping, false);
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (IOException e) {
            readings.refuse(Rejection.ofFile(
                    name + ":1",
                    "not JSON: " + e.getMessage().lines().findFirst().orElse("")));
            return readings.batch();
        }
        JsonNode data = root == null ? JSON.missingNode() : root.has("data") ? root.get("data") : root;
        List<JsonNode> structures = data.has("structures")
                ? list(data.path("structures"))
                : List.of(data.has("structure") ? data.get("structure") : root.path("structure"));
        JsonNode dataSets = data.has("dataSets") ? data.get("dataSets") : root.path("dataSets");
        if (structures.isEmpty() || structures.get(0).isMissingNode() || !dataSets.isArray()) {
            readings.refuse(Rejection.ofFile(name + ":1", "not an SDMX-JSON data message: no structure or dataSets"));
            return readings.batch();
        }
        for (int i = 0; i < dataSets.size(); i++) {
            String at = name + "#" + (dataSets.size() > 1 ? "dataSet " + i + " " : "");
            JsonNode dataSet = dataSets.get(i);
            int index = structureOf(dataSet, i, structures);
            if (index < 0 || index >= structures.size()) {
                readings.refuse(new Rejection(
                        at.strip(),
                        "the data set names structure " + index + "; the message has " + structures.size()));
                continue;
            }
            try {
                new DataSet(structures.get(index), dataSet, at, readings).read();
            } catch (IllegalArgumentException e) {
                readings.refuse(new Rejection(at.strip(), e.getMessage()));
            }
        }
        return readings.batch();
    }

    /** The data set's structure: its own {@code structure} index, else the structure listing it, else the first. */
    private static int structureOf(JsonNode dataSet, int position, List<JsonNode> structures) {
        if (dataSet.has("structure")) {
            return dataSet.path("structure").asInt(-1);
        }
        for (int s = 0; s < structures.size(); s++) {
            for (JsonNode listed : structures.get(s).path("dataSets")) {
                if (listed.asInt(-1) == position) {
                    return s;
                }
            }
        }
        return 0;
    }

    /** One data set read against its structure. */
    private static final class DataSet {
        private final JsonNode dataSet;
        private final String at;
        private final SdmxReadings readings;
        private final List<JsonNode> seriesDims;
        private final List<JsonNode> obsDims;
        private final List<JsonNode> seriesAttrs;
        private final List<JsonNode> obsAttrs;
        private final int measures;
        private final int valueMeasure;
        private final String action;
        private final Map<String, String> setDims = new HashMap<>();
        private final Map<String, String> setAttrs = new HashMap<>();

        DataSet(JsonNode structure, JsonNode dataSet, String at, SdmxReadings readings) {
            this.dataSet = dataSet;
            this.at = at;
            this.readings = readings;
            JsonNode dimensions = structure.path("dimensions");
            JsonNode attributes = structure.path("attributes");
            seriesDims = list(dimensions.path("series"));
            obsDims = list(dimensions.path("observation"));
            seriesAttrs = list(attributes.path("series"));
            obsAttrs = list(attributes.path("observation"));
            List<JsonNode> measureList = list(structure.path("measures").path("observation"));
            measures = Math.max(1, measureList.size());
            int obsValue = 0;
            for (int m = 0; m < measureList.size(); m++) {
                if (measureList.get(m).path("id").asText().equals(SdmxConcepts.OBS_VALUE)) {
                    obsValue = m;
                }
            }
            valueMeasure = obsValue;
            String a = dataSet.path("action").asText("").toLowerCase(Locale.ROOT);
            action = a.equals("delete") ? "D" : a.equals("replace") ? "R" : "M";
            for (JsonNode dim : list(dimensions.path("dataSet"))) {
                setDims.put(
                        dim.path("id").asText(),
                        valueAt(dim, JSON.getNodeFactory().numberNode(0), "dimension"));
            }
            setAttrs.putAll(attributes(list(attributes.path("dataSet")), dataSet.path("attributes")));
        }

        void read() {
            if (dataSet.has("series")) {
                fields(dataSet.get("series")).forEach((seriesKey, series) -> {
                    Map<String, String> dims = new HashMap<>(setDims);
                    Map<String, String> attrs = new HashMap<>(setAttrs);
                    try {
                        dims.putAll(positions(seriesDims, seriesKey));
                        attrs.putAll(attributes(seriesAttrs, series.path("attributes")));
                    } catch (IllegalArgumentException e) {
                        readings.refuse(new Rejection(at + "series " + seriesKey, e.getMessage()));
                        return;
                    }
                    fields(series.path("observations"))
                            .forEach((obsKey, obs) -> add(
                                    at + "series " + seriesKey + " obs " + obsKey,
                                    dims,
                                    attrs,
                                    obsKey,
                                    obs,
                                    obsDims,
                                    obsAttrs));
                });
            } else {
                // a flat data set: each observation's key holds the series dimensions' positions too,
                // and its values the series attributes after the observation's own
                List<JsonNode> flatDims = new ArrayList<>(seriesDims);
                flatDims.addAll(obsDims);
                List<JsonNode> flatAttrs = new ArrayList<>(obsAttrs);
                flatAttrs.addAll(seriesAttrs);
                fields(dataSet.path("observations"))
                        .forEach((obsKey, obs) ->
                                add(at + "obs " + obsKey, setDims, setAttrs, obsKey, obs, flatDims, flatAttrs));
            }
        }

        private void add(
                String location,
                Map<String, String> outerDims,
                Map<String, String> outerAttrs,
                String key,
                JsonNode obs,
                List<JsonNode> keyDims,
                List<JsonNode> valueAttrs) {
            String raw = obs.toString();
            try {
                Map<String, String> dims = new HashMap<>(outerDims);
                // a flat key of the observation dimensions alone is read as such
                boolean obsOnly = keyDims.size() != obsDims.size()
                        && (key.isEmpty() ? 0 : key.split(":", -1).length) == obsDims.size();
                dims.putAll(positions(obsOnly ? obsDims : keyDims, key));
                // an observation is [measure values..., attribute values or indices...]
                List<JsonNode> values = obs.isArray() ? list(obs) : List.of(obs);
                Map<String, String> attrs = new HashMap<>(outerAttrs);
                if (values.size() > measures) {
                    attrs.putAll(attributes(valueAttrs, JSON.valueToTree(values.subList(measures, values.size()))));
                }
                JsonNode value = valueMeasure < values.size() ? values.get(valueMeasure) : JSON.nullNode();
                readings.add(new SdmxObservation(
                        dims, attrs, value.isNull() ? null : value.asText(), action, location, raw));
            } catch (IllegalArgumentException e) {
                readings.refuse(new Rejection(location, Rejection.UNREADABLE, e.getMessage(), raw));
            }
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
            out.put(dim.path("id").asText(), valueAt(dim, JSON.getNodeFactory().textNode(positions[i]), "dimension"));
        }
        return out;
    }

    /**
     * Attribute id → value, from a list whose entries are indices into an attribute's value list
     * when it has one, the values themselves when it has none (null: not given).
     */
    private static Map<String, String> attributes(List<JsonNode> attributes, JsonNode given) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < Math.min(attributes.size(), given.size()); i++) {
            JsonNode entry = given.get(i);
            JsonNode component = attributes.get(i);
            if (entry == null || entry.isNull()) {
                continue;
            }
            boolean enumerated = component.path("values").size() > 0;
            out.put(
                    component.path("id").asText(),
                    enumerated
                            ? valueAt(component, entry, "attribute")
                            : entry.isValueNode() ? entry.asText() : entry.toString());
        }
        return out;
    }

    private static String valueAt(JsonNode component, JsonNode position, String what) {
        JsonNode values = component.path("values");
        int index;
        if (position.isIntegralNumber()) {
            index = position.asInt();
        } else {
            try {
                index = Integer.parseInt(position.asText().strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        what + " " + component.path("id").asText() + ": '" + position.asText()
                                + "' is neither an index into its values nor a value it may take");
            }
        }
        if (index < 0 || index >= values.size()) {
            throw new IllegalArgumentException(
                    what + " " + component.path("id").asText() + " has no value at position " + index);
        }
        JsonNode value = values.get(index);
        return value.has("id")
                ? value.get("id").asText()
                : value.path("value").isValueNode()
                        ? value.path("value").asText()
                        : value.path("name").asText();
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        if (array.isArray()) {
            array.forEach(out::add);
        }
        return out;
    }

    private static Map<String, JsonNode> fields(JsonNode object) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), e.getValue());
        }
        return out;
    }
}
