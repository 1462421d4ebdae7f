package org.gillab.spi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings given to a model, checked against what its factory declares: an unknown name or a
 * value that does not parse is a {@link ModelOptionException} that names the option.
 */
public final class ModelOptions {
    private final String model;
    private final Map<String, String> values;

    private ModelOptions(String model, Map<String, String> values) {
        this.model = model;
        this.values = values;
    }

    /** {@code given} checked against what {@code factory} declares. */
    public static ModelOptions of(ModelFactory factory, Map<String, String> given) {
        return of(factory.name(), factory.options(), given);
    }

    /** Checks {@code given} against {@code declared}; declared defaults fill what is not given. */
    public static ModelOptions of(String model, List<ModelOption> declared, Map<String, String> given) {
        Map<String, String> values = new LinkedHashMap<>();
        for (ModelOption o : declared) values.put(o.name(), o.defaultValue());
        for (Map.Entry<String, String> e : given.entrySet()) {
            if (!values.containsKey(e.getKey())) {
                String known = declared.isEmpty() ? "it takes no options"
                        : "known: " + String.join(", ", declared.stream().map(ModelOption::name).toList());
                throw new ModelOptionException("unknown option '" + e.getKey() + "' for model " + model + " (" + known + ")");
            }
            values.put(e.getKey(), e.getValue());
        }
        return new ModelOptions(model, values);
    }

    public String get(String name) {
        String v = values.get(name);
        if (v == null) throw new IllegalArgumentException("model " + model + " declares no option " + name);
        return v;
    }

    /** A whole number of at least {@code min}. */
    public long getLong(String name, long min) {
        String v = get(name);
        try {
            long x = Long.parseLong(v.replace("_", ""));
            if (x >= min) return x;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ModelOptionException("option " + name + " of model " + model + ": expected a whole number >= " + min + ", got '" + v + "'");
    }

    /** A duration: a number with a unit (ns, us, ms, s); returns nanoseconds. */
    public long getDurationNanos(String name) {
        String v = get(name).trim();
        String[][] units = {{"ns", "1"}, {"us", "1000"}, {"ms", "1000000"}, {"s", "1000000000"}};
        for (String[] u : units) {
            if (v.endsWith(u[0]) && !(u[0].equals("s") && (v.endsWith("ns") || v.endsWith("us") || v.endsWith("ms")))) {
                try {
                    double x = Double.parseDouble(v.substring(0, v.length() - u[0].length()));
                    long ns = Math.round(x * Long.parseLong(u[1]));
                    if (x > 0 && ns > 0) return ns;
                } catch (NumberFormatException e) {
                    break;
                }
            }
        }
        throw new ModelOptionException("option " + name + " of model " + model + ": expected a positive duration such as 5ms, 200us or 0.01s, got '" + v + "'");
    }

    public boolean getBoolean(String name) {
        String v = get(name);
        if (v.equalsIgnoreCase("true") || v.equals("1") || v.equalsIgnoreCase("yes")) return true;
        if (v.equalsIgnoreCase("false") || v.equals("0") || v.equalsIgnoreCase("no")) return false;
        throw new ModelOptionException("option " + name + " of model " + model + ": expected true or false, got '" + v + "'");
    }

    /** Every setting, defaults included, in declaration order. */
    public Map<String, String> asMap() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
