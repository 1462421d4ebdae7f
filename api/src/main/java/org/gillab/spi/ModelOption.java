package org.gillab.spi;

/** One setting a model accepts ({@code --option NAME=VALUE}), with its default and what it means. */
public record ModelOption(String name, String defaultValue, String description) {}
