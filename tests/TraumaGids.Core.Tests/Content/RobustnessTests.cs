using TraumaGids.Core.Content;

namespace TraumaGids.Core.Tests.Content;

/// <summary>Bad content never makes the loader throw: it becomes issues, and the file is skipped.</summary>
public sealed class RobustnessTests
{
    private const int Rounds = 400;
    private const string Alphabet = "-:[]{}\"'#&*!|>%@`,?\t\n \\/<>()0123456789abcz~.=";

    [Fact]
    public void Load_RandomlyMutatedFiles_NeverThrowsAndReportsEverySkippedFile()
    {
        var random = new Random(20261101);
        var samples = new[] { SampleContent.Practitioner, SampleContent.Offer, SampleContent.InfoPage, SampleContent.Vocabularies };
        var paths = new[] { SampleContent.PractitionerPath, SampleContent.OfferPath, SampleContent.InfoPagePath, Vocabularies.FileName };
        using var tree = ContentTree.Valid();
        for (var round = 0; round < Rounds; round++)
        {
            var kind = random.Next(samples.Length);
            var text = samples[kind].ToCharArray().ToList();
            for (var edit = random.Next(1, 4); edit > 0; edit--)
            {
                var at = random.Next(text.Count);
                switch (random.Next(3))
                {
                    case 0: text.RemoveAt(at); break;
                    case 1: text.Insert(at, Alphabet[random.Next(Alphabet.Length)]); break;
                    default: text[at] = Alphabet[random.Next(Alphabet.Length)]; break;
                }
            }
            var mutated = new string([.. text]);
            tree.With(paths[kind], mutated);

            ContentSet content;
            try
            {
                content = tree.Load();
            }
            catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
            {
                Assert.Fail($"Load threw {ex.GetType().Name} for {paths[kind]}:\n{mutated}\n{ex}");
                throw;
            }

            var loaded = kind switch
            {
                0 => content.Practitioners.Count,
                1 => content.Offers.Count,
                2 => content.InfoPages.Count,
                _ => 1, // a broken vocabulary makes other files fail, not itself skipped
            };
            Assert.True(loaded == 1 || content.Issues.Any(i => i.File == paths[kind]),
                $"{paths[kind]} was skipped without an issue:\n{mutated}");
            Assert.All(content.Issues, i => Assert.True(i.Line >= 1 && i.Line <= mutated.Count(c => c == '\n') + 1 || i.File != paths[kind],
                $"line {i.Line} is outside {paths[kind]}: {i}\n{mutated}"));
            // A precise error: every issue names a field (or "front matter"/"file") and says what is wrong.
            Assert.All(content.Issues, i => Assert.False(string.IsNullOrWhiteSpace(i.Field) || string.IsNullOrWhiteSpace(i.Message),
                $"vague issue {i} for\n{mutated}"));
            // The rest is still served: a broken file of one kind never takes the files of the other kinds with it.
            if (kind < 3)
            {
                var counts = new[] { content.Practitioners.Count, content.Offers.Count, content.InfoPages.Count };
                Assert.All(Enumerable.Range(0, 3).Where(k => k != kind), k => Assert.True(counts[k] == 1,
                    $"{paths[k]} was not served after {paths[kind]} broke:\n{mutated}\n{string.Join("\n", content.Issues)}"));
            }
            tree.With(paths[kind], samples[kind]);
        }
    }
}
