package org.quotetracker.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A sub-command's arguments: {@code --flag}s, {@code --option VALUE}s and the paths in between. */
record Arguments(Set<String> flags, Map<String, String> options, List<String> paths) {

    /** @throws IllegalArgumentException for an unknown option or an option without its value */
    static Arguments parse(List<String> args, Set<String> flagNames, Set<String> optionNames) {
        Set<String> flags = new HashSet<>();
        Map<String, String> options = new HashMap<>();
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (flagNames.contains(arg)) {
                flags.add(arg);
            } else if (optionNames.contains(arg)) {
                if (i + 1 == args.size()) {
                    throw new IllegalArgumentException(arg + " needs a value");
                }
                options.put(arg, args.get(++i));
            } else if (arg.startsWith("--")) {
                throw new IllegalArgumentException("unknown option " + arg);
            } else {
                paths.add(arg);
            }
        }
        return new Arguments(flags, options, paths);
    }

    boolean has(String flag) {
        return flags.contains(flag);
    }

    String option(String name) {
        return options.get(name);
    }

    /** @throws IllegalArgumentException when the value is not a whole number of at least zero */
    int count(String name, int otherwise) {
        String value = options.get(name);
        if (value == null) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below, like a negative number
        }
        throw new IllegalArgumentException(name + " needs a whole number, not " + value);
    }
}
