package org.planwatch.planimport;

/** What a column of an indicator table holds, as its header says. */
public enum ColumnRole {
    /** 序号 / 编号: the row's number. */
    SEQUENCE,
    /** 领域 / 类别 / 类型 / 分类 / 方面 / 一级指标: the group of rows, printed once for the group. */
    AREA,
    /** 指标 / 主要指标 / 指标名称 / 指标项 / 具体指标 / 二级指标: the indicator's name. */
    NAME,
    /** The second half of a name column two cells wide: a sub-indicator's name. */
    SUBNAME,
    /** 单位 / 计量单位. */
    UNIT,
    /** 地区: the region of a per-region breakdown (分解表). */
    REGION,
    /** The base-year value (2015 年基期, 基期值, 现状值, 2025年(基期), or the earliest year). */
    BASE,
    /** An intermediate year's value (2023 年目标). */
    MILESTONE,
    /**
     * The target year's value (2025 年, “十三五”规划目标值 2020 年, 目标值, 预期目标, 十五五末); its year may
     * be unknown (null) where the header prints none: the plan's period names it.
     */
    TARGET,
    /** A planned growth or change: 年均增长 [累计], 规划目标 五年年均增长. */
    TARGET_GROWTH,
    /** The real outcome (“十三五”实际完成情况 2020 年). */
    ACTUAL,
    /** The real growth over the period (实际完成情况 五年年均增长). */
    ACTUAL_GROWTH,
    /** 属性 / 性质: 预期性 or 约束性. */
    ATTRIBUTE,
    /** 责任部门 / 责任单位 / 牵头单位 / 牵头部门. */
    DEPARTMENT,
    /** A value of another body for comparison (2030年广东 指标值): kept, not a target of this plan. */
    REFERENCE,
    /**
     * 备注 / 说明 / 出处, and any column the header names in words this reader does not know: its
     * cells are kept with the row's printed cells, never read as a target.
     */
    NOTE
}
