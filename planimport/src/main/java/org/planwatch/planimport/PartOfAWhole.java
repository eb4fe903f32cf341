package org.planwatch.planimport;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A part a sentence gives after its whole with 其中 and no verb of its own: 铁路营业里程达到18万公里左右，其中高铁6万
 * 公里左右. The part is a figure of the same measure (营业里程) for a narrower subject (高铁), so it is named by that
 * subject and the whole's measure, and reaches its figure as the whole does: 高铁营业里程达到6万公里左右.
 */
final class PartOfAWhole {
    private PartOfAWhole() {}

    /** What a whole's name ends with when it names a measure of its subject: 营业里程 of 铁路营业里程. */
    private static final Pattern MEASURE = Pattern.compile("(?:营业里程|通车里程|总里程|里程|装机容量|装机规模|装机|总产量|产量|"
            + "总产值|综合产值|产值|增加值|面积|规模|总量|发送量|吞吐量|业务量|销售额|交易额|保有量|拥有量|用水量|消费量|排放量|投资)$");

    /** A subject and its figure, nothing else: 高铁6万公里左右. */
    private static final Pattern BARE_PART = Pattern.compile(
            "^(?<subject>\\p{IsHan}{1,10}?)(?<figure>\\d+(?:\\.\\d+)?(?<unit>[^\\d]{1,8}?)(?:左右|以上|以内|以下)?)$");

    /**
     * The clause {@code part} (its 其中 taken off) names when it is a part of {@code whole}, a level just read in
     * {@code wholeUnit}; empty where it is not such a part (another unit, a verb of its own, a whole that names
     * no measure).
     */
    static Optional<String> named(String part, String whole, String wholeUnit) {
        Matcher p = BARE_PART.matcher(part.strip());
        Matcher m = MEASURE.matcher(whole);
        if (!p.matches() || !m.find() || !p.group("unit").equals(wholeUnit)) {
            return Optional.empty();
        }
        String subject = p.group("subject");
        if (subject.endsWith(m.group()) || m.start() == 0) {
            return Optional.empty(); // 其中产值10亿元 after 产值: the part names no narrower subject
        }
        return Optional.of(subject + m.group() + "达到" + p.group("figure"));
    }
}
