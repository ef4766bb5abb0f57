package com.eesystem.curator.domain.compliance;

/** A rule pack file that cannot be read: names the file, the line and the problem. */
public final class RulePackSyntaxError extends IllegalArgumentException {
    private final String source;
    private final int line;

    public RulePackSyntaxError(String source, int line, String problem) {
        super(source + ":" + line + ": " + problem);
        this.source = source;
        this.line = line;
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }
}
