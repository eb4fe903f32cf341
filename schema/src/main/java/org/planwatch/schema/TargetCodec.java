package org.planwatch.schema;

import java.util.List;
import org.planwatch.domain.Attribute;
import org.planwatch.domain.Bound;
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
                .setPlanTitle(t.planTitle())
                .setRegion(t.region())
                .setIndicator(t.indicator())
                .setNameZh(t.nameZh())
                .setNameEn(t.nameEn() == null ? "" : t.nameEn())
                .setUnit(t.unit())
                .setKind(t.kind().name())
                .setBound(t.bound().name())
                .setBaseYear(t.baseYear())
                .setBaseValue(t.baseValue())
                .setMilestones(t.milestones().stream()
                        .map(m -> new org.planwatch.schema.Milestone(m.year(), m.value(), m.source()))
                        .toList())
                .setTargetYear(t.targetYear())
                .setTargetValue(t.targetValue())
                .setTargetUpper(t.targetUpper())
                .setTargetChange(t.targetChange())
                .setDirection(
                        org.planwatch.schema.Direction.valueOf(t.direction().name()))
                .setBinding(t.binding())
                .setAttribute(t.attribute().zh())
                .setDepartment(t.department())
                .setDepartmentInferred(t.departmentInferred())
                .setLinkedTo(t.linkedTo())
                .setActualValue(t.actualValue())
                .setActualChange(t.actualChange())
                .setExpression(t.expression())
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
                .map(m -> new Milestone(m.getYear(), m.getValue(), m.getSource()))
                .toList();
        return Target.builder(e.getPlan(), e.getRegion(), e.getIndicator())
                .names(e.getNameZh(), e.getNameEn().isEmpty() ? null : e.getNameEn())
                .unit(e.getUnit())
                .kind(TargetKind.valueOf(e.getKind()), Bound.valueOf(e.getBound()))
                .base(e.getBaseYear(), e.getBaseValue())
                .milestones(milestones)
                .target(e.getTargetYear(), e.getTargetValue())
                .targetUpper(e.getTargetUpper())
                .targetChange(e.getTargetChange())
                .direction(Direction.valueOf(e.getDirection().name()))
                .attribute(attribute(e))
                .department(e.getDepartment(), e.getDepartmentInferred())
                .linkedTo(e.getLinkedTo())
                .outcome(e.getActualValue(), e.getActualChange())
                .expression(e.getExpression())
                .source(e.getSource())
                .planTitle(e.getPlanTitle())
                .build();
    }

    /** Older events carry only the binding flag. */
    private static Attribute attribute(PlanTarget e) {
        if (!e.getAttribute().isEmpty()) {
            return Attribute.of(e.getAttribute());
        }
        return e.getBinding() ? Attribute.BINDING : Attribute.UNSTATED;
    }
}
