using System.CommandLine;

namespace Defacto.Cli.Commands;

/// <summary>`ingest`, `docs`, `show`, `search`: the foundation's commands.</summary>
public static class IngestCommands
{
    public static void Register(RootCommand root, GlobalOptions globals)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, folders, feed URLs", Arity = ArgumentArity.OneOrMore };
        var ingest = new Command("ingest", "Read, clean, date and store articles") { paths };
        ingest.SetAction(result =>
        {
            Console.WriteLine("not yet");
            return 0;
        });
        root.Subcommands.Add(ingest);
    }
}
