package org.planwatch.producer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planwatch.domain.Indicator;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.schema.RevisionStatus;

/**
 * Reads the yearly statistical communiqué (统计公报) as a bureau publishes it, as text or as an HTML
 * page, for one region (the mapping's {@code constant area}) and the year its title names ({@code
 * 2023年江门市国民经济和社会发展统计公报}). A figure is a name followed by a number and a unit, and
 * maybe its change on the year after it: {@code 全年全市地区生产总值4143.25亿元，比上年增长3.7%} gives
 * the level of {@code gdp} and the growth of its growth indicator ({@code gdp_growth}); {@code 下降}
 * makes the change negative. The name is matched in the indicator dictionary (its longest ending
 * the dictionary knows, after 全年, 全市, 年末 and the like); a figure whose name it does not know is
 * refused, naming it, so that nothing stated is lost silently; a change stated as an amount ({@code
 * 比上年末增加1.81万人}) is a difference, not a figure of its own, and is left to its figure. Only what the text states is read,
 * never a figure computed from others. Each reading cites its line, and its row is the sentence,
 * marked {@code text:} as extracted from prose.
 */
final class CommuniqueFeedReader {
    static final String UNKNOWN_NAME = "unknown-name";

    private static final Pattern TITLE = Pattern.compile("((?:19|20)\\d{2})年[^\\n。]{0,40}统计公报");
    private static final Pattern FIGURE =
            Pattern.compile("(?<name>[\\p{IsHan}（）()]{2,40}?)(?:达到|达|为|实现|完成|共|)(?<value>\\d+(?:\\.\\d+)?)"
                    + "(?<unit>万亿元|亿元|万元|元|万人次|万人|人|万吨|吨|万户|户|个|家|所|张|平方米|公里|千米|岁|‰|%)"
                    + "(?:[，,](?:按(?:不变|可比)价格计算[，,])?(?:比上年|同比)?(?<direction>增长|下降|上涨|减少)"
                    + "(?<change>\\d+(?:\\.\\d+)?)(?:%|个百分点))?");
    private static final Pattern PREFIX = Pattern.compile("^(全年|年末|年底|全市|全省|全区|全县|全国|其中|实现|完成|共有|共)+");
    private static final Pattern CHANGE = Pattern.compile("比上年|较上年|同比|^(增加|减少|增长|下降|净增)");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private final IndicatorDictionary dictionary;

    CommuniqueFeedReader(IndicatorDictionary dictionary) {
        this.dictionary = dictionary;
    }

    FeedBatch read(String text, String name, FeedMapping mapping) {
        List<RawReading> readings = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        List<String> lines = text.lines().map(CommuniqueFeedReader::plain).toList();
        Optional<String> area = mapping.constant("area");
        Matcher title = TITLE.matcher(String.join("\n", lines));
        if (area.isEmpty() || !title.find()) {
            rejections.add(new Rejection(
                    name + ":1",
                    area.isEmpty()
                            ? "a communiqué speaks for one region: give it in the mapping (constant area 440700)"
                            : "no title naming the year (such as 2023年…统计公报) in the text"));
            return new FeedBatch(name, FeedFormat.COMMUNIQUE, readings, rejections);
        }
        int year = Integer.parseInt(title.group(1));
        for (int i = 0; i < lines.size(); i++) {
            String location = name + ":" + (i + 1);
            for (String sentence : lines.get(i).split("[。；;]")) {
                Matcher m = FIGURE.matcher(sentence);
                while (m.find()) {
                    String row = "text: " + sentence.strip();
                    String stated = PREFIX.matcher(m.group("name")).replaceFirst("");
                    if (CHANGE.matcher(stated).find()) {
                        continue; // a change on the year stated as an amount belongs to the figure before it
                    }
                    Optional<Indicator> level = find(stated);
                    if (level.isEmpty()) {
                        rejections.add(new Rejection(
                                location,
                                UNKNOWN_NAME,
                                "'" + stated + "' (" + m.group("value") + m.group("unit")
                                        + ") is not a name the indicator dictionary knows",
                                row));
                        continue;
                    }
                    readings.add(reading(
                            area.get(), level.get().code(), year, m.group("value"), m.group("unit"), location, row));
                    if (m.group("change") != null
                            && m.group(0).contains("%")
                            && !m.group(0).endsWith("个百分点")) {
                        Optional<Indicator> growth = dictionary.growthOf(level.get());
                        String sign = m.group("direction").equals("下降")
                                        || m.group("direction").equals("减少")
                                ? "-"
                                : "";
                        if (growth.isPresent()) {
                            readings.add(reading(
                                    area.get(),
                                    growth.get().code(),
                                    year,
                                    sign + m.group("change"),
                                    "%",
                                    location,
                                    row));
                        } else {
                            rejections.add(new Rejection(
                                    location,
                                    UNKNOWN_NAME,
                                    "the change of '" + stated + "' (" + m.group("direction") + m.group("change")
                                            + "%) has no growth indicator in the dictionary",
                                    row));
                        }
                    }
                }
            }
        }
        return new FeedBatch(name, FeedFormat.COMMUNIQUE, readings, rejections);
    }

    /** The indicator of the longest ending of {@code name} the dictionary knows. */
    private Optional<Indicator> find(String name) {
        for (int start = 0; start < name.length() - 1; start++) {
            Optional<Indicator> found = dictionary.find(null, name.substring(start));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static RawReading reading(
            String area, String indicator, int year, String value, String unit, String location, String row) {
        return new RawReading(
                area,
                indicator,
                year,
                OwnLayout.number(value, "value"),
                unit,
                0,
                0,
                RevisionStatus.FINAL,
                location,
                row,
                OwnLayout.decimals(value));
    }

    /** A line of text, or of an HTML page without its tags and entities. */
    private static String plain(String line) {
        return TAG.matcher(line)
                .replaceAll("")
                .replace("&nbsp;", " ")
                .replace("&amp;", "&")
                .strip();
    }
}
