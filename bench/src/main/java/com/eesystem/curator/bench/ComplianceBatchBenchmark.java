package com.eesystem.curator.bench;

import com.eesystem.curator.domain.compliance.ComplianceEngine;
import com.eesystem.curator.domain.compliance.DraftToCheck;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.storage.codec.CheckResultJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * Issue 9's batch target: 1,000 captions checked in under 5 s ({@code curator check --json}). One operation
 * checks 1,000 captions of mixed kinds and renders each result as the JSON Lines object the command prints
 * (the command's own formatter, storage.codec.CheckResultJson). {@code SingleShotTime} on a fresh engine includes the cold
 * start of the rule pack and the JIT, as the command line sees it; the average is the warm cost. The
 * baseline lower-cases and splits the same 1,000 captions. Short runs because the CPU is shared.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ComplianceBatchBenchmark {

    static final List<String> KINDS = List.of(
            "Unwind and reset in our calm room. New evening slots on Thursdays.",
            "Our sessions reverse arthritis. Book your package today and feel the difference.",
            "My A1C dropped two points since I started coming twice a week.",
            "FDA-registered, so you know it's approved. Medical-grade relaxation for the family.",
            "Clinically proven to raise cell energy 300%. Doctors recommend ten sessions a month.",
            "Loved my free session!! code CALM20 #wellness #vibes #ad",
            "Thanks @calmcenter #collab. Use my code RELAX15 for 15% off at @stillpointenergy.",
            "This isn't a cure for anything; it's a place to rest. Treat yourself to an hour of calm.",
            "Not a cure, but it healed my migraines. No more 💊 for me. Before: cane. After: hiking.",
            "For relaxation only; not intended to diagnose, treat, cure or prevent any disease.",
            ComplianceCheckBenchmark.CLEAN.strip(),
            ComplianceCheckBenchmark.MIXED.strip());

    private List<DraftToCheck> drafts;
    private List<String> texts;

    @Setup
    public void setUp() {
        drafts = new ArrayList<>(1_000);
        texts = new ArrayList<>(1_000);
        Platform[] platforms = Platform.values();
        for (int i = 0; i < 1_000; i++) {
            String text = KINDS.get(i % KINDS.size()) + " (" + i + ")";
            texts.add(text);
            drafts.add(DraftToCheck.caption(text, platforms[i % platforms.length]));
        }
    }

    @Benchmark
    @BenchmarkMode({Mode.AverageTime, Mode.SingleShotTime})
    public int checkThousandCaptionsAsJsonLines() {
        ComplianceEngine engine = ComplianceEngine.bundled();
        int bytes = 0;
        for (int i = 0; i < drafts.size(); i++) {
            bytes += CheckResultJson.line(String.valueOf(i), engine.check(drafts.get(i)))
                    .length();
        }
        return bytes;
    }

    @Benchmark
    @BenchmarkMode({Mode.AverageTime, Mode.SingleShotTime})
    public int baselineLowercaseAndSplitThousand() {
        int words = 0;
        for (String text : texts) {
            words += text.toLowerCase(Locale.ROOT).split("\\W+").length;
        }
        return words;
    }
}
