using System.Linq;
using DeepNvm.Language.Bound;
using DeepNvm.Language.Diagnostics;

namespace DeepNvm.Language.Binding;

/// <summary>Rules that tie several properties of one declaration together.</summary>
internal static class PlausibilityRules
{
    public static void Check(BindingSession session, Declaration declaration)
    {
        switch (declaration.Keyword)
        {
            case "cell":
                CheckResistances(session, declaration);
                if (declaration.CellKind != "sram")
                {
                    CheckSensing(session, declaration);
                }

                break;
            case "cache":
                CheckSectorAndLine(session, declaration);
                break;
            case "gpu":
                CheckBareL2(session, declaration);
                break;
            case "workload":
                CheckWorkloadSource(session, declaration);
                break;
            case "study":
                CheckStudyLists(session, declaration);
                CheckSweepCapacities(session, declaration);
                break;
        }
    }

    private static double? Number(Declaration d, string path) =>
        d.Values.TryGetValue(path, out var v) && v is { Kind: ValueKind.Quantity } ? v.Number : null;

    private static (string File, Text.SourceSpan Span) Where(Declaration d, string path) =>
        d.Assignments.TryGetValue(path, out var a) ? (a.FilePath, a.Value.Span) : (d.FilePath, d.Syntax.Name.Span);

    private static string? Word(Declaration d, string path) =>
        d.Values.TryGetValue(path, out var v) && v is { Kind: ValueKind.Enum } ? v.Text : null;

    /// <summary>What the cell model needs to sense a resistive cell (checked here so the error points
    /// at the declaration instead of surfacing when a study evaluates it).</summary>
    private static void CheckSensing(BindingSession session, Declaration d)
    {
        var mode = Word(d, "read.mode");
        if (mode == "current" && Number(d, "read.voltage") is null)
        {
            session.ReportRule(d, DiagnosticCatalog.MissingProperty, d.FilePath, d.Syntax.Name.Span,
                "cell (" + d.CellKind + ")", d.Name, "read.voltage", "current sensing biases the cell with a read voltage");
        }
        else if (mode == "voltage" && Number(d, "read.voltage") is null && Number(d, "read.current") is null)
        {
            session.ReportRule(d, DiagnosticCatalog.MissingProperty, d.FilePath, d.Syntax.Name.Span,
                "cell (" + d.CellKind + ")", d.Name, "read.current or read.voltage", "voltage sensing of a resistive cell needs one of them");
        }

        if (mode == "voltage")
        {
            // The converter figures describe the current-sensing amplifier; silently ignoring them would
            // let a user believe their SPICE numbers took part.
            foreach (var path in new[] { "read.sense_delay", "read.sense_energy", "read.sense_leakage" })
            {
                if (Number(d, path) is not null)
                {
                    var (file, span) = Where(d, path);
                    session.ReportRule(d, DiagnosticCatalog.ConflictingProperties, file, span,
                        "'" + path + "' describes the current-sensing amplifier, but cell '" + d.Name + "' reads with 'read.mode = voltage'");
                }
            }
        }
    }

    private static void CheckResistances(BindingSession session, Declaration d)
    {
        if (Number(d, "resistance_on") is { } on && Number(d, "resistance_off") is { } off && off <= on)
        {
            var (file, span) = Where(d, "resistance_off");
            session.ReportRule(d, DiagnosticCatalog.ResistanceOrder, file, span, BindingSession.Format(off) + " ohm", BindingSession.Format(on) + " ohm");
        }
    }

