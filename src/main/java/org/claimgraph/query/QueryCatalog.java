package org.claimgraph.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The stored queries, by name. They come from a directory of {@code .rq} files, so that a user can add
 * or edit queries without rebuilding, or else from the copies packaged in the jar under
 * {@code /queries/}, so that the jar answers from any working directory.
 */
public final class QueryCatalog {

    /** The directory looked at first when none is configured, relative to the working directory. */
    public static final Path DEFAULT_DIRECTORY = Path.of("queries");
    private static final String RESOURCE_FOLDER = "queries";

    private final Map<String, StoredQuery> queries;
    private final String origin;

    private QueryCatalog(Map<String, StoredQuery> queries, String origin) {
        this.queries = Collections.unmodifiableMap(queries);
        this.origin = origin;
    }

    /**
     * The catalog for a command line: {@code directory} if given (it must exist), else ./queries if it
     * exists, else the queries packaged with the program.
     */
    public static QueryCatalog load(Path directory) {
        if (directory != null) {
            if (!Files.isDirectory(directory)) {
                throw new IllegalArgumentException("no query directory " + directory);
            }
            return fromDirectory(directory);
        }
        if (Files.isDirectory(DEFAULT_DIRECTORY)) {
            return fromDirectory(DEFAULT_DIRECTORY);
        }
        return fromClasspath();
    }

    /** Every {@code *.rq} file directly inside {@code directory}. */
    public static QueryCatalog fromDirectory(Path directory) {
        return new QueryCatalog(read(directory), directory.toAbsolutePath().toString());
    }

    /** The queries packaged under {@code /queries/} on the class path (in the jar or target/classes). */
    public static QueryCatalog fromClasspath() {
        URL folder = QueryCatalog.class.getClassLoader().getResource(RESOURCE_FOLDER);
        if (folder == null) {
            throw new IllegalStateException("no stored queries packaged under /" + RESOURCE_FOLDER + "/");
        }
        try {
            URI uri = folder.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return new QueryCatalog(read(Path.of(uri)), uri.toString());
            }
            // Inside a jar the folder is only reachable through a zip file system.
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return new QueryCatalog(read(jar.provider().getPath(uri)), uri.toString());
            } catch (FileSystemAlreadyExistsException e) {
                // Opened by someone else, who will close it.
                return new QueryCatalog(read(FileSystems.getFileSystem(uri).provider().getPath(uri)),
                        uri.toString());
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad resource location " + folder, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, StoredQuery> read(Path directory) {
        StoredQueryParser parser = new StoredQueryParser();
        Map<String, StoredQuery> byName = new TreeMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                String fileName = file.getFileName().toString();
                String name = fileName.substring(0, fileName.length() - ".rq".length());
                byName.put(name, parser.parse(name, Files.readString(file, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stored queries in " + directory, e);
        }
        return byName;
    }

    public Optional<StoredQuery> find(String name) {
        return Optional.ofNullable(queries.get(name));
    }

    /** The named query, or an {@link UnknownQueryException} naming the ones there are. */
    public StoredQuery get(String name) {
        StoredQuery q = queries.get(name);
        if (q == null) {
            throw new UnknownQueryException("no stored query '" + name + "'; known: "
                    + String.join(", ", queries.keySet()));
        }
        return q;
    }

    /** All queries, sorted by name. */
    public Collection<StoredQuery> all() {
        return queries.values();
    }

    /** Where the queries were read from, for messages. */
    public String origin() {
        return origin;
    }
}
