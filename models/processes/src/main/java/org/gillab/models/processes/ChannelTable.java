package org.gillab.models.processes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.gillab.runtime.ChannelCore;
import org.gillab.runtime.LocalChannelCore;

/**
 * Every channel of a run, kept in the parent, by number: those the main interpreter made (in
 * {@code setup}) and those the children asked for. A child reaches them only through requests, so a
 * queue lives in one place, as the pipe and lock of a {@code multiprocessing.Queue} do.
 */
final class ChannelTable {
    private final Map<Integer, ChannelCore> byId = new HashMap<>(); // guarded by this
    private final Map<ChannelCore, Integer> ids = new IdentityHashMap<>(); // guarded by this

    synchronized int idOf(ChannelCore core) {
        Integer id = ids.get(core);
        if (id == null) {
            if (!core.copies()) throw new IllegalStateException("a channel of references cannot reach another process");
            id = byId.size() + 1;
            ids.put(core, id);
            byId.put(id, core);
        }
        return id;
    }

    synchronized ChannelCore core(int id) throws Wire.ProtocolFault {
        ChannelCore c = byId.get(id);
        if (c == null) throw new Wire.ProtocolFault("channel " + id + ", which was never made");
        return c;
    }

    /** A new channel carrying copies, for a child that made one; its number. */
    int create(int maxsize) {
        return idOf(new LocalChannelCore(maxsize, true));
    }

    synchronized List<ChannelCore> all(Iterable<Integer> ids) {
        List<ChannelCore> out = new ArrayList<>();
        for (int id : ids) {
            ChannelCore c = byId.get(id);
            if (c != null) out.add(c);
        }
        return out;
    }
}
