using System.CommandLine;
using Defacto.Cli.Commands;
using Spectre.Console;

namespace Defacto.Cli;

/// <summary>Builds the `defacto` command tree and runs it with the project's exit-code conventions.</summary>
public static class CliApp
{
    /// <summary>Exit code for a user error (bad input, missing file) reported in one line.</summary>
    public const int UserError = 1;

    /// <summary>Exit code for bad usage (unknown verb or option).</summary>
    public const int UsageError = 2;

    public static RootCommand BuildRoot()
    {
        var globals = new GlobalOptions();
        var root = new RootCommand("Defacto: conflict and diplomacy news to events and a time-aware fact ledger.");
        root.Options.Add(globals.Db);
        root.Options.Add(globals.Json);
        // Each stage's commands live in Commands/<Stage>Commands.cs and register here.
        IngestCommands.Register(root, globals);
        TimeCommands.Register(root, globals);
        ActorCommands.Register(root, globals);
        SyntaxCommands.Register(root, globals);
        SentenceCommands.Register(root);
        EventCommands.Register(root, globals);
        CodeCommands.Register(root, globals);
        return root;
    }

    /// <summary>A verb several stages share ("train", "eval"): the existing one, or a new one added to the root.</summary>
    public static Command VerbGroup(RootCommand root, string name, string description)
    {
        var existing = root.Subcommands.FirstOrDefault(c => c.Name == name);
        if (existing is not null) return existing;
        var command = new Command(name, description);
        root.Subcommands.Add(command);
        return command;
    }

    public static int Run(string[] args)
    {
        var root = BuildRoot();
        if (args.Length == 0)
        {
            root.Parse("--help").Invoke();
            return UsageError;
        }
        var result = root.Parse(args);
        if (result.Errors.Count > 0 && !IsHelpOrVersion(args))
        {
            foreach (var error in result.Errors) Console.Error.WriteLine($"defacto: {error.Message}");
            Console.Error.WriteLine("Try 'defacto --help'.");
            return UsageError;
        }
        try
        {
            return result.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (UserErrorException e)
        {
            Console.Error.WriteLine($"defacto: {e.Message}");
            return UserError;
        }
        catch (Store.StoreException e)
        {
            Console.Error.WriteLine($"defacto: {e.Message}");
            return UserError;
        }
    }

    private static bool IsHelpOrVersion(string[] args) => args.Any(a => a is "--help" or "-h" or "-?" or "--version");

    /// <summary>Writes a value as indented JSON to standard output.</summary>
    public static void WriteJson<T>(T value) =>
        Console.Out.WriteLine(System.Text.Json.JsonSerializer.Serialize(value, JsonOutput.Options));

    /// <summary>Console for human-readable output; plain when output is redirected.</summary>
    public static IAnsiConsole Out { get; } = AnsiConsole.Console;
}

/// <summary>A mistake in what the user asked for, reported as one line with exit code 1.</summary>
public sealed class UserErrorException(string message) : Exception(message);

/// <summary>Options every command understands: --db and --json.</summary>
public sealed class GlobalOptions
{
    public Option<string> Db { get; } = new("--db")
    {
        Description = "SQLite database file (env DEFACTO_DB, default ./defacto.db)",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("DEFACTO_DB") is { Length: > 0 } env ? env : "defacto.db",
    };

    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Machine-readable JSON output",
        Recursive = true,
    };
}

/// <summary>Shared JSON settings for --json output.</summary>
public static class JsonOutput
{
    public static System.Text.Json.JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase) },
    };
}