    private static void CheckSectorAndLine(BindingSession session, Declaration d)
    {
        if (Number(d, "sector") is { } sector && Number(d, "line") is { } line && (sector > line || line % sector != 0))
        {
            var (file, span) = Where(d, "sector");
            session.ReportRule(d, DiagnosticCatalog.SectorLineMismatch, file, span, BindingSession.Format(sector) + " B", BindingSession.Format(line) + " B");
        }

        // the cache model splits the capacity into slices and needs at least one set in each (CacheModel's "capacity per
        // slice is smaller than one set"): refused here, where `check` and the build see it, not when a study evaluates it
        var slices = Number(d, "slices") ?? 1;
        if (Number(d, "capacity") is { } capacity && Number(d, "line") is { } lineBytes && Number(d, "associativity") is { } ways
            && capacity / slices < lineBytes * ways)
        {
            var (file, span) = Where(d, "capacity");
            session.ReportRule(d, DiagnosticCatalog.ConflictingProperties, file, span, slices > 1
                ? $"capacity per slice ({BindingSession.Format(capacity)} B / {BindingSession.Format(slices)} slices) is smaller than one set (line {BindingSession.Format(lineBytes)} B × {BindingSession.Format(ways)} ways)"
                : $"capacity ({BindingSession.Format(capacity)} B) is smaller than one set (line {BindingSession.Format(lineBytes)} B × {BindingSession.Format(ways)} ways)");
        }
    }

    /// <summary>A platform whose <c>l2</c> is a bare capacity gets a cache of the cache defaults (line, associativity) in
    /// <c>l2_slices</c> slices when a study evaluates it: each slice must hold one such set, as for a cache.</summary>
    private static void CheckBareL2(BindingSession session, Declaration d)
    {
        if (Number(d, "l2") is not { } capacity || DefaultSetBytes is not { } set)
        {
            return;
        }

        var slices = Number(d, "l2_slices") ?? 1;
        if (capacity / slices < set)
        {
            var (file, span) = Where(d, "l2");
            var what = slices > 1
                ? $"the L2's capacity per slice ({BindingSession.Format(capacity)} B / {BindingSession.Format(slices)} l2_slices)"
                : $"the L2's capacity ({BindingSession.Format(capacity)} B)";
            session.ReportRule(d, DiagnosticCatalog.ConflictingProperties, file, span,
                $"{what} is smaller than one set of the default cache (line {Schema.NvmSchema.Cache.Find("line")!.Default} × "
                + $"{Schema.NvmSchema.Cache.Find("associativity")!.Default} ways); give a larger l2{(slices > 1 ? ", fewer l2_slices" : "")} or a cache declaration as l2");
        }
    }

    /// <summary>One set of a cache with the schema's default line and associativity, in bytes (null if a default is not a
    /// plain literal); the schema's defaults are the runtime record's initializers (a test ties them together).</summary>
    private static readonly double? DefaultSetBytes = Literal(Schema.NvmSchema.Cache.Find("line")?.Default) * Literal(Schema.NvmSchema.Cache.Find("associativity")?.Default);

