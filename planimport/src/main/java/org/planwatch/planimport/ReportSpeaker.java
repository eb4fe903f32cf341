package org.planwatch.planimport;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planwatch.domain.Names;
import org.planwatch.domain.Region;

/**
 * The government a report speaks for, as its lead says (我代表市人民政府): only a region of that
 * level can be the report's. A 市 is a municipality (北京), a prefecture's city or a county-level
 * city; a 区, 县 or 旗 a county-level division; a 省 or 自治区 a province. A city's report that
 * quotes its province's or the nation's plan in its lead is still the city's.
 */
final class ReportSpeaker {
    /**
     * 我代表市人民政府, 代表北京市人民政府, 代表自治区人民政府: the level is the word before 人民政府; 我代表国务院:
     * the State Council, the nation's government, in its own words only (a region's paper writes 李强代表国务院…
     * above what the report means for the region).
     */
    private static final Pattern SPEAKS =
            Pattern.compile("代表(?:(\\p{IsHan}{2,8}?)??(自治区|自治州|自治县|省|市|区|县|州|旗|盟)人民政府)|我代表(国务院)");
    /**
     * A local people's congress that passed or heard the text (经州十五届人大六次会议审查通过, 山西省第十四届人民代表大会第五次会议),
     * a local party congress whose goals it states (市第八次党代会), a region speaking of itself (我市, 我省), or a local
     * government issuing it (省政府关于印发…, where a page has masked the province's name): a local text though it
     * names no government (not 十四届全国人大, the nation's; not 国务院关于).
     */
    private static final Pattern LOCAL_VOICE =
            Pattern.compile("(自治区|自治州|自治县|省|市|区|县|州|旗|盟)第?[一二三四五六七八九十]{1,3}(?:届人(?:民代表)?大|次党代会)|我(?:省|市|区|县|州|旗)(?!场)"
                    + "|^(?:自治区|省|市|区|县|州)(?:人民)?政府(?:办公厅|办公室)?(?:关于|關於)");

    private static final String STATE_COUNCIL = "国务院";
    /** How far down a report its opening may stand: a page's furniture (打印, 字体：大 中 小) comes first. */
    private static final int OPENING_LINES = 120;

    private static final List<String> MUNICIPALITIES = List.of("11", "12", "31", "50");

    private final Optional<String> level;
    private final Optional<String> name;

    private ReportSpeaker(Optional<String> level, Optional<String> name) {
        this.level = level;
        this.name = name;
    }

    /** The speaker of a report's opening lines, if they say it. */
    static ReportSpeaker of(List<String> lines) {
        return lines.stream()
                .filter(l -> !l.isBlank())
                .limit(OPENING_LINES)
                .map(l -> SPEAKS.matcher(Names.normalize(l)))
                .filter(Matcher::find)
                .findFirst()
                .map(m -> m.group(3) != null
                        ? new ReportSpeaker(Optional.of(STATE_COUNCIL), Optional.empty())
                        : new ReportSpeaker(
                                Optional.of(m.group(2)),
                                Optional.ofNullable(m.group(1)).map(n -> n + m.group(2))))
                .orElse(new ReportSpeaker(Optional.empty(), Optional.empty()));
    }

    /**
     * Whether the opening lines speak as a region ({@link #LOCAL_VOICE}): the text is a region's, though it may not
     * say which, never the nation's.
     */
    static boolean localVoice(List<String> lines) {
        return lines.stream()
                .filter(l -> !l.isBlank())
                .limit(OPENING_LINES)
                .anyMatch(l -> LOCAL_VOICE.matcher(Names.normalize(l)).find());
    }

    /**
     * The government's name where the lead says it (代表深圳市人民政府 → 深圳市): the surest name of
     * the report's region, even below a web page's furniture.
     */
    Optional<String> name() {
        return name;
    }

    /** Whether a local government speaks: the report is then never the nation's. */
    boolean local() {
        return level.isPresent() && !national();
    }

    /** Whether the State Council speaks: the nation's report, however far below a page's menus. */
    boolean national() {
        return level.filter(STATE_COUNCIL::equals).isPresent();
    }

    /** Whether {@code region} can be the one whose government speaks (any, where none is said). */
    boolean couldBe(Region region) {
        if (level.isEmpty()) {
            return true;
        }
        String code = region.code();
        if (national()) {
            return "national".equals(region.level());
        }
        if (!code.matches("\\d{6}")) {
            return false; // the nation, or a zone without a division code
        }
        boolean province = code.endsWith("0000");
        boolean prefecture = !province && code.endsWith("00");
        return switch (level.get()) {
            case "省", "自治区" -> province;
            case "市" -> prefecture || !province || MUNICIPALITIES.contains(code.substring(0, 2));
            case "州", "盟", "自治州" -> prefecture;
            default -> !province && !prefecture;
        };
    }
}
