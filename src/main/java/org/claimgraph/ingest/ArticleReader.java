package org.claimgraph.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Reads articles from files and directories given by a user. Bad input never throws and never stops
 * the run: each unreadable file (or JSON Lines line) becomes an {@link IngestProblem} naming it, and
 * everything else still loads.
 *
 * <p>Formats: NAME.txt (UTF-8 text, optional sidecar NAME.meta.json), NAME.json (one news-please
 * object), NAME.jsonl (one object per line). Directories are walked recursively in sorted order;
 * other files in them are ignored, but a file named explicitly must be one of these formats.
 */
public final class ArticleReader {

    private final ReadLimits limits;

    public ArticleReader() {
        this(ReadLimits.DEFAULT);
    }

    public ArticleReader(ReadLimits limits) {
        this.limits = limits;
    }

    /** Results for {@code paths} in the order given; each directory's files sorted by relative path. */
    public ReadReport read(Collection<Path> paths) {
        List<IngestResult> results = new ArrayList<>();
        read(paths, results::add);
        return new ReadReport(results);
    }

    /**
     * The same results, handed over one file at a time as they are read, so that only one file's
     * text is in memory at once however large the corpus.
     */
    public void read(Collection<Path> paths, Consumer<IngestResult> results) {
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                readDirectory(path, results);
            } else if (Files.isRegularFile(path)) {
                readFile(path, fileName(path), true, results);
            } else {
                results.accept(new IngestProblem(path.toString(),
                        Files.exists(path) ? "not a regular file or directory" : "no such file or directory"));
            }
        }
    }

    public ReadReport read(Path... paths) {
        return read(Arrays.asList(paths));
    }

    private void readDirectory(Path root, Consumer<IngestResult> results) {
        List<Path> files = new ArrayList<>();
        List<IngestProblem> unreadable = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile()) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    unreadable.add(new IngestProblem(origin(root, file), "cannot read: " + describe(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            unreadable.add(new IngestProblem(root.toString(), "cannot read directory: " + describe(e)));
        }
        // Sorted by the origin shown to the user, so runs on different file systems load in one order.
        files.sort(Comparator.comparing(file -> origin(root, file)));
        unreadable.forEach(results);
        for (Path file : files) {
            readFile(file, origin(root, file), false, results);
        }
    }

    /**
     * One file found under the directory {@code root}, read as {@link #read} reads it there (same
     * origin, same sidecar and page handling): lets an engine hand the files of one input to many
     * workers.
     */
    public void readFile(Path root, Path file, Consumer<IngestResult> results) {
        readFile(file, origin(root, file), false, results);
    }

    private void readFile(Path file, String origin, boolean namedByUser, Consumer<IngestResult> results) {
        String name = fileName(file).toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(Sidecar.SUFFIX)) {
                // Read together with its article; only a sidecar without one is worth a word.
                if (!Files.exists(TextArticleFile.articleOf(file))) {
                    results.accept(new IngestProblem(origin,
                            "sidecar without " + TextArticleFile.articleOf(file).getFileName() + " next to it"));
                }
            } else if (name.endsWith(TextArticleFile.SUFFIX)) {
                // The size limit applies to the file's text, before it is split into the stories on the page.
                IngestResult page = withinLimit(TextArticleFile.read(file, origin, limits));
                if (page instanceof Article article) {
                    PageStories.split(article).forEach(results);
                } else {
                    results.accept(page);
                }
            } else if (name.endsWith(JsonArticleFile.JSON_SUFFIX)) {
                results.accept(withinLimit(JsonArticleFile.readObject(file, origin, limits)));
            } else if (name.endsWith(JsonArticleFile.JSON_LINES_SUFFIX)) {
                JsonArticleFile.readLines(file, origin).forEach(r -> results.accept(withinLimit(r)));
            } else if (namedByUser) {
                results.accept(new IngestProblem(origin, "not a .txt, .json or .jsonl file"));
            }
        } catch (BadInputException e) {
            results.accept(new IngestProblem(origin, e.reason()));
        } catch (IOException e) {
            results.accept(new IngestProblem(origin, "cannot read: " + describe(e)));
        }
    }

    /** An article longer than the limit becomes a problem naming its size. */
    private IngestResult withinLimit(IngestResult result) {
        if (result instanceof Article a && a.text().length() > limits.maxChars()) {
            return new IngestProblem(a.origin(), String.format(Locale.ROOT,
                    "too large: %,d characters, more than the limit of %,d (--max-chars)",
                    a.text().length(), limits.maxChars()));
        }
        return result;
    }

    /** The path below the directory the user named, with '/' on every platform. */
    private static String origin(Path root, Path file) {
        Path relative = root.relativize(file);
        List<String> parts = new ArrayList<>();
        relative.forEach(part -> parts.add(part.toString()));
        return String.join("/", parts);
    }

    private static String fileName(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }

    private static String describe(IOException e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
    }
}
