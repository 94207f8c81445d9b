using System.Text.Json;
using Defacto.Cli;

namespace Defacto.Tests.Actors;

[Collection("Console")]
public class ActorCommandsTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) =>
        Defacto.Tests.Cli.InProcessCli.Run([.. args, "--kb", Path.Combine(SharedData.RepoRoot, "knowledge")]);

    [Fact]
    public void LedgerJsonListsRecognizersWithSources()
    {
        var (code, output, _) = Run("ledger", "South Ossetia", "--as-of", "2025-01-15", "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("South Ossetia", json.RootElement.GetProperty("entity").GetString());
        var by = json.RootElement.GetProperty("recognizedBy").EnumerateArray().ToList();
        var names = by.Select(r => r.GetProperty("name").GetString()).ToList();
        foreach (var n in new[] { "Russia", "Nicaragua", "Venezuela", "Syria", "Nauru", "Abkhazia" }) Assert.Contains(n, names);
        Assert.All(by, r =>
        {
            Assert.False(string.IsNullOrEmpty(r.GetProperty("code").GetString()));
            Assert.False(string.IsNullOrEmpty(r.GetProperty("source").GetString()));
            Assert.True(r.TryGetProperty("since", out _));
        });
        var (_, older, _) = Run("ledger", "SOS", "--as-of", "2013-01-01", "--json");
        Assert.Contains("\"Tuvalu\"", older);
    }

    [Fact]
    public void WhoisAndActorAnswerFromTheKnowledgeBase()
    {
        var (code, output, _) = Run("whois", "president", "South Ossetia", "--as-of", "2019-02-19", "--json");
        Assert.Equal(0, code);
        using (var json = JsonDocument.Parse(output))
            Assert.Equal("anatoly-bibilov", json.RootElement.GetProperty("holder").GetProperty("id").GetString());
        var (_, fm, _) = Run("whois", "foreign minister", "AZE", "--as-of", "2024-02-14", "--json");
        Assert.Contains("jeyhun-bayramov", fm);
        var (actorCode, actor, _) = Run("actor", "Gagloev", "--json");
        Assert.Equal(0, actorCode);
        using (var json = JsonDocument.Parse(actor))
        {
            var office = json.RootElement.GetProperty("offices").EnumerateArray().Single();
            Assert.Equal("2022-05-24", office.GetProperty("from").GetString());
        }
    }

    [Fact]
    public void BadInputGivesOneLineUserErrors()
    {
        var (code, _, err) = Run("ledger", "Atlantis");
        Assert.Equal(CliApp.UserError, code);
        Assert.Contains("Atlantis", err);
        var (dateCode, _, dateErr) = Run("ledger", "SOS", "--as-of", "yesterday");
        Assert.Equal(CliApp.UserError, dateCode);
        Assert.Contains("yesterday", dateErr);
        var (checkCode, checkOut, _) = Run("kb", "check", "--json");
        Assert.Equal(0, checkCode);
        Assert.Contains("\"problems\": []", checkOut);
    }
}
