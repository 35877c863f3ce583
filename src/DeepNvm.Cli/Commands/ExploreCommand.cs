using System.CommandLine;
using System.Globalization;
using DeepNvm.Cli.Explore;
using DeepNvm.Language.Diagnostics;
using DeepNvm.Studies;
using DeepNvm.Studies.Exploration;

namespace DeepNvm.Cli.Commands;

/// <summary>The choices of `deepnvm explore`.</summary>
internal sealed record ExploreOptions(string Path, string Out)
{
    public string? Space { get; init; }
    public string? Shard { get; init; }
    public bool Resume { get; init; }
    public bool Front { get; init; }
    public int BatchSize { get; init; } = 1024;
    public long RowsPerFile { get; init; } = ShardSpec.DefaultRowsPerFile;
    public int? Threads { get; init; }
    public string? Library { get; init; }
}

/// <summary>`deepnvm explore PATH --space S --out RESULTS [--shard i/n|auto] [--resume] [--front]`: evaluates a
/// space's points (or one shard of them) into Parquet files in RESULTS (docs/scale.md).</summary>
internal static class ExploreCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A .nvm file (with its imports) or a folder" };
        var space = new Option<string?>("--space") { Description = "The space to explore (optional when the project declares one)" };
        var output = new Option<string>("--out") { Description = "Results folder (one Parquet file per shard, explore.json)", Required = true };
        var shard = new Option<string?>("--shard") { Description = "i/n: the i-th of n shares of the points (each design at every capacity dealt whole, in a fixed permuted order, so shards take about the same time); auto: from SLURM_ARRAY_TASK_ID/COUNT or JOB_COMPLETION_INDEX and DEEPNVM_SHARDS" };
        var resume = new Option<bool>("--resume") { Description = "Skip the shard when its file is already complete" };
        var front = new Option<bool>("--front") { Description = "Then compute the Pareto front, once every shard's file is there" };
        var batch = new Option<int>("--batch") { Description = "Points per Parquet row group (default 1024)", DefaultValueFactory = _ => 1024 };
        var rowsPerFile = new Option<long>("--rows-per-file")
        {
            Description = $"Rows per Parquet file: a shard with more points writes several, so its memory stays flat (default {ShardSpec.DefaultRowsPerFile})",
            DefaultValueFactory = _ => ShardSpec.DefaultRowsPerFile,
        };
        var threads = new Option<int?>("--threads") { Description = "Threads evaluating points (default: one per core)" };
        var command = new Command("explore", "Evaluate a design space (or one shard of it) into Parquet files, optionally with its Pareto front");
        command.Arguments.Add(path);
        foreach (var option in new Option[] { space, output, shard, resume, front, batch, rowsPerFile, threads })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => Run(new ExploreOptions(parse.GetValue(path)!, parse.GetValue(output)!)
        {
            Space = parse.GetValue(space),
            Shard = parse.GetValue(shard),
            Resume = parse.GetValue(resume),
            Front = parse.GetValue(front),
            BatchSize = parse.GetValue(batch),
            RowsPerFile = parse.GetValue(rowsPerFile),
            Threads = parse.GetValue(threads),
        }, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, Environment.GetEnvironmentVariable));
        return command;
    }

    public static int Run(ExploreOptions options, TextWriter output, TextWriter error, Func<string, string?> environment)
    {
        var shard = ShardSpec.Parse(options.Shard, environment, out var problem);
        if (shard is null || options.BatchSize < 1 || options.RowsPerFile < 1 || options.Threads is < 1)
        {
            error.WriteLine("deepnvm: " + (problem ?? "--batch, --rows-per-file and --threads must be at least 1"));
            return ExitCodes.Usage;
        }

        var loaded = StudyInputs.Load(options.Path, options.Library, error, out var project);
        if (project is null)
        {
            return loaded;
        }

        var spaces = project.Program.Spaces;
        var declaration = options.Space is null && spaces.Count == 1 ? spaces[0] : spaces.FirstOrDefault(s => s.Name == options.Space);
        if (declaration is null)
        {
            var declared = spaces.Count == 0 ? "it declares no space" : "declared: " + string.Join(", ", spaces.Select(s => s.Name));
            error.WriteLine($"deepnvm: error {DiagnosticIds.SpaceNotFound}: " + (options.Space is null
                ? $"name the space to explore with --space ({declared})"
                : $"no space '{options.Space}' in {options.Path}; {declared}"));
            return ExitCodes.Usage;
        }

        var space = SpaceBuilder.Build(declaration, project.Program, project.Converter);
        if (SpaceBuilder.DeclaredSamples(declaration) is not null)
        {
            var inputs = project.Program.UncertainInputs();
            if (inputs.Count == 0)
            {
                error.WriteLine($"{declaration.FilePath}{declaration.Span}: error {DiagnosticIds.NoUncertainInputs}: space '{declaration.Name}' has samples, but no input of the program is uncertain: give a property a range or a distribution (docs/language.md, Uncertain inputs), or remove `samples`");
                return ExitCodes.Diagnostics;
            }

            space = SpaceBuilder.Build(declaration, project.Program, project.Converter,
                new SampledSpaces(declaration.Name, project.Evaluator(), project.Directory, space, inputs, SpaceBuilder.DeclaredSeed(declaration)).Axis);
        }
        Directory.CreateDirectory(options.Out);
        var deal = space.DealFor(shard.Count);
        var manifest = new ExploreManifest(space.Name, space.Count, shard.Count, space.Objectives, space.Constraints.Select(c => c.Text).ToArray(),
            space.Workloads.Select(w => w.Name).ToArray(), ResultColumns.For(space).Select(c => c.Field.Name).ToArray())
        {
            RowsPerFile = options.RowsPerFile,
            ShardOrder = shard.Count > 1 ? ExploreManifest.DealtOrder : null,
            ShardChain = shard.Count > 1 ? deal.Chain : 0,
            ShardPeriod = shard.Count > 1 ? deal.Period : 0,
            InputsSha256 = ReportInputs.Provenance(project, deterministic: true).InputsSha256,
        };
        if (manifest.WriteOrCompare(options.Out) is { } other)
        {
            var edited = other with { InputsSha256 = manifest.InputsSha256 };
            error.WriteLine(edited.SameAs(manifest)
                ? $"{options.Out}: error {DiagnosticIds.ResultsOfAnotherRun}: the folder holds results of space '{other.Space}' computed from other inputs (.nvm files' SHA-256 {Short(other.InputsSha256)}, now {Short(manifest.InputsSha256)}); rows of the edited model would join the old ones: use another --out folder"
                : $"{options.Out}: error {DiagnosticIds.ResultsOfAnotherRun}: the folder holds results of space '{other.Space}' ({other.Points} points in {other.Shards} shards, {other.Columns.Count} columns), not of this run of '{manifest.Space}' ({manifest.Points} points in {manifest.Shards} shards, {manifest.Columns.Count} columns){RowsPerFileDiffer(other, manifest)}{ShardOrderDiffers(other, manifest)}; use another --out folder");
            return ExitCodes.Diagnostics;
        }

        ExploreOutcome outcome;
        try
        {
            outcome = ExploreRun.RunAsync(space, new ExploreSettings(options.Out, shard)
            {
                Resume = options.Resume,
                BatchSize = options.BatchSize,
                RowsPerFile = options.RowsPerFile,
                Threads = options.Threads,
            }, error).GetAwaiter().GetResult();
        }
        catch (StudyException e)
        {
            error.WriteLine($"{declaration.FilePath}{declaration.Span}: error {DiagnosticIds.NoValidOrganization}: space '{space.Name}': {e.Message}");
            return ExitCodes.Diagnostics;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The results folder failed under the run (a full disk, the folder removed or made read-only): the shard's
            // temporary file is gone and no file under its final name was written (docs/reliability.md, the writing gate).
            error.WriteLine($"deepnvm: cannot write the results into '{options.Out}': {e.Message}");
            return ExitCodes.Usage;
        }

        if (!outcome.Skipped)
        {
            // The process's peak memory, so a run says whether its memory stays flat in the number of points (docs/scale.md).
            using var process = System.Diagnostics.Process.GetCurrentProcess();
            output.WriteLine(string.Format(CultureInfo.InvariantCulture, "explore {0} shard {1}: {2} points -> {3} ({4:F2} s, {5:F1} points/s, {6} characterizations, peak memory {7:F0} MB)",
                space.Name, shard, outcome.Points, Written(outcome.Paths), outcome.Seconds, outcome.Seconds > 0 ? outcome.Points / outcome.Seconds : 0, outcome.Characterizations,
                process.PeakWorkingSet64 / (1024.0 * 1024.0)));
        }

        if (!options.Front)
        {
            return ExitCodes.Ok;
        }

        var expected = manifest.ExpectedFiles().ToArray();
        var present = expected.Count(name => File.Exists(Path.Combine(options.Out, name)));
        if (present < expected.Length)
        {
            error.WriteLine($"explore {space.Name}: {present} of {expected.Length} shard files are complete; the front waits for the rest (`deepnvm front {options.Out}`)");
            return ExitCodes.Ok;
        }

        return FrontRun.RunAsync(options.Out, output, error).GetAwaiter().GetResult().Code;
    }

    /// <summary>"results/part-00000-of-00001.parquet", or for a shard that rolled over "3 files, results/part-00000-of-00001.00000.parquet … .00002.parquet".</summary>
    private static string Written(IReadOnlyList<string> paths) =>
        paths.Count == 1 ? paths[0] : $"{paths.Count} files, {paths[0]} … {Path.GetFileName(paths[^1])}";

    private static string RowsPerFileDiffer(ExploreManifest other, ExploreManifest manifest) =>
        other.RowsPerFile == manifest.RowsPerFile ? "" : $" (files of {other.RowsPerFile} rows there, {manifest.RowsPerFile} in this run)";

    private static string ShardOrderDiffers(ExploreManifest other, ExploreManifest manifest) =>
        other.ShardOrder == manifest.ShardOrder || other.Shards != manifest.Shards ? ""
            : " (its shards took every n-th point by index, as deepnvm did before it dealt designs in a permuted order)";

    private static string Short(string? sha) => sha is null ? "not recorded" : sha[..Math.Min(12, sha.Length)] + "…";
}
