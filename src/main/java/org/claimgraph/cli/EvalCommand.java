package org.claimgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimgraph.eval.ActorEvaluation;
import org.claimgraph.eval.EvalErrorWriter;
import org.claimgraph.eval.EvalReportJson;
import org.claimgraph.eval.EvalReportText;
import org.claimgraph.eval.EventEvaluation;
import org.claimgraph.eval.Evaluation;
import org.claimgraph.eval.AttributionCorpus;
import org.claimgraph.eval.AttributionEvaluation;
import org.claimgraph.extract.Extractors;
import org.claimgraph.ingest.ReadLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eval}: measures the attribution extractor against annotated corpora. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score the attribution extractor against an annotated corpus.",
        subcommands = {EvalCommand.Polnear.class, EvalCommand.Actors.class, EvalCommand.Events.class})
public final class EvalCommand implements Callable<Integer> {

    /** Exit code for a directory that is not a PolNeAR split (picocli also uses 2 for usage errors). */
    static final int NOT_A_CORPUS = 2;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return NOT_A_CORPUS;
    }

    /** Lower-case constants so that {@code --format json} works whatever the root command's enum settings. */
    public enum Format { text, json }

    /** What {@code eval actors} and {@code eval events} share: the articles, and a seeded sample of what was found to judge by hand. */
    static final class SampleOptions {
        @Parameters(index = "0", paramLabel = "DIR", description = "articles, e.g. ../shared/polnear/dev/text")
        Path dir;

        @Option(names = "--sample", defaultValue = "30", description = "items to print for judging (default: ${DEFAULT-VALUE})")
        int sample;

        @Option(names = "--seed", defaultValue = "1", description = "random seed of the sample (default: ${DEFAULT-VALUE})")
        long seed;
    }

    @Command(name = "polnear", mixinStandardHelpOptions = true,
            description = "Exact and overlap P/R/F1 per role on a PolNeAR split (a directory with text/ and attributions/).")
    static final class Polnear implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DIR", description = "a PolNeAR split, e.g. ../shared/polnear/dev")
        Path dir;

        @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
        Format format;

        @Option(names = "--errors", paramLabel = "FILE", description = "write misses and false alarms to FILE")
        Path errors;

        @Option(names = "--limit", paramLabel = "N", description = "score only the first N articles (alphabetical)")
        Integer limit;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!AttributionCorpus.isLayout(dir)) {
                Path where = dir.toAbsolutePath().normalize();
                // The corpus root holds the splits; naming it instead of a split is the likely slip.
                String hint = AttributionCorpus.isLayout(dir.resolve("dev")) ? "; did you mean " + where.resolve("dev") + "?" : "";
                err.println("eval polnear: not a PolNeAR layout: " + where
                        + " (expected text/ and attributions/ directories in it, e.g. polnear/dev)" + hint);
                return NOT_A_CORPUS;
            }
            if (limit != null && limit < 0) {
                err.println("eval polnear: --limit must not be negative: " + limit);
                return NOT_A_CORPUS;
            }
            AttributionCorpus corpus = AttributionCorpus.open(dir);
            Evaluation evaluation = new AttributionEvaluation(Extractors.standard())
                    .run(corpus, limit == null ? Integer.MAX_VALUE : limit);
            if (errors != null) {
                try (Writer w = Files.newBufferedWriter(errors, StandardCharsets.UTF_8)) {
                    EvalErrorWriter.write(evaluation.errors(), w);
                }
            }
            out.print(format == Format.json
                    ? EvalReportJson.render(evaluation.report()) + "\n"
                    : EvalReportText.render(evaluation.report()));
            out.flush();
            return 0;
        }
    }

    @Command(name = "actors", mixinStandardHelpOptions = true,
            description = "Count the actors, mentions and surface forms resolved in a directory of articles and "
                    + "print a seeded random sample of merges (two surface forms given one actor) to judge.")
    static final class Actors implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        SampleOptions options;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Path dir = options.dir;
            ActorEvaluation evaluation = new ActorEvaluation();
            Ingestion.run(List.of(dir), ReadLimits.DEFAULT, spec.commandLine().getErr(), evaluation::add);
            ActorEvaluation.Report r = evaluation.report(options.sample, options.seed);
            out.printf("articles %d, actors %d, mentions %d, surface forms %d, merges (form pairs) %d%n",
                    r.articles(), r.actors(), r.mentions(), r.surfaceForms(), r.merges());
            int i = 0;
            for (ActorEvaluation.Merge m : r.sample()) {
                out.printf("%n%2d. %s  <%s>%n    \"%s\" (%s) %s%n    \"%s\" (%s) %s%n", ++i, m.label(), m.actor(),
                        m.a().form(), Path.of(m.a().origin()).getFileName(), ActorEvaluation.context(dir, m.a(), 60),
                        m.b().form(), Path.of(m.b().origin()).getFileName(), ActorEvaluation.context(dir, m.b(), 60));
            }
            out.printf("%nlinks (a pronoun or description resolved to an actor) %d%n", r.links());
            i = 0;
            for (ActorEvaluation.Link l : r.linkSample()) {
                out.printf("%n%2d. \"%s\" -> %s  <%s> (%s)%n    %s%n", ++i, l.mention(), l.label(), l.actor(),
                        Path.of(l.origin()).getFileName(), l.context());
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "events", mixinStandardHelpOptions = true,
            description = "Count the events found in a directory of articles and the ones several articles share, "
                    + "and print a seeded random sample of events to judge.")
    static final class Events implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        SampleOptions options;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            EventEvaluation evaluation = new EventEvaluation();
            Ingestion.run(List.of(options.dir), ReadLimits.DEFAULT, spec.commandLine().getErr(), evaluation::add);
            EventEvaluation.Report r = evaluation.report(options.sample, options.seed);
            out.printf("articles %d, events %d, event statements %d, events stated by more than one article %d%n",
                    r.articles(), r.events(), r.statements(), r.crossArticle());
            evaluation.shared().forEach((e, a) -> out.printf("  shared %s in %s%n", e,
                    a.stream().map(o -> Path.of(o).getFileName().toString()).toList()));
            int i = 0;
            for (EventEvaluation.Stated s : r.sample()) {
                out.printf("%n%2d. %s  %s (%s)%n    by %s; to %s; participants %s; place %s; date %s%n    %s%n", ++i,
                        s.type(), s.label(), Path.of(s.origin()).getFileName(), s.doneBy(), s.doneTo(), s.participants(),
                        s.place(), s.date(), s.context());
            }
            out.flush();
            return 0;
        }
    }
}
