package org.gillab.models.processes;

import java.io.IOException;

import org.gillab.runtime.ChannelCore;

/**
 * How a channel crosses a pipe: as a number. The parent numbers the channels it keeps; a child turns
 * each number into a proxy that forwards to the parent, and each proxy back into its number.
 */
interface ChannelRefs {
    /** The number {@code core} travels as. */
    int idOf(ChannelCore core);

    /** The channel a number stands for on this side; a number never given out is a {@link Wire.ProtocolFault}. */
    ChannelCore core(int id) throws IOException;
}
