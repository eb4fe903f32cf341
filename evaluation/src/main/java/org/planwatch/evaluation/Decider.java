package org.planwatch.evaluation;

/** What decided a status on a path: the one clause a reason always carries, so a reader knows which figure to check. */
enum Decider {
    /** The figure against the required path of its year. */
    PATH,
    /** The trend projected to the target year, when it is worse than the path. */
    TREND,
    /** A floor or ceiling the figure must hold every year. */
    LINE,
    /** The target value itself: in the target year, or met before it. */
    TARGET;

    String zh(int sign) {
        return switch (this) {
            case PATH -> "按规划路径判定";
            case TREND -> "按趋势判定";
            case LINE -> sign < 0 ? "按约束上限判定" : "按约束下限判定";
            case TARGET -> "按目标值判定";
        };
    }

    String en(int sign) {
        return switch (this) {
            case PATH -> "the path decides";
            case TREND -> "the trend decides";
            case LINE -> sign < 0 ? "the ceiling decides" : "the floor decides";
            case TARGET -> "the target decides";
        };
    }
}
