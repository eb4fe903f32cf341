package org.planwatch.streams;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.ProcessorContext;

/**
 * The decoded views of one task's stores (its targets, histories and subscriptions), shared by
 * the job's three evaluation steps ({@link ProgressTopology}): each step writes through them, so a
 * figure one step stores is what the next step of the task reads, never a stale decoded copy. The
 * steps of a task run on its one thread; the map is concurrent only because a job's threads open
 * and close their tasks at the same time.
 */
final class TaskViews {
    final TargetIndex targets;
    final DecodedHistories histories;
    final AverageSubscriptions subscriptions;
    private int users;

    private TaskViews(ProcessorContext<?, ?> context) {
        this.targets = new TargetIndex(context.getStateStore(ProgressTopology.TARGETS_STORE));
        this.histories = new DecodedHistories(
                context.getStateStore(ProgressTopology.YEARLY_HISTORY_STORE),
                context.getStateStore(ProgressTopology.HISTORY_STORE));
        this.subscriptions = new AverageSubscriptions(context.getStateStore(ProgressTopology.SUBSCRIPTIONS_STORE));
    }

    /** Forgets every decoded copy: at a take-over or restore, the stores may have changed under them. */
    void clear() {
        targets.clear();
        histories.clear();
        subscriptions.clear();
    }

    /** The views of each open task, for one topology's steps. */
    static final class Registry {
        private final Map<TaskId, TaskViews> open = new ConcurrentHashMap<>();

        /** The views of the context's task, made by the first step that opens it. */
        TaskViews open(ProcessorContext<?, ?> context) {
            TaskViews views = open.computeIfAbsent(context.taskId(), id -> new TaskViews(context));
            synchronized (views) {
                views.users++;
            }
            return views;
        }

        /** Closes a step's use of {@code views}; the last step to close drops them. */
        void close(TaskId task, TaskViews views) {
            views.clear();
            synchronized (views) {
                if (--views.users == 0) {
                    open.remove(task, views);
                }
            }
        }
    }
}
