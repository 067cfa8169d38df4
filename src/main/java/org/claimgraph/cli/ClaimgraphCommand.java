package org.claimgraph.cli;

import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "claimgraph", mixinStandardHelpOptions = true, version = "claimgraph 0.1.0",
        description = "Claim-provenance knowledge graph for news: who said it, through whom it reached the page,"
                + " and which other sources contradict it.",
        subcommands = {
                IngestCommand.class,
                ExtractCommand.class,
                ServeCommand.class,
                QueryCommand.class,
                EvalCommand.class,
                ChainCommand.class,
                ExportCommand.class,
                BenchCommand.class,
                LoadCommand.class,
                PushCommand.class,
                CompactCommand.class,
                CommandLine.HelpCommand.class})
public final class ClaimgraphCommand {

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Show stack traces for errors.")
    boolean debug;

    public static void main(String[] args) {
        System.exit(commandLine(Arrays.asList(args).contains("--debug")).execute(args));
    }

    /** The command line with claimgraph's error handling: a user's mistake is one line, not a stack trace. */
    public static CommandLine commandLine(boolean debug) {
        CommandLine cli = new CommandLine(new ClaimgraphCommand());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof UserError) {
                commandLine.getErr().println("claimgraph: " + e.getMessage());
                return 2;
            }
            commandLine.getErr().println("claimgraph: error: " + e);
            if (debug) {
                e.printStackTrace(commandLine.getErr());
            } else {
                commandLine.getErr().println("(run with --debug for the stack trace)");
            }
            return 3;
        });
        return cli;
    }
}
