package org.planwatch.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.Test;
import org.planwatch.schema.TopicSet;

class AccessPolicyTest {
    private final TopicSet topics = TopicSet.defaults();
    private final List<AclBinding> acls = AccessPolicy.defaults(topics).bindings();

    /** {@code principal}'s literal topic ACLs as "operation topic". */
    private Set<String> topicRights(String principal) {
        return acls.stream()
                .filter(a -> a.entry().principal().equals(principal))
                .filter(a -> a.pattern().resourceType() == ResourceType.TOPIC)
                .filter(a -> a.pattern().patternType() == PatternType.LITERAL)
                .map(a -> a.entry().operation() + " " + a.pattern().name())
                .collect(Collectors.toSet());
    }

    @Test
    void eachPrincipalGetsItsDataFlowAndNothingMore() {
        assertThat(topicRights("User:planwatch-producer"))
                .containsExactlyInAnyOrder("WRITE plan-readings", "WRITE plan-readings-dlq");
        assertThat(topicRights("User:planwatch-catalogue")).containsExactly("WRITE plan-targets");
        assertThat(topicRights("User:planwatch-streams"))
                .containsExactlyInAnyOrder(
                        "READ plan-readings",
                        "READ plan-targets",
                        "WRITE plan-alerts",
                        "WRITE plan-status",
                        "WRITE plan-readings-dlq");
        assertThat(topicRights("User:planwatch-consumer"))
                .containsExactlyInAnyOrder("READ plan-alerts", "READ plan-status", "WRITE plan-notifications-dlq");
    }

    @Test
    void onlyTheStreamsJobWritesAlertsAndStatusSoThatNoOneElseCanForgeOnTrack() {
        assertThat(acls)
                .filteredOn(a -> a.pattern().resourceType() == ResourceType.TOPIC)
                .filteredOn(a -> Set.of("plan-alerts", "plan-status")
                        .contains(a.pattern().name()))
                .filteredOn(a -> a.entry().operation() != AclOperation.READ)
                .allSatisfy(a -> assertThat(a.entry().principal()).isEqualTo("User:planwatch-streams"));
    }

    @Test
    void theStreamsJobOwnsOnlyWhatStartsWithItsApplicationId() {
        assertThat(acls)
                .filteredOn(a -> a.pattern().patternType() == PatternType.PREFIXED)
                .isNotEmpty()
                .allSatisfy(a -> {
                    assertThat(a.entry().principal()).isEqualTo("User:planwatch-streams");
                    assertThat(a.pattern().name()).isEqualTo("planwatch-streams-");
                });
        assertThat(acls)
                .filteredOn(a -> a.pattern().resourceType() == ResourceType.GROUP)
                .extracting(a -> a.entry().principal() + " " + a.pattern().name())
                .containsExactlyInAnyOrder(
                        "User:planwatch-streams planwatch-streams", "User:planwatch-consumer planwatch-consumer");
    }

    @Test
    void everyAclAllowsNoneDeniesAndNoneIsForAnyone() {
        assertThat(acls).allSatisfy(a -> {
            assertThat(a.entry().permissionType()).isEqualTo(AclPermissionType.ALLOW);
            assertThat(a.entry().principal()).doesNotContain("*");
            assertThat(a.pattern().name()).isNotEqualTo("*");
        });
    }
}
