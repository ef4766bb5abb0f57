package com.eesystem.curator.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.compliance.CheckType;
import com.eesystem.curator.domain.compliance.ComplianceCheck;
import com.eesystem.curator.domain.compliance.ComplianceEngine;
import com.eesystem.curator.domain.compliance.ComplianceIssue;
import com.eesystem.curator.domain.compliance.ComplianceRun;
import com.eesystem.curator.domain.compliance.DraftToCheck;
import com.eesystem.curator.storage.codec.JsonCodec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The compliance records survive the one JSON codec: how storage keeps issues_found and runs. */
class ComplianceJsonTest {
    private final JsonCodec codec = JsonCodec.instance();

    private ComplianceRun run() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
        return ComplianceEngine.bundled()
                .run(
                        UUID.randomUUID(),
                        4,
                        DraftToCheck.caption("Thanks @calmcenter #collab. Our sessions reverse arthritis 💊"),
                        clock,
                        UUID::randomUUID);
    }

    @Test
    void anIssueRoundTripsAsOneIssuesFoundEntry() {
        ComplianceIssue issue =
                run().check(CheckType.MEDICAL_CLAIM).issuesFound().getFirst();

        String text = codec.write(issue);

        assertThat(codec.read(text, ComplianceIssue.class)).isEqualTo(issue);
    }

    @Test
    void aCheckRowAndAWholeRunRoundTrip() {
        ComplianceRun run = run();
        ComplianceCheck reviewed =
                run.check(CheckType.LEGAL_REVIEW).reviewedBy(UUID.randomUUID(), Instant.parse("2026-11-25T13:00:00Z"));

        assertThat(codec.read(codec.write(reviewed), ComplianceCheck.class)).isEqualTo(reviewed);
        assertThat(codec.read(codec.write(run), ComplianceRun.class)).isEqualTo(run);
    }
}
