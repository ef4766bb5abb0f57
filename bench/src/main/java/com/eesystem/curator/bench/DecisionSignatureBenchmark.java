package com.eesystem.curator.bench;

import com.eesystem.curator.domain.content.ContentBody;
import com.eesystem.curator.domain.content.ContentId;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.review.ContentDigest;
import com.eesystem.curator.domain.review.ReviewDecision;
import com.eesystem.curator.domain.review.ReviewDecisionId;
import com.eesystem.curator.domain.review.ReviewSignatures;
import com.eesystem.curator.domain.review.Verdict;
import com.eesystem.curator.domain.user.UserId;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What signed decisions cost (docs/sync.md, "Signed decisions"): signing a decision in the window (its
 * canonical form and an Ed25519 signature) and verifying one at pull, against the SHA-256 of the same
 * canonical form (what an audit entry's hash check costs) as the raw baseline in the same run. Short runs
 * (1 fork, 3 x 1 s warm-up, 5 x 1 s) because the CPU is shared.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class DecisionSignatureBenchmark {

    private KeyPair keys;
    private ReviewDecision unsigned;
    private ReviewDecision signed;

    @Setup
    public void decision() throws GeneralSecurityException {
        keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        ContentBody body = ContentBody.of(
                "Morning light",
                ContentType.REEL,
                List.of(Platform.INSTAGRAM),
                "Sixty quiet minutes in the scalar room. For relaxation only. ".repeat(30));
        unsigned = new ReviewDecision(
                        ReviewDecisionId.random(),
                        ContentId.random(),
                        3,
                        UserId.random(),
                        Verdict.APPROVED,
                        "Reads well; the disclaimer is in the first line.",
                        List.of(),
                        Instant.parse("2026-11-25T17:00:00.123456Z"),
                        Optional.empty())
                .boundTo(ContentDigest.of(body));
        signed = ReviewSignatures.sign(unsigned, keys.getPrivate());
    }

    /** In the window: the canonical form and the reviewer's signature over it. */
    @Benchmark
    public ReviewDecision signDecision() {
        return ReviewSignatures.sign(unsigned, keys.getPrivate());
    }

    /** At pull: the canonical form and the signature checked against the reviewer's key. */
    @Benchmark
    public Object verifyDecision() {
        return ReviewSignatures.verify(signed, keys.getPublic());
    }

    /** Baseline: SHA-256 of the same canonical form, as the audit chain checks an entry. */
    @Benchmark
    public byte[] baselineHashCanonicalForm() throws GeneralSecurityException {
        return MessageDigest.getInstance("SHA-256").digest(signed.signedPayload());
    }
}
