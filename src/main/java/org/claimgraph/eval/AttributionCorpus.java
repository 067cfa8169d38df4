package org.claimgraph.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One PolNeAR split on disk: {@code DIR/text/NAME.txt} and {@code DIR/attributions/NAME_XXXX.ann},
 * one .ann per annotator. The corpus is read where it lies and never copied into the project.
 *
 * <p>An article is any NAME with at least one .ann; when several annotators did one article, the
 * alphabetically first .ann file is the gold standard, as PolNeAR's README prescribes.
 */
public final class AttributionCorpus {

    private final Path dir;
    private final Map<String, Path> goldFiles;

    private AttributionCorpus(Path dir, Map<String, Path> goldFiles) {
        this.dir = dir;
        this.goldFiles = goldFiles;
    }

    /** Whether {@code dir} looks like a PolNeAR split (has text/ and attributions/ directories). */
    public static boolean isLayout(Path dir) {
        return Files.isDirectory(dir.resolve("text")) && Files.isDirectory(dir.resolve("attributions"));
    }

    /**
     * Lists the articles of a split.
     *
     * @throws IllegalArgumentException if {@code dir} is not a PolNeAR layout
     */
    public static AttributionCorpus open(Path dir) throws IOException {
        if (!isLayout(dir)) {
            throw new IllegalArgumentException("not a PolNeAR layout: " + dir
                    + " (expected text/ and attributions/ in it, e.g. polnear/dev)");
        }
        Map<String, Path> first = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir.resolve("attributions"))) {
            for (Path ann : files.filter(f -> f.getFileName().toString().endsWith(".ann")).toList()) {
                String article = articleName(ann.getFileName().toString());
                // Same article prefix, so comparing whole file names compares the annotator suffixes.
                first.merge(article, ann, (a, b) ->
                        a.getFileName().toString().compareTo(b.getFileName().toString()) <= 0 ? a : b);
            }
        }
        return new AttributionCorpus(dir, first);
    }

    /** TEXTNAME_XXXX.ann names the article TEXTNAME; a name without "_" is taken whole. */
    static String articleName(String annFileName) {
        String stem = annFileName.substring(0, annFileName.length() - ".ann".length());
        int cut = stem.lastIndexOf('_');
        return cut < 0 ? stem : stem.substring(0, cut);
    }

    public Path dir() {
        return dir;
    }

    /** Article names in alphabetical order. */
    public List<String> articleNames() {
        return List.copyOf(goldFiles.keySet());
    }

    /** The .ann file used as gold for {@code article}. */
    public Path goldFile(String article) {
        Path ann = goldFiles.get(article);
        if (ann == null) {
            throw new IllegalArgumentException("no article " + article + " in " + dir);
        }
        return ann;
    }

    /** Reads an article's text (UTF-8, unchanged) and its gold attributions. */
    public GoldArticle load(String article) throws IOException {
        Path ann = goldFile(article);
        String text = Files.readString(dir.resolve("text").resolve(article + ".txt"), StandardCharsets.UTF_8);
        return new GoldArticle(article, text, BratAttributionReader.read(ann, text));
    }
}
