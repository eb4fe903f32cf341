package org.planwatch.evaluation;

/**
 * What one target is judged on: the history of its own indicator, of the indicator it is linked
 * to (GDP growth for income growth "in step with the economy"), and of the same indicator in the
 * region whose average it is measured against. Histories a target does not need are empty.
 */
public record Evidence(History own, History linked, History average) {

    public Evidence {
        own = own == null ? History.EMPTY : own;
        linked = linked == null ? History.EMPTY : linked;
        average = average == null ? History.EMPTY : average;
    }

    public static Evidence of(History own) {
        return new Evidence(own, History.EMPTY, History.EMPTY);
    }
}
