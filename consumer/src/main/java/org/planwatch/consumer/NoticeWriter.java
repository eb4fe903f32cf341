package org.planwatch.consumer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.planwatch.domain.Figures;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.domain.Region;
import org.planwatch.domain.RegionDictionary;
import org.planwatch.domain.Status;
import org.planwatch.domain.Target;
import org.planwatch.domain.TargetWording;
import org.planwatch.schema.ProgressEvaluation;
import org.planwatch.schema.ProgressStatus;
import org.planwatch.schema.Topics;

/**
 * Words a status change as a department lead reads it: in Chinese, with the plan, the region,
 * the indicator, the year, the status (and the one before, marked when it got worse), the numbers,
 * the reason and the line of the plan that sets the target; then the same in one English line.
 */
final class NoticeWriter {
    /** A status in Chinese, as the domain words it for the reports and dashboards too. */
    private static String zh(ProgressStatus status) {
        return Status.valueOf(status.name()).zh();
    }

    /** Better statuses rank higher; statuses that are no judgement have no rank. */
    private static final List<ProgressStatus> RANK = List.of(
            ProgressStatus.BREACHED,
            ProgressStatus.MISSED,
            ProgressStatus.REGRESSING,
            ProgressStatus.SEVERELY_LAGGING,
            ProgressStatus.LAGGING,
            ProgressStatus.ON_TRACK,
            ProgressStatus.AHEAD,
            ProgressStatus.ACHIEVED);

    private final IndicatorDictionary indicators;
    private final RegionDictionary regions;
    private final TargetBook targets;

    NoticeWriter(IndicatorDictionary indicators, RegionDictionary regions) {
        this(indicators, regions, TargetBook.empty());
    }

    /** @param targets what each target is, so that a message can state it; a target not in it is told without */
    NoticeWriter(IndicatorDictionary indicators, RegionDictionary regions, TargetBook targets) {
        this.indicators = indicators;
        this.regions = regions;
        this.targets = targets;
    }

    /** The target an alert is about, when the book holds it. */
    Optional<Target> target(ProgressEvaluation a) {
        return targets.get(Topics.targetKey(a));
    }

    /**
     * Whether the alert judges nothing a lead can act on: a figure of the target's base year (or
     * earlier) is where the plan starts from, not progress on it.
     */
    boolean atOrBeforeBase(ProgressEvaluation a) {
        return target(a).map(t -> a.getYear() <= t.pathStartYear()).orElse(false);
    }

    /**
     * The idempotency key of one change: readable coordinates, then a hash of the whole alert as
     * published (previous status, figures, readings used, time of evaluation). The coordinates alone
     * repeat when a revision moves a target back to an earlier status in the same year; the hash
     * tells such changes apart, while the same record read again after a crash keeps its key.
     */
    /** Avro's single-object header: the two-byte marker and the eight-byte schema fingerprint. */
    private static final int SINGLE_OBJECT_HEADER = 10;

    static String key(ProgressEvaluation a) {
        return Topics.targetKey(a) + "|" + a.getYear() + "|" + a.getStatus() + "|" + contentHash(a);
    }

