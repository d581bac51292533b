package org.quotetracker.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.quotetracker.eval.ArticleFile;

/** The article files named on a command line: files as given, directories expanded to their regular files in name order. */
public final class ArticleFiles {

    private ArticleFiles() {
    }

    public static List<Path> expand(List<String> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String name : paths) {
            Path path = Path.of(name);
            if (Files.isDirectory(path)) {
                try (Stream<Path> children = Files.walk(path)) {
                    children.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    /** The article files named on a command line, read into memory. */
    public static List<ArticleFile> readAll(List<String> paths) throws IOException {
        List<ArticleFile> articles = new ArrayList<>();
        for (Path file : expand(paths)) {
            try {
                articles.add(new ArticleFile(file.getFileName().toString(), read(file)));
            } catch (IOException e) {
                throw new IOException(file + ": " + e.getMessage(), e);
            }
        }
        return articles;
    }

    /** Reads a file as strict UTF-8: a file in another encoding is an error, never silently mangled text. */
    public static String read(Path file) throws IOException {
        return utf8(Files.readAllBytes(file));
    }

    /** Decodes a file's bytes as strict UTF-8 (also for the archive job, which reads files through Spark). */
    public static String utf8(byte[] bytes) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not UTF-8 text", e);
        }
    }

}
