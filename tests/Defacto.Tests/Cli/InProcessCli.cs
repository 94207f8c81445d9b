using Defacto.Cli;

namespace Defacto.Tests.Cli;

/// <summary>Runs CliApp in this process with stdout and stderr captured; tests using it join the "Console" collection.</summary>
public static class InProcessCli
{
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var (oldOut, oldErr) = (Console.Out, Console.Error);
        var (o, e) = (new StringWriter(), new StringWriter());
        Console.SetOut(o);
        Console.SetError(e);
        try { return (CliApp.Run(args), o.ToString(), e.ToString()); }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldErr);
        }
    }
}
