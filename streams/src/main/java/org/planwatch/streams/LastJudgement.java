package org.planwatch.streams;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.planwatch.schema.ProgressEvaluation;
import org.planwatch.schema.ProgressStatus;
import org.planwatch.schema.YearFigure;

/**
 * What the job keeps of a target's last evaluation: its status, which the next one's alert names
 * as the status before, and a digest of what a reader of the status topic sees of it (year,
 * figures, reason, department, the reading judged, the chart of the plan's years), which tells a
 * new evaluation that says the same from one that says something new. Re-publishing a reading or
 * a target is not news; an earlier year's revision that moves no number is not news either.
 *
 * <p>Jobs before issue 26 kept the whole evaluation: a few hundred bytes written to the store and
 * its changelog, and decoded again, for every reading that moved a target; this is about 30 bytes
 * ({@link LastJudgementSerde}). The digest is SHA-256's first 128 bits: two evaluations that differ
 * and share it are not to be expected.
 */
record LastJudgement(ProgressStatus status, long digestHigh, long digestLow) {

    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    });

    /** The judgement {@code evaluation} makes: its status and the digest of what it says. */
    static LastJudgement of(ProgressEvaluation evaluation) {
        ByteBuffer digest = ByteBuffer.wrap(SHA_256.get().digest(said(evaluation)));
        return new LastJudgement(evaluation.getStatus(), digest.getLong(), digest.getLong());
    }

    /**
     * What the evaluation says, written out field by field: every field but its own key, the status
     * before it, its sources and the time it was made (a re-evaluation of the same figures says the
     * same, whenever it is made and whatever was said before).
     */
    private static byte[] said(ProgressEvaluation e) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writeText(out, e.getStatus().name());
            out.writeInt(e.getYear());
            out.writeDouble(e.getActual());
            writeNullable(out, e.getExpected());
            writeNullable(out, e.getProjected());
            writeNullable(out, e.getProgress());
            writeText(out, e.getReason());
            writeText(out, e.getDepartment());
            out.writeBoolean(e.getBinding());
            writeText(out, e.getReadingId());
            List<YearFigure> series = e.getSeries();
            out.writeInt(series == null ? -1 : series.size());
            if (series != null) {
                for (YearFigure figure : series) {
                    out.writeInt(figure.getYear());
                    writeNullable(out, figure.getActual());
                    writeNullable(out, figure.getPath());
                }
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    private static void writeNullable(DataOutputStream out, Double value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeDouble(value);
        }
    }

    private static void writeText(DataOutputStream out, CharSequence text) throws IOException {
        if (text == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }
}
