using DeepNvm.Language.Binding;
using DeepNvm.Language.Syntax;

namespace DeepNvm.Language.Tests;

/// <summary>
/// Thousands of deterministic mutations of the shipped example (delete, insert, duplicate, swap
/// characters): whatever the damage, the front end never throws, every diagnostic points inside
/// the file it names, and a declaration is marked failed only with an error reported.
/// </summary>
public class MutationTests
{
    private const int MutationsPerFile = 400;
    private static readonly string Alphabet = "abcXYZ_019 .,;:=+-*/^()[]{}\"\n\t#@µΩ\\%";

    public static TheoryData<string> ExampleFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepositoryPaths.ExampleNvm, "*.nvm").OrderBy(f => f, StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void Validation_md_states_the_mutation_count_the_test_runs()
    {
        var files = Directory.GetFiles(RepositoryPaths.ExampleNvm, "*.nvm").Length;
        var page = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "validation.md"));

        var total = (files * MutationsPerFile).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        page.ShouldContain($"{MutationsPerFile} deterministic mutations of each example file ({total} for the");
        page.ShouldContain($"{total} mutations of the shipped example");
    }

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Mutated_files_never_crash_and_every_problem_is_located(string fileName)
    {
        var files = Directory.GetFiles(RepositoryPaths.ExampleNvm, "*.nvm").OrderBy(f => f, StringComparer.Ordinal)
            .ToDictionary(f => "/project/" + Path.GetFileName(f), File.ReadAllText);
        var target = "/project/" + fileName;
        var others = files.Where(f => f.Key != target).Select(f => NvmParser.Parse(f.Key, f.Value)).ToArray();
        var original = files[target];
        var random2 = new Random(StableSeed(fileName));
        var invalid = 0;

        for (var i = 0; i < MutationsPerFile; i++)
        {
            var mutated = Mutate(original, random2, i);
            var parsed = NvmParser.Parse(target, mutated);
            var program = NvmBinder.Bind(others.Append(parsed).ToArray(), new BindOptions("/project"));

            foreach (var diagnostic in program.Diagnostics)
            {
                var text = diagnostic.FilePath == target ? mutated : files[diagnostic.FilePath];
                diagnostic.Span.Line.ShouldBeGreaterThanOrEqualTo(1, Describe(i, mutated, diagnostic.ToString()));
                diagnostic.Span.Column.ShouldBeGreaterThanOrEqualTo(1, Describe(i, mutated, diagnostic.ToString()));
                diagnostic.Span.Start.ShouldBeInRange(0, text.Length, Describe(i, mutated, diagnostic.ToString()));
                diagnostic.Span.End.ShouldBeLessThanOrEqualTo(text.Length, Describe(i, mutated, diagnostic.ToString()));
                diagnostic.Message.ShouldNotBeNullOrWhiteSpace();
            }

            if (program.Declarations.Any(d => d.HasErrors) || parsed.BrokenDeclarations.Count > 0)
            {
                program.HasErrors.ShouldBeTrue(Describe(i, mutated, "a declaration failed without an error"));
            }

            if (program.HasErrors)
            {
                invalid++;
            }
        }

        // the mutations must actually exercise the error paths
        invalid.ShouldBeGreaterThan(MutationsPerFile / 4);
    }

    private static int StableSeed(string text) => text.Aggregate(17, (h, c) => unchecked(h * 31 + c));

    private static string Mutate(string text, Random random, int round)
    {
        var chars = new List<char>(text);
        var edits = 1 + random.Next(3);
        for (var e = 0; e < edits && chars.Count > 0; e++)
        {
            var at = random.Next(chars.Count);
            switch ((round + e) % 4)
            {
                case 0:
                    chars.RemoveRange(at, Math.Min(1 + random.Next(8), chars.Count - at));
                    break;
                case 1:
                    chars.Insert(at, Alphabet[random.Next(Alphabet.Length)]);
                    break;
                case 2:
                    var length = Math.Min(1 + random.Next(40), chars.Count - at);
                    chars.InsertRange(at, chars.GetRange(at, length));
                    break;
                default:
                    var other = random.Next(chars.Count);
                    (chars[at], chars[other]) = (chars[other], chars[at]);
                    break;
            }
        }

        return new string(chars.ToArray());
    }

    private static string Describe(int round, string mutated, string what) => $"mutation {round}: {what}\n---\n{mutated}\n---";
}
