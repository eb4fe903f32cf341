package org.planwatch.planimport;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planwatch.domain.Names;
import org.planwatch.domain.Region;
import org.planwatch.domain.RegionDictionary;

/**
 * The region that speaks in a sentence of a report: 人口大省河南明确，城镇新增就业110万人以上 sets 河南's
 * goal, whatever region the report is about; a digest of several regions' reports (各地两会, 多省份)
 * has no region of its own, and each of its goals is the region's that states it.
 */
final class RegionalVoice {
    /** The first clause up to the verb by which a region states its goals: 广东今年的政府工作报告提出. */
    private static final Pattern SPEAKS =
            Pattern.compile("^(?<who>[^,，;；:：]{2,30}?)(?:提出|明确|提到|要求|表示|强调|部署|确定|宣布|公布|计划|力争|目标(?:是|为))");
    /** How many characters a region's name may stand before its verb: 广东今年的政府工作报告提出. */
    private static final int NEAR = 16;
    /** A lead that says the report gathers several regions' plans or reports. */
    private static final Pattern DIGEST =
            Pattern.compile("地方两会|各地(?:的)?(?:两会|政府工作报告)|(?<![更最较])多地(?:的)?(?:两会|政府工作报告)|多省|多个省份|\\d+个?省份|各省(?:份|区市)");
    /** How far down a report its lead may say it is a digest. */
    private static final int LEAD_LINES = 6;

    private final RegionDictionary regions;

    RegionalVoice(RegionDictionary regions) {
        this.regions = regions;
    }

    /** Whether a report with no region of its own gathers several regions' goals: its lead says so. */
    static boolean isDigest(List<String> lines) {
        return lines.stream()
                .filter(l -> !l.isBlank())
                .limit(LEAD_LINES)
                .anyMatch(l -> DIGEST.matcher(Names.normalize(l)).find());
    }

    /**
     * The province or city that states {@code sentence}'s goals, other than {@code own}'s region;
     * empty where the sentence names none before its verb.
     */
    Optional<Region> of(String sentence, Region own) {
        Matcher m = SPEAKS.matcher(Names.normalize(sentence));
        if (!m.find()) {
            return Optional.empty();
        }
        String who = PlanNamer.withoutInstitutions(m.group("who"));
        return regions.mentionedIn(who)
                .filter(r -> r.level().equals("province") || r.level().equals("city"))
                .filter(r -> !r.code().equals(own.code()))
                .filter(r -> who.length() - who.lastIndexOf(nameIn(who, r)) <= NEAR);
    }

    /** The name by which {@code who} mentions {@code region}. */
    private static String nameIn(String who, Region region) {
        return region.names().stream()
                .map(Names::normalize)
                .filter(who::contains)
                .max(java.util.Comparator.comparingInt(String::length))
                .orElse(region.nameZh());
    }
}
