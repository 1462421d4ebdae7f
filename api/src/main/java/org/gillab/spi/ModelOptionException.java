package org.gillab.spi;

/** A model setting a user got wrong: the message names the option and what was expected. */
public class ModelOptionException extends RuntimeException {
    public ModelOptionException(String message) {
        super(message);
    }
}
