package org.gillab.models.processes;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gillab.lang.Source;
import org.gillab.runtime.CopyCounters;
import org.gillab.runtime.Shareable;
import org.gillab.workload.WorkerResult;
import org.gillab.workload.WorkerTask;

/** The bodies of the two large messages: the task a child runs and the report it sends back. */
final class Messages {
    private Messages() {}

    /** What a child needs of its {@link WorkerTask}: the rest (latches, output, hooks) it makes itself. */
    record ChildTask(int part, int parts, long size, Shareable shared, Source source, String moduleName) {}

    /**
     * What a child sends back: its {@link WorkerResult} less the times the parent measures, plus its own
     * transfer time, its whole process's CPU time and its JIT's compilation time so far, and what its serialized copies cost
     * ({@link CopyCounters}).
     */
    record ChildReport(Shareable result, List<String> errors, List<String> damage, long cpuNanos, long transferNanos,
                       long processCpuNanos, long jitNanos, Map<String, Long> copies) {}

    static void writeTask(DataOutputStream out, WorkerTask t, ChannelRefs channels) throws IOException {
        out.writeInt(t.part());
        out.writeInt(t.parts());
        out.writeLong(t.size());
        ShareableCodec.write(out, t.shared(), channels);
        ShareableCodec.writeString(out, t.source().name());
        ShareableCodec.writeString(out, t.source().text());
        ShareableCodec.writeString(out, t.moduleName());
    }

    static ChildTask readTask(DataInputStream in, ChannelRefs channels) throws IOException {
        int part = in.readInt(), parts = in.readInt();
        long size = in.readLong();
        Shareable shared = ShareableCodec.read(in, channels);
        String name = ShareableCodec.readString(in);
        String text = ShareableCodec.readString(in);
        return new ChildTask(part, parts, size, shared, new Source(name, text), ShareableCodec.readString(in));
    }

    static void writeReport(DataOutputStream out, WorkerResult r, long transferNanos, long processCpuNanos, ChannelRefs channels)
            throws IOException {
        out.writeBoolean(r.result() != null);
        if (r.result() != null) ShareableCodec.write(out, r.result(), channels);
        writeStrings(out, r.errors());
        writeStrings(out, r.damage());
        out.writeLong(r.cpuNanos());
        out.writeLong(transferNanos);
        out.writeLong(processCpuNanos);
        out.writeLong(ChildMain.jitNanos());
        Map<String, Long> copies = CopyCounters.snapshot();
        out.writeInt(copies.size());
        for (Map.Entry<String, Long> e : copies.entrySet()) {
            ShareableCodec.writeString(out, e.getKey());
            out.writeLong(e.getValue());
        }
    }

    static ChildReport readReport(DataInputStream in, ChannelRefs channels) throws IOException {
        Shareable result = in.readBoolean() ? ShareableCodec.read(in, channels) : null;
        List<String> errors = readStrings(in), damage = readStrings(in);
        long cpu = in.readLong(), transfer = in.readLong(), processCpu = in.readLong(), jit = in.readLong();
        int n = in.readInt();
        if (n < 0 || n > 64) throw new Wire.ProtocolFault("a report of " + n + " copy counters");
        Map<String, Long> copies = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) copies.put(ShareableCodec.readString(in), in.readLong());
        return new ChildReport(result, errors, damage, cpu, transfer, processCpu, jit, copies);
    }

    private static void writeStrings(DataOutputStream out, List<String> ss) throws IOException {
        out.writeInt(ss.size());
        for (String s : ss) ShareableCodec.writeString(out, s);
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 1 << 20) throw new Wire.ProtocolFault("a list of " + n + " messages");
        List<String> ss = new ArrayList<>(n);
        for (int i = 0; i < n; i++) ss.add(ShareableCodec.readString(in));
        return ss;
    }
}
