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

    /** Results for {@code paths} in the order given; each directory's files sorted by relative path. */
    public ReadReport read(Collection<Path> paths) {
        List<IngestResult> results = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                readDirectory(path, results);
            } else if (Files.isRegularFile(path)) {
                readFile(path, fileName(path), true, results);
            } else {
                results.add(new IngestProblem(path.toString(),
                        Files.exists(path) ? "not a regular file or directory" : "no such file or directory"));
            }
        }
        return new ReadReport(results);
    }

    public ReadReport read(Path... paths) {
        return read(Arrays.asList(paths));
    }

    private void readDirectory(Path root, List<IngestResult> results) {
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
        results.addAll(unreadable);
        for (Path file : files) {
            readFile(file, origin(root, file), false, results);
        }
    }

    private void readFile(Path file, String origin, boolean namedByUser, List<IngestResult> results) {
        String name = fileName(file).toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(Sidecar.SUFFIX)) {
                // Read together with its article; only a sidecar without one is worth a word.
                if (!Files.exists(TextArticleFile.articleOf(file))) {
                    results.add(new IngestProblem(origin,
                            "sidecar without " + TextArticleFile.articleOf(file).getFileName() + " next to it"));
                }
            } else if (name.endsWith(TextArticleFile.SUFFIX)) {
                results.addAll(PageStories.split(TextArticleFile.read(file, origin)));
            } else if (name.endsWith(JsonArticleFile.JSON_SUFFIX)) {
                results.add(JsonArticleFile.readObject(file, origin));
            } else if (name.endsWith(JsonArticleFile.JSON_LINES_SUFFIX)) {
                results.addAll(JsonArticleFile.readLines(file, origin));
            } else if (namedByUser) {
                results.add(new IngestProblem(origin, "not a .txt, .json or .jsonl file"));
            }
        } catch (BadInputException e) {
            results.add(new IngestProblem(origin, e.reason()));
        } catch (IOException e) {
            results.add(new IngestProblem(origin, "cannot read: " + describe(e)));
        }
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
