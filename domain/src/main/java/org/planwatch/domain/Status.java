package org.planwatch.domain;

/**
 * Where an indicator stands against its target. The Chinese wording follows the NDRC's mid-term
 * evaluation of the 14th plan (提前实现, 快于预期, 基本符合预期, 滞后) so messages read as a planning
 * office writes them.
 */
public enum Status {
    ACHIEVED("已实现", "achieved"),
    AHEAD("快于预期", "ahead"),
    ON_TRACK("基本符合预期", "on track"),
    LAGGING("滞后", "lagging"),
    SEVERELY_LAGGING("严重滞后", "severely lagging"),
    REGRESSING("逆向变化", "moving away"),
    BREACHED("突破约束", "breached"),
    MISSED("未完成", "missed"),
    AWAITING_QUOTA("待上级下达", "awaiting quota"),
    NOT_ASSESSABLE("无法评估", "not assessable"),
    INSUFFICIENT_DATA("数据不足", "insufficient data");

    private final String zh;
    private final String en;

    Status(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }
}
