package org.planwatch.schema;

import java.util.List;
import org.planwatch.domain.Direction;
import org.planwatch.domain.Milestone;
import org.planwatch.domain.Target;
import org.planwatch.domain.TargetKind;

/** Converts plan targets between the domain model and their Avro event form. */
public final class TargetCodec {
    private TargetCodec() {}

    public static PlanTarget toEvent(Target t) {
        return PlanTarget.newBuilder()
                .setPlan(t.plan())
                .setRegion(t.region())
                .setIndicator(t.indicator())
                .setNameZh(t.nameZh())
                .setNameEn(t.nameEn() == null ? "" : t.nameEn())
                .setUnit(t.unit())
                .setKind(t.kind().name())
                .setBaseYear(t.baseYear())
                .setBaseValue(t.baseValue())
                .setMilestones(t.milestones().stream()
                        .map(m -> new org.planwatch.schema.Milestone(m.year(), m.value()))
                        .toList())
                .setTargetYear(t.targetYear())
                .setTargetValue(t.targetValue())
                .setTargetUpper(null)
                .setDirection(
                        org.planwatch.schema.Direction.valueOf(t.direction().name()))
                .setBinding(t.binding())
                .setDepartment(t.department())
                .setSource(t.source())
                .build();
    }

    /**
     * The domain target of an event.
     *
     * @throws IllegalArgumentException if the event names a kind this version does not know
     */
    public static Target toDomain(PlanTarget e) {
        List<Milestone> milestones = e.getMilestones().stream()
                .map(m -> new Milestone(m.getYear(), m.getValue()))
                .toList();
        return new Target(
                e.getPlan(),
                e.getRegion(),
                e.getIndicator(),
                e.getNameZh(),
                e.getNameEn().isEmpty() ? null : e.getNameEn(),
                e.getUnit(),
                TargetKind.valueOf(e.getKind()),
                e.getBaseYear(),
                e.getBaseValue(),
                milestones,
                e.getTargetYear(),
                e.getTargetValue(),
                Direction.valueOf(e.getDirection().name()),
                e.getBinding(),
                e.getDepartment(),
                e.getSource());
    }
}
