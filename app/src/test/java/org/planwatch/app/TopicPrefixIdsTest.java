package org.planwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A second pipeline on one cluster (another --topic-prefix) must not join the first one's groups:
 * the streams job and the consumer would share partitions with it and get none. The ACLs show the
 * ids each deployable will use.
 */
class TopicPrefixIdsTest {
    @Test
    void aTopicPrefixPrefixesTheDefaultApplicationAndGroupIds() {
        CommandRun acls = new CommandRun();

        assertThat(acls.run("acls", "show", "--topic-prefix", "second-")).isZero();

        assertThat(acls.out.toString())
                .contains("second-planwatch-streams", "second-planwatch-consumer")
                .doesNotContainPattern("[ ,]planwatch-(streams|consumer)\\b");
    }

    @Test
    void idsTheUserChoseAreKeptAsGiven() {
        CommandRun acls = new CommandRun();

        assertThat(acls.run(
                        "acls",
                        "show",
                        "--topic-prefix",
                        "second-",
                        "--application-id",
                        "job-b",
                        "--group-id",
                        "leads-b"))
                .isZero();

        assertThat(acls.out.toString()).contains("job-b", "leads-b").doesNotContain("second-job-b");
    }

    @Test
    void aPrincipalIsGivenPerRoleAndTheOthersKeepTheirDefaults() {
        CommandRun acls = new CommandRun();

        assertThat(acls.run(
                        "acls",
                        "show",
                        "--principal",
                        "streams=User:job-b",
                        "--principal",
                        "consumer=User:leads-b,producer=User:feeds-b"))
                .isZero();

        assertThat(acls.out
                        .toString()
                        .lines()
                        .skip(1)
                        .map(l -> l.split("\t")[0])
                        .distinct())
                .containsExactlyInAnyOrder("User:feeds-b", "User:planwatch-catalogue", "User:job-b", "User:leads-b");

        CommandRun typo = new CommandRun();
        assertThat(typo.run("acls", "show", "--principal", "stream=User:job-b")).isEqualTo(PlanWatch.USAGE);
        assertThat(typo.err.toString().lines().findFirst().orElseThrow())
                .isEqualTo("planwatch: --principal: no role stream; the roles are producer, catalogue, streams and"
                        + " consumer");
    }
}
