package org.claimgraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** A plain-text article, NAME.txt, with its optional sidecar NAME.meta.json next to it. */
final class TextArticleFile {

    static final String SUFFIX = ".txt";

    private TextArticleFile() {
    }

    /**
     * The text exactly as decoded from the file: no trimming, no line-ending changes, a byte order mark
     * kept as U+FEFF, so that every char offset the pipeline records points at the same character in
     * the file a user opens.
     */
    static Article read(Path file, String origin, ReadLimits limits) throws BadInputException, IOException {
        long size = Files.size(file);
        if (size > limits.maxTextFileBytes()) {
            // Refused unread: a 50 MB log file must not cost 150 MB of heap to be told it is too big.
            throw new BadInputException(String.format(Locale.ROOT,
                    "too large: %,d bytes cannot hold an article within the limit of %,d characters (--max-chars)",
                    size, limits.maxChars()));
        }
        String text = TextEncoding.decode(Files.readAllBytes(file));
        if (text.replace("\uFEFF", "").isBlank()) {
            throw new BadInputException(text.isEmpty() ? "empty file" : "only whitespace, no text");
        }
        ArticleMetadata fromName = new ArticleMetadata(null, null, null, null,
                FileNameDate.of(file.getFileName().toString()).orElse(null), null, null, List.of());
        ArticleMetadata guessed = TextMetadata.of(text).orElse(fromName);
        Path sidecarFile = sidecarOf(file);
        if (!Files.exists(sidecarFile)) {
            return new Article(origin, text, guessed);
        }
        Sidecar sidecar;
        try {
            sidecar = Sidecar.parse(TextEncoding.decode(Files.readAllBytes(sidecarFile)));
        } catch (BadInputException e) {
            throw new BadInputException("sidecar " + sidecarFile.getFileName() + ": " + e.reason());
        }
        return new Article(origin, text, sidecar.over(guessed));
    }

    /** NAME.meta.json for NAME.txt. */
    static Path sidecarOf(Path textFile) {
        String name = textFile.getFileName().toString();
        return textFile.resolveSibling(name.substring(0, name.length() - SUFFIX.length()) + Sidecar.SUFFIX);
    }

    /** NAME.txt for NAME.meta.json. */
    static Path articleOf(Path sidecarFile) {
        String name = sidecarFile.getFileName().toString();
        return sidecarFile.resolveSibling(name.substring(0, name.length() - Sidecar.SUFFIX.length()) + SUFFIX);
    }
}
