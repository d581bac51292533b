package org.quotetracker.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The README's example queries: the ```graphql blocks of its "Example queries" section, as a new user copies them. */
public final class ReadmeExamples {

    private static final Pattern GRAPHQL_BLOCK = Pattern.compile("```graphql\n(.*?)```", Pattern.DOTALL);

    private ReadmeExamples() {
    }

    public static List<String> queries() throws IOException {
        String section = section("## Example queries", "### Export");
        List<String> found = new ArrayList<>();
        Matcher matcher = GRAPHQL_BLOCK.matcher(section);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    /** The README from the heading {@code from} up to the heading {@code to}, as a reader finds it. */
    public static String section(String from, String to) throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        return readme.substring(readme.indexOf(from), readme.indexOf(to));
    }
}
