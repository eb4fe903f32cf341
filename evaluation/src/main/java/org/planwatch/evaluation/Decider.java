package org.planwatch.evaluation;

/** What decided a status on a path: the one clause a reason always carries, so a reader knows which figure to check. */
enum Decider {
    /** The figure against the required path of its year. */
    PATH("按规划路径判定", "the path decides"),
    /** The trend projected to the target year, when it is worse than the path. */
    TREND("按趋势判定", "the trend decides"),
    /** A floor the figure must hold every year. */
    FLOOR("按约束下限判定", "the floor decides"),
    /** A ceiling the figure must stay under every year. */
    CEILING("按约束上限判定", "the ceiling decides"),
    /** The target value itself: in the target year, or met before it. */
    TARGET("按目标值判定", "the target decides");

    final String zh;
    final String en;

    Decider(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }
}
