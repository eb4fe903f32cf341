package org.planwatch.planimport;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planwatch.domain.Names;

/**
 * The local government that issues a plan whose title names no place (市政府关于印发《2026年市政府主要工作目标
 * 任务分解落实方案》的通知): its signature, a line that is only 南京市人民政府 (or its 办公厅, 办公室), or the field a
 * portal's page prints it in (发布机构：南京市人民政府).
 */
final class LocalIssuer {
    private LocalIssuer() {}

    /** A signature line (the whole line), or a page's field naming who publishes it. */
    private static final Pattern SIGNED = Pattern.compile(
            "(?:^|(?:发布机构|发文机关|发文单位|制发机关|成文机关)[:：]?[。]*)" + "(?<issuer>\\p{IsHan}{2,20}?人民政府(?:办公厅|办公室)?)(?:$|。)");

    /** The name of the local government that signs near 1-based {@code line}, if one does. */
    static Optional<String> near(List<String> lines, int line) {
        for (String near : PlanTitle.near(lines, line)) {
            // a page's fields come as cells (发布机构: | 南京市人民政府 |) or spaced apart (发布机构：南京市人民政府　发布日期：…):
            // each ends where a sentence would
            String text = Names.normalize(near.strip().replaceAll("[|\\s\u3000]+", "。"))
                    .replaceAll("^。+|。+$", "");
            Matcher m = SIGNED.matcher(text);
            if (m.find()) {
                return Optional.of(m.group("issuer"));
            }
        }
        return Optional.empty();
    }
}