    private static String contentHash(ProgressEvaluation a) {
        try {
            ByteBuffer bytes = a.toByteBuffer();
            // the record's fields only: single-object encoding opens with the writer schema's fingerprint,
            // which a rename or a new schema version changes though the alert is the same
            bytes.position(bytes.position() + SINGLE_OBJECT_HEADER);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(bytes);
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the alert to hash it", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /** Whether the status is worse than the one before it. */
    static boolean worse(ProgressEvaluation a) {
        int now = RANK.indexOf(a.getStatus());
        int before = a.getPreviousStatus() == null ? -1 : RANK.indexOf(a.getPreviousStatus());
        return now >= 0 && before >= 0 && now < before;
    }

    Notice notice(ProgressEvaluation a) {
        return notice(a, 0);
    }

    /** The notice of {@code a}, saying that {@code earlier} changes of the same target came before it in one backlog. */
    Notice notice(ProgressEvaluation a, int earlier) {
        Optional<Target> target = target(a);
        String period = target.map(t -> "，" + (t.pathStartYear() + 1) + "—" + t.targetYear() + "年")
                .orElse("");
        // the plan as its readers know it, by its printed title; the id where the catalogue holds none
        Optional<String> printedTitle = target.map(Target::planTitle).map(t -> "《" + t + "》");
        String title = "【" + zh(a.getStatus()) + "】" + regionName(a.getRegion()) + " " + indicatorName(a.getIndicator())
                + "（" + printedTitle.orElse(a.getPlan()) + period + "）";
        String backlog = earlier == 0
                ? ""
                : "\n（此前另有" + earlier + "次状态变化一并送达，此为其中最新。" + earlier
                        + " earlier change(s) came in this message; this is the latest of them.）";
        return new Notice(
                key(a),
                department(a),
                a.getPlan(),
                a.getRegion(),
                title,
                title + "\n" + body(a, target, printedTitle) + backlog,
                a.getBinding(),
                worse(a));
    }

    /**
     * One message for several changes of one department, keyed by the hash of their keys. A
     * target changed more than once (a backlog of years published at once) is told once, at its
     * latest change, with how many came before.
     */
    Notice digest(String department, List<ProgressEvaluation> alerts) {
        Map<String, List<ProgressEvaluation>> byTarget = new LinkedHashMap<>();
        for (ProgressEvaluation a : alerts) {
            byTarget.computeIfAbsent(Topics.targetKey(a), k -> new ArrayList<>())
                    .add(a);
        }
        if (byTarget.size() == 1) {
            List<ProgressEvaluation> only = byTarget.values().iterator().next();
            return notice(only.get(only.size() - 1), only.size() - 1);
        }
        StringBuilder text = new StringBuilder(department + "：" + byTarget.size() + "项指标状态变化\n");
        StringBuilder keys = new StringBuilder();
        for (List<ProgressEvaluation> changes : byTarget.values()) {
            ProgressEvaluation latest = changes.get(changes.size() - 1);
            text.append("\n").append(notice(latest, changes.size() - 1).text()).append("\n");
        }
        for (ProgressEvaluation a : alerts) {
            keys.append(key(a)).append('\n');
        }
        return new Notice(
                "digest-" + sha256(keys.toString()),
                department,
                alerts.get(0).getPlan(),
                alerts.get(0).getRegion(),
                department + "：" + byTarget.size() + "项指标状态变化",
                text.toString(),
                alerts.stream().anyMatch(ProgressEvaluation::getBinding),
                alerts.stream().anyMatch(NoticeWriter::worse));
    }

    private String body(ProgressEvaluation a, Optional<Target> target, Optional<String> printedTitle) {
        String[] reason = a.getReason().split("。 ", 2);
        String before = a.getPreviousStatus() == null
                ? "首次评估"
                : "此前为“" + zh(a.getPreviousStatus()) + "”" + (worse(a) ? "，状态下降" : "");
        StringBuilder zh = new StringBuilder();
        zh.append(a.getYear()).append("年：实际").append(Figures.forReader(a.getActual()));
        if (a.getExpected() != null) {
            zh.append("，按规划路径应达").append(Figures.forReader(a.getExpected()));
        }
        if (a.getProgress() != null) {
            zh.append("，完成进度").append(Math.round(a.getProgress() * 100)).append('%');
        }
        zh.append("。").append(before).append("。");
        target.ifPresent(t -> zh.append("\n目标：")
                .append(t.targetYear())
                .append("年 ")
                .append(TargetWording.inWords(t, unit(t)))
                .append(
                        t.baseValue() == null
                                ? ""
                                : "；基期：" + t.pathStartYear() + "年 " + TargetWording.number(t.baseValue()) + unit(t)));
        if (a.getBinding()) {
            zh.append("【约束性指标】");
        }
        zh.append("\n原因：")
                .append(reason[0])
                .append("。\n目标出处：")
                .append(printedTitle.map(t -> t + " ").orElse(""))
                .append(a.getTargetSource());
        if (a.getReadingSource().startsWith(IndicatorMetrics.SIMULATED_SOURCE_PREFIX)) {
            zh.append("\n（模拟数据，非真实统计）");
        }
        // the dictionary holds no English region names: the Chinese name a lead knows, with its code
        String region = regionName(a.getRegion()).equals(a.getRegion())
                ? a.getRegion()
                : regionName(a.getRegion()) + " (" + a.getRegion() + ")";
        String en = "[" + a.getStatus() + "] " + region + " " + indicatorNameEn(a.getIndicator(), target)
                + " (" + a.getPlan() + "), " + a.getYear() + ": actual " + Figures.forReader(a.getActual())
                + target.map(t -> ", target " + TargetWording.inWords(t, unit(t)) + " by " + t.targetYear())
                        .orElse("")
                + (a.getExpected() == null ? "" : ", path " + Figures.forReader(a.getExpected()))
                + (a.getProgress() == null ? "" : ", progress " + Math.round(a.getProgress() * 100) + "%")
                + (a.getPreviousStatus() == null ? "; first evaluation" : "; was " + a.getPreviousStatus())
                + (worse(a) ? " (downgrade)" : "") + (a.getBinding() ? "; binding target" : "")
                + (reason.length > 1 ? ". " + reason[1] : "")
                + " Source: " + a.getTargetSource() + ". Key: " + key(a);
        return zh + "\n" + en;
    }

    private String department(ProgressEvaluation a) {
        return a.getDepartment() == null || a.getDepartment().isBlank() ? "—" : a.getDepartment();
    }

    private String regionName(String code) {
        return regions.code(code).map(Region::nameZh).orElse(code);
    }

    private String indicatorNameEn(String code, Optional<Target> target) {
        return target.map(Target::nameEn)
                .filter(n -> n != null && !n.isBlank())
                .or(() -> indicators.code(code).map(i -> i.nameEn()))
                .orElse(code);
    }

    private static String unit(Target t) {
        if (t.unit() == null || t.unit().isBlank() || t.unit().startsWith("上年")) {
            return "";
        }
        return t.unit().equals("%") ? "%" : " " + t.unit();
    }

    private String indicatorName(String code) {
        return indicators.displayName(code);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
