package org.quotetracker.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.quotetracker.extraction.ExtractedQuote;
import org.quotetracker.extraction.QuoteExtractor;

import tools.jackson.databind.json.JsonMapper;

/** {@code extract PATH...}: prints every quote of the given articles as JSON Lines, without a server or a database. */
final class ExtractCommand implements Command {

    private final JsonMapper json = JsonMapper.builder().build();
    private final QuoteExtractor extractor = new QuoteExtractor();

    @Override
    public String name() {
        return "extract";
    }

    @Override
    public String summary() {
        return "PATH...  print the quotes of article files (or directories) as JSON Lines";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        if (args.isEmpty()) {
            err.println("usage: extract PATH...");
            return 2;
        }
        int failed = 0;
        for (Path file : ArticleFiles.expand(args)) {
            List<ExtractedQuote> quotes;
            try {
                quotes = extractor.extract(ArticleFiles.read(file)).quotes();
            } catch (IOException | RuntimeException e) {
                err.println(file + ": " + e);
                failed++;
                continue;
            }
            String name = file.getFileName().toString();
            for (ExtractedQuote quote : quotes) {
                out.println(json.writeValueAsString(row(name, quote)));
            }
        }
        return failed == 0 ? 0 : 1;
    }

    private static Map<String, Object> row(String file, ExtractedQuote q) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("file", file);
        row.put("text", q.text());
        row.put("start", q.start());
        row.put("end", q.end());
        row.put("speaker", q.speaker() == null ? null : q.speaker().name());
        row.put("speakerKind", q.speaker() == null ? null : q.speaker().kind().name());
        row.put("role", q.role());
        row.put("saidOn", q.saidOn() == null ? null : q.saidOn().toString());
        row.put("partial", q.partial());
        row.put("cue", q.cue());
        row.put("method", q.method() == null ? null : q.method().code());
        row.put("confidence", q.confidence());
        return row;
    }
}
