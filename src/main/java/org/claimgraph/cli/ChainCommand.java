package org.claimgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.claimgraph.query.QueryCatalog;
import org.claimgraph.query.QueryRunner;
import org.claimgraph.rdf.Vocab;
import org.claimgraph.store.ClaimStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "chain", mixinStandardHelpOptions = true,
        description = {"Draw one claim's chain of attribution, from its speaker to the page, as Graphviz DOT or SVG.",
                "The hops are the rows of the stored query attribution-chain."})
public final class ChainCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Parameters(index = "0", paramLabel = "CLAIM",
            description = "The claim's IRI, or its id (the part after .../id/claim/).")
    String claim;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "dot",
            description = "dot or svg (svg needs Graphviz's dot) (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (!format.equals("dot") && !format.equals("svg")) {
            throw new UserError("--format must be dot or svg, not '" + format + "'");
        }
        if (!Files.isDirectory(store.directory())) {
            throw new UserError("no store at " + store.directory()
                    + " (load articles with 'claimgraph ingest' first, or give --store)");
        }
        String iri = claim.contains(":") ? claim : Vocab.ID_NS + "claim/" + claim;
        String dot;
        try (ClaimStore db = ClaimStore.open(store.directory())) {
            dot = dot(db, iri);
        }
        byte[] bytes = format.equals("svg") ? Graphviz.svg(dot) : dot.getBytes(StandardCharsets.UTF_8);
        if (out != null) {
            Files.write(out, bytes);
        } else {
            PrintStream stdout = System.out;
            stdout.write(bytes);
            stdout.flush();
        }
        return 0;
    }

    /** The DOT drawing of {@code claim}'s chain in {@code db}. */
    static String dot(ClaimStore db, String claim) {
        RowSetRewindable rows = new QueryRunner().select(QueryCatalog.load(null).get("attribution-chain"),
                Map.of("claim", claim), db.datasetGraph());
        List<ChainDot.Hop> hops = new ArrayList<>();
        String text = null;
        while (rows.hasNext()) {
            var row = rows.next();
            text = row.get("text").getLiteralLexicalForm();
            var name = row.get("agentName");
            hops.add(new ChainDot.Hop(Integer.parseInt(row.get("depth").getLiteralLexicalForm()),
                    name != null ? name.getLiteralLexicalForm() : row.get("agent").getURI(),
                    row.get("role").getLocalName()));
        }
        if (hops.isEmpty()) {
            throw new UserError("no claim " + claim + " with a chain in the store");
        }
        return ChainDot.render(claim, text, hops);
    }
}