    private static double? Literal(string? text)
    {
        var parts = (text ?? "").Split(' ');
        var scale = parts.Length == 1 ? 1 : parts.Length == 2 ? parts[1] switch { "B" => 1, "KB" => 1024, "MB" => 1024 * 1024, _ => 0 } : 0;
        return scale > 0 && double.TryParse(parts[0], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v * scale : null;
    }

    /// <summary>Each capacity of a study's sweep must hold one set of the study's cache in each of its slices, as the
    /// cache's own capacity must (the cache model refuses it otherwise, when the study is evaluated).</summary>
    private static void CheckSweepCapacities(BindingSession session, Declaration d)
    {
        if (!d.Values.TryGetValue("scalability.capacities", out var list) || list is not { Kind: ValueKind.List } || SetsOf(session, d) is not { } cache)
        {
            return;
        }

        foreach (var item in list.Items)
        {
            if (item.Kind == ValueKind.Quantity && item.Number / cache.Slices < cache.SetBytes)
            {
                var (file, span) = Where(d, "scalability.capacities");
                session.ReportRule(d, DiagnosticCatalog.ConflictingProperties, file, span,
                    $"the sweep's capacity {BindingSession.Format(item.Number)} B is smaller than one set ({BindingSession.Format(cache.SetBytes)} B) in each of "
                    + $"the {BindingSession.Format(cache.Slices)} slice(s) of cache '{cache.Name}'; start the sweep at {BindingSession.Format(cache.SetBytes * cache.Slices)} B or more");
                return;
            }
        }
    }

    /// <summary>The cache a study evaluates: its <c>cache</c>, else its platform's <c>l2</c> when that is a cache, else the
    /// platform's bare capacity with the cache defaults in <c>l2_slices</c> slices; null when a part is missing.</summary>
    private static (string Name, double SetBytes, double Slices)? SetsOf(BindingSession session, Declaration study)
    {
        double? Of(Declaration decl, string path) =>
            decl.Schema?.Find(path) is { } definition && session.Evaluate(decl, definition) is { Kind: ValueKind.Quantity } v ? v.Number : null;
        Declaration? Referenced(Declaration decl, string path, string keyword) =>
            decl.Values.TryGetValue(path, out var v) && v is { Kind: ValueKind.Reference }
                ? decl.References.FirstOrDefault(r => r.Keyword == keyword && r.Name == v.Text) : null;

        var platform = Referenced(study, "platform", "gpu");
        var cache = Referenced(study, "cache", "cache") ?? (platform is null ? null : Referenced(platform, "l2", "cache"));
        if (cache is not null)
        {
            return Of(cache, "line") is { } line && Of(cache, "associativity") is { } ways ? (cache.Name, line * ways, Of(cache, "slices") ?? 1) : null;
        }

        return platform is null || DefaultSetBytes is not { } set ? null : (platform.Name + "'s L2", set, Of(platform, "l2_slices") ?? 1);
    }

    private static void CheckWorkloadSource(BindingSession session, Declaration d)
    {
        // a profile may name its network too: the analytic capacity curve then scales its DRAM traffic
        var sources = new[] { "profile", "model", "l2_reads" }.Where(d.Assignments.ContainsKey)
            .Where(s => !(s == "model" && d.Assignments.ContainsKey("profile"))).ToArray();
        if (sources.Length != 1)
        {
            var (file, span) = sources.Length > 1 ? Where(d, sources[1]) : (d.FilePath, d.Syntax.Name.Span);
            session.ReportRule(d, DiagnosticCatalog.ConflictingProperties, file, span, sources.Length == 0
                ? $"workload '{d.Name}' needs exactly one source: 'profile = \"….csv\"' (optionally with the 'model' it profiles), 'model = resnet50' (analytic), or explicit counts 'l2_reads = …; l2_writes = …'"
                : $"workload '{d.Name}' has more than one source ({string.Join(", ", sources)}); keep one");
            return;
        }

        if (sources[0] == "profile" && d.Values.TryGetValue("profile", out var profile) && profile is { Kind: ValueKind.String }
            && session.ProjectDirectory is { } root)
        {
            // checked like an import, so `check` and the build refuse what a study would read from outside
            var (file, span) = Where(d, "profile");
            if (!PathNames.IsUnder(PathNames.Combine(PathNames.Directory(file), profile.Text), root))
            {
                session.ReportRule(d, DiagnosticCatalog.ProfileOutsideProject, file, span, profile.Text, root);
            }
        }

        if (sources[0] == "l2_reads" && !d.Assignments.ContainsKey("l2_writes"))
        {
            session.ReportRule(d, DiagnosticCatalog.MissingProperty,
                d.FilePath, d.Syntax.Name.Span, "workload", d.Name, "l2_writes", "explicit counts need both l2_reads and l2_writes");
        }
    }

    private static void CheckStudyLists(BindingSession session, Declaration d)
    {
        foreach (var path in new[] { "cells", "workloads" })
        {
            if (d.Values.TryGetValue(path, out var v) && v is { Kind: ValueKind.List, Items.Count: 0 })
            {
                var (file, span) = Where(d, path);
                session.ReportRule(d, DiagnosticCatalog.ConflictingProperties, file, span, $"'{path}' of study '{d.Name}' is empty; name at least one");
            }
        }
    }
}
