package org.planwatch.planimport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planwatch.domain.Names;

/**
 * The local government that issues a plan whose title names no place (市政府关于印发《2026年市政府主要工作目标
 * 任务分解落实方案》的通知): its signature, a line (or a line's first cell, before a space or a bar) that is only
 * 南京市人民政府 (or its 办公厅, 办公室), or the field a portal's page prints it in (发布机构：南京市人民政府).
 */
final class LocalIssuer {
    private LocalIssuer() {}

    /** A signature line (the whole line), or a page's field naming who publishes it. */
    private static final Pattern SIGNED = Pattern.compile("(?:^|(?:发布机构|发文机关|发文单位|制发机关|成文机关)[:：]?。*)"
            + "(?<place>\\p{IsHan}{2,20}?)(?<level>[省市区县州旗])?人民政府(?:办公厅|办公室)?(?:$|。)");
    /** The level a title gives its own government: 市政府关于印发…, 省人民政府办公厅关于…. */
    private static final Pattern TITLE_LEVEL = Pattern.compile("([省市区县州旗])(?:人民)?政府");

    /**
     * The places (南京市, 福州市鼓楼区) of the local governments that sign near 1-based {@code line}, nearest
     * first, leaving out any of another level than the one the title names for itself (a city's notice forwarding
     * 省政府关于印发…: the province's signature, not the city's).
     */
    static List<String> near(List<String> lines, int line, String title) {
        Matcher own = TITLE_LEVEL.matcher(Names.normalize(title));
        String level = own.find() ? own.group(1) : null;
        List<Signature> found = new ArrayList<>();
        List<String> window = PlanTitle.near(lines, line);
        for (int i = 0; i < window.size(); i++) {
            // a page's fields come as cells (发布机构: | 南京市人民政府 |) or spaced apart (发布机构：南京市人民政府　发布日期：…):
            // each ends where a sentence would
            String text = Names.normalize(window.get(i).strip().replaceAll("[|\\s\\u3000]+", "。"))
                    .replaceAll("^。+|。+$", "");
            Matcher m = SIGNED.matcher(text);
            if (m.find() && (level == null || level.equals(m.group("level")))) {
                found.add(new Signature(i, m.group("place") + (m.group("level") == null ? "" : m.group("level"))));
            }
        }
        // where the title stands in its window, which PlanTitle.near cuts at the document's top
        int titleAt = Math.min(line - 1, PlanTitle.NEAR);
        return found.stream()
                .sorted(Comparator.comparingInt(s -> Math.abs(s.at() - titleAt)))
                .map(Signature::place)
                .toList();
    }

    /** A government's place and the line of the title's window it signs on. */
    private record Signature(int at, String place) {}
}
