package org.gillab.obj;

/** Placeholder: registers str's methods. */
public final class StrMethods {
    private StrMethods() {}

    public static void install() {}
}
