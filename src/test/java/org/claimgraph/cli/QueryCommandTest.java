package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.query.ClaimFixture;
import org.claimgraph.query.QueryCatalog;
import org.claimgraph.server.ClaimServer;
import org.claimgraph.server.ServerSettings;
import org.claimgraph.store.ClaimStore;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;
import java.util.List;
import static org.junit.jupiter.api.Assertions.assertFalse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The query and serve commands as a user runs them, against a real TDB2 directory. */
class QueryCommandTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(Object command, String... args) {
        PrintStream oldOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            CommandLine cli = new CommandLine(command);
            cli.setErr(new PrintWriter(err, true));
            int exit = cli.execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(oldOut);
        }
    }

    private Path loadedStore() {
        Path db = dir.resolve("db");
        try (ClaimStore store = ClaimStore.open(db)) {
            new ClaimFixture().load(store);
        }
        return db;
    }

    /**
     * A store opened cold (its node cache empty) must still write every value: TDB2 rows hold node ids
     * that resolve only inside the read transaction, so rows written after it must be detached first.
     */
    @Test
    void rowsFromAColdStoreKeepTheirValues() {
        Path db = dir.resolve("cold");
        ClaimStore store = ClaimStore.open(db);
        Ingestion.ingest(store, List.of(Path.of("data/articles")), new PrintStream(new ByteArrayOutputStream()));
        DatasetGraph dsg = store.datasetGraph();
        store.close();
        TDBInternal.expel(dsg);

        // contradictions projects texts that the query's evaluation never touches
        Run csv = run(new QueryCommand(), "contradictions", "--store", db.toString(), "--format", "tsv",
                "--queries", "queries");
        assertEquals(0, csv.exit(), csv.err());
        assertFalse(csv.err().contains("transaction"), csv.err());
        List<String> lines = csv.out().strip().lines().skip(1).toList();
        assertFalse(lines.isEmpty());
        for (String line : lines) {
            String[] columns = line.split("\t", -1);
            for (int i = 0; i < 7; i++) { // claimA .. kind are never empty
                assertFalse(columns[i].isEmpty(), "column " + i + " went missing: " + line);
            }
        }
    }

    @Test
    void queryRunsAgainstTheStoreWithParameters() {
        Path db = loadedStore();
        Run csv = run(new QueryCommand(), "claims", "--store", db.toString(), "--param",
                "source=" + ClaimFixture.MIKATI, "--format", "csv", "--queries", "queries");
        assertEquals(0, csv.exit(), csv.err());
        String[] lines = csv.out().strip().split("\r?\n");
        assertEquals("claim,article,source,sourceName,cue,text", lines[0]);
        assertEquals(2, lines.length);

        Run table = run(new QueryCommand(), "attribution-chain", "--store", db.toString());
        assertEquals(0, table.exit(), table.err());
        assertTrue(table.out().contains("cg:TranslatedBy"), table.out());

        Run listing = run(new QueryCommand(), "--store", db.toString());
        assertEquals(0, listing.exit());
        assertTrue(listing.out().contains("--param claim=..."), listing.out());
    }

    @Test
    void queryRefusesUnknownNamesParametersAndMissingStores() {
        Path db = loadedStore();
        Run unknown = run(new QueryCommand(), "claimz", "--store", db.toString());
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("no stored query 'claimz'"), unknown.err());
        Run badParam = run(new QueryCommand(), "claims", "--store", db.toString(), "-p", "speaker=x");
        assertEquals(2, badParam.exit());
        assertTrue(badParam.err().contains("no parameter 'speaker'"), badParam.err());
        Run noStore = run(new QueryCommand(), "claims", "--store", dir.resolve("absent").toString());
        assertEquals(2, noStore.exit());
        assertTrue(noStore.err().contains("no store at"), noStore.err());
        Run both = run(new QueryCommand(), "claims", "--store", db.toString(), "--endpoint", "http://x/");
        assertEquals(2, both.exit());
    }

    @Test
    void queryRunsAgainstAnEndpoint() {
        Path db = loadedStore();
        try (ClaimStore store = ClaimStore.open(db)) {
            ClaimServer server = ClaimServer.start(store.datasetGraph(), QueryCatalog.fromClasspath(),
                    ServerSettings.readOnly(0, Duration.ofSeconds(10)));
            try {
                Run json = run(new QueryCommand(), "actors", "--endpoint", server.queryUrl(), "--format", "json");
                assertEquals(0, json.exit(), json.err());
                assertTrue(json.out().contains("\"Najib Mikati\""), json.out());
                // actors reads its page through cgf:keyPage now, so it gets the note too; a plain query does not
                assertTrue(json.err().contains("property functions"), json.err());
                Run plain = run(new QueryCommand(), "article-provenance", "--endpoint", server.queryUrl());
                assertEquals(0, plain.exit(), plain.err());
                assertFalse(plain.err().contains("property functions"), plain.err());
                // claimgraph's own server evaluates the page functions: rows, and a note for other servers
                Run claims = run(new QueryCommand(), "claims", "--endpoint", server.queryUrl(), "--format", "csv");
                assertEquals(0, claims.exit(), claims.err());
                assertTrue(claims.out().contains("the talks would resume next week"), claims.out());
                assertTrue(claims.err().contains("an endpoint other than 'claimgraph serve' answers it with no rows"),
                        claims.err());
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void serveChecksItsOptions() {
        Run updateWithoutPasswd = run(new ServeCommand(), "--update", "--store", dir.resolve("db").toString());
        assertEquals(2, updateWithoutPasswd.exit());
        assertTrue(updateWithoutPasswd.err().contains("--update needs --passwd"), updateWithoutPasswd.err());
        Run badTimeout = run(new ServeCommand(), "--timeout", "0");
        assertEquals(2, badTimeout.exit());
    }

    @Test
    void serveAnnouncesItsUrls() {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs("--port", "0", "--timeout", "2.5");
        ServerSettings settings = serve.settings();
        try (ClaimStore store = ClaimStore.open(loadedStore())) {
            ClaimServer server = ClaimServer.start(store.datasetGraph(), serve.catalog(), settings);
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ServeCommand.announce(server, serve.catalog(), settings, new PrintStream(out, true, StandardCharsets.UTF_8));
                String text = out.toString(StandardCharsets.UTF_8);
                assertTrue(text.contains("port " + server.port()), text);
                assertTrue(text.contains("http://127.0.0.1:" + server.port() + "/claims/sparql"), text);
                assertTrue(text.contains("time limit 2.5 s"), text);
                List<String> lines = new ArrayList<>(server.describe());
                assertTrue(lines.stream().anyMatch(l -> l.contains("refused")));
            } finally {
                server.stop();
            }
        }
    }
}
