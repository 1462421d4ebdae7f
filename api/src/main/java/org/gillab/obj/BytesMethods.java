package org.gillab.obj;

/** Placeholder: registers bytes' methods. */
public final class BytesMethods {
    private BytesMethods() {}

    public static void install() {}
}
