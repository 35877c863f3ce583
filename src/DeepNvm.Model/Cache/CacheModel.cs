using System;
using System.Collections.Generic;
using System.Globalization;
using DeepNvm.Model.Banks;
using DeepNvm.Model.Cache;
using DeepNvm.Model.Circuits;
using DeepNvm.Model.Technology;

namespace DeepNvm.Model;

/// <summary>The cache model: from a technology node and a bitcell to a cache's per-access latency and
/// energy, leakage and area, through an organization search over subarrays, mats and an H-tree bank
/// (an NVSim-style model, Dong et al., IEEE TCAD 2012). Pure function of its inputs; callable from
/// netstandard2.0 (the build-time generator) and net10.0.</summary>
public static class CacheModel
{
    /// <summary>Address width assumed for the tag (NVSim: 48 bits), plus valid and dirty bits.</summary>
    public const int AddressBits = 48;

    /// <summary>Characterize a cache. Never throws on bad input: diagnostics say what is wrong.</summary>
    public static CacheModelResult Characterize(CacheParameters cache, CellParameters cell, TechnologyNodeParameters node,
        CacheModelOptions? options = null) => Characterize(cache, cell, node, options, null);

    /// <summary>Characterize a cache, warm-starting the organization searches from <paramref name="incumbent"/>
    /// (another characterization of a similar cache: the same one with other cell or node figures, as Monte
    /// Carlo samples give). The figures are the cold search's; only <see cref="CacheCharacteristics.CandidatesEvaluated"/>
    /// (fewer) differs.</summary>
    /// <param name="sliceMemo">Where one-slice characterizations at power-of-two capacities may already be (see
    /// <see cref="ISliceMemo"/>): a capacity that is not a power of two is interpolated between two of them, so
    /// the capacities an iso-area search probes share their slices. The figures are the same with or without it.</param>
    public static CacheModelResult Characterize(CacheParameters cache, CellParameters cell, TechnologyNodeParameters node,
        CacheModelOptions? options, CacheCharacteristics? incumbent, ISliceMemo? sliceMemo = null)
    {
        try
        {
            return CharacterizeChecked(cache, cell, node, options, incumbent, sliceMemo);
        }
        catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
        {
            // An exception here is a bug in the model, never a property of the inputs (those are checked above and
            // non-finite figures are reported as DNVM0503): say so, with the type and the place, not "non-physical".
            return new CacheModelResult(null, new[] { Error(ModelDiagnosticIds.InternalError, InternalErrorMessage(e)) }, null);
        }
    }

    /// <summary>"internal error in the cache model (System.IndexOutOfRangeException at Mat.Build): message".</summary>
    internal static string InternalErrorMessage(Exception e)
    {
        var frame = new System.Diagnostics.StackTrace(e, false).GetFrame(0)?.GetMethod();
        var where = frame is null ? "" : " at " + frame.DeclaringType?.Name + "." + frame.Name;
        return "internal error in the cache model (" + e.GetType().FullName + where + "): " + e.Message;
    }

    private static CacheModelResult CharacterizeChecked(CacheParameters cache, CellParameters cell, TechnologyNodeParameters node,
        CacheModelOptions? options, CacheCharacteristics? incumbent, ISliceMemo? sliceMemo)
    {
        options ??= CacheModelOptions.Default;
        options = options with
        {
            MaxMatsPerDimension = Math.Max(1, Math.Min(4096, options.MaxMatsPerDimension)),
            MaxMux = Math.Max(1, Math.Min(1024, options.MaxMux)),
        };
        var diagnostics = new List<ModelDiagnostic>();
        if (cache is null || cell is null || node is null)
        {
            diagnostics.Add(Error(ModelDiagnosticIds.OutOfRange, "cache, cell and node are all required"));
            return new CacheModelResult(null, diagnostics, null);
        }

        InputChecks.Check(cache, cell, node, diagnostics);
        if (diagnostics.Exists(d => d.Severity == ModelSeverity.Error))
        {
            return new CacheModelResult(null, diagnostics, null);
        }

        var nodeNm = NodeNanometers(node);
        var tech = Tech.Create(nodeNm, node.Device, node.TemperatureKelvin, node.VddVolts, node.LeakageScale);
        if (tech.OutsideTable)
        {
            diagnostics.Add(new ModelDiagnostic(ModelDiagnosticIds.NodeOutsideTable, ModelSeverity.Warning,
                string.Format(CultureInfo.InvariantCulture,
                    "node {0:0.###} nm is outside the technology table (7-200 nm); device figures were extrapolated", nodeNm)));
        }

        var context = CreateContext(cache, cell, node, options, tech);

        var slices = Math.Max(1, cache.Slices);
        var sliceBytes = cache.CapacityBytes / slices;
        var wordBits = cache.AccessBits ?? cache.LineBytes * 8;
        var setBytes = (long)cache.LineBytes * cache.Associativity;
        var sets = sliceBytes / setBytes;
        if (sets < 1)
        {
            diagnostics.Add(Error(ModelDiagnosticIds.OutOfRange, "capacity per slice is smaller than one set"));
            return new CacheModelResult(null, diagnostics, null);
        }

        // One slice of a power-of-two capacity, from the memo when it has it. A search that does not read leakage
        // chooses the same design point at every leakage scale, so the memo keeps one search per slice for all scales
        // and the chosen design point is re-evaluated at this node's (the figures are the search's, bit for bit).
        var oneSearchForEveryLeakageScale = !SearchReadsLeakage(cache, options);
        CacheCharacteristics? Slice(long capacityBytes, CacheCharacteristics? start, out string? eliminating)
        {
            if (sliceMemo is null)
            {
                return CharacterizeSlice(context, node, cache, capacityBytes, wordBits, options, start, out eliminating);
            }

            var keyNode = oneSearchForEveryLeakageScale ? node with { LeakageScale = 1 } : node;
            var key = cache with { Name = "", CapacityBytes = capacityBytes, Slices = 1, Cell = cell, Node = keyNode };
            var found = sliceMemo.GetOrAdd(key, options, () =>
            {
                var figures = CharacterizeSlice(context, node, cache, capacityBytes, wordBits, options, start, out var why);
                return new SliceCharacterization(figures, why) { LeakageScale = node.LeakageScale };
            });
            eliminating = found.Eliminating;
            return found.Characteristics is null || found.LeakageScale == node.LeakageScale
                ? found.Characteristics
                : ReevaluateSlice(context, node, cache, capacityBytes, wordBits, options, found.Characteristics);
        }

        string? note = null;
        CacheCharacteristics? result;
        string? eliminating;
        if ((sets & (sets - 1)) == 0 && sets * setBytes == sliceBytes)
        {
            result = Slice(sets * setBytes, incumbent, out eliminating);
        }
        else
        {
            // Non-power-of-two capacity: characterize the powers of two around it and interpolate (area and
            // leakage linearly in capacity; latency and energy linearly in log2 capacity).
            var lowerSets = 1L;
            while (lowerSets * 2 <= sets)
            {
                lowerSets *= 2;
            }

            var lower = Slice(lowerSets * setBytes, incumbent, out eliminating);
            var upper = lower is null ? null : Slice(lowerSets * 2 * setBytes, incumbent?.Upper, out eliminating);
            if (lower is null || upper is null)
            {
                result = null;
            }
            else
            {
                var t = (double)(sliceBytes - lowerSets * setBytes) / (lowerSets * setBytes);
                var tl = Math.Log(sliceBytes / (double)(lowerSets * setBytes), 2);
                result = Interpolate(lower, upper, t, tl);
                note = string.Format(CultureInfo.InvariantCulture,
                    "{0} B per slice is not a power of two: interpolated between {1} B and {2} B", sliceBytes, lowerSets * setBytes, lowerSets * 2 * setBytes);
            }
        }

        if (result is null)
        {
            diagnostics.Add(Error(ModelDiagnosticIds.NoValidOrganization,
                "no valid organization: " + (eliminating ?? "every candidate was illegal")));
            return new CacheModelResult(null, diagnostics, eliminating);
        }

        result = result with
        {
            Slices = slices,
            LeakageWatts = result.LeakageWatts * slices,
            AreaSquareMeters = result.AreaSquareMeters * slices,
            DataLeakageWatts = result.DataLeakageWatts * slices,
            TagLeakageWatts = result.TagLeakageWatts * slices,
            DataAreaSquareMeters = result.DataAreaSquareMeters * slices,
            TagAreaSquareMeters = result.TagAreaSquareMeters * slices,
            Note = note,
        };

        if (!IsPhysical(result))
        {
            diagnostics.Add(Error(ModelDiagnosticIds.NonPhysicalResult, "the model produced a NaN, infinite or negative figure for these inputs"));
            return new CacheModelResult(null, diagnostics, null);
        }

        return new CacheModelResult(result, diagnostics, null);
    }

    /// <summary>The array context of a cache: node resolved at its temperature, cell at the node, wires.</summary>
    internal static ArrayContext CreateContext(CacheParameters cache, CellParameters cell, TechnologyNodeParameters node, CacheModelOptions options,
        Tech? tech = null)
    {
        var nodeNm = NodeNanometers(node);
        tech ??= Tech.Create(nodeNm, node.Device, node.TemperatureKelvin, node.VddVolts, node.LeakageScale);
        var cellModel = ResolveCell(cell, tech);
        var global = Wire.Create(options.GlobalWire, nodeNm, node.TemperatureKelvin);
        var route = new GlobalWireModel(tech, cellModel, options.MaxNmosSizeF * tech.FeatureSize, global, options.GlobalWire, options.GlobalRepeaters,
            options.GlobalLowSwing);
        return new ArrayContext(tech, cellModel, Wire.Create(options.LocalWire, nodeNm, node.TemperatureKelvin), global, cache.Associativity,
            cache.AccessMode, options.MaxNmosSizeF, BufferDesign.Latency, route, options.LocalWire);
    }

    /// <summary>NVSim's tag search starts from its basic wires (aggressive, unrepeated, full swing: `INITIAL_BASIC_WIRE` with
    /// every wire range open) whatever the configuration pins, and refines them afterwards.</summary>
    internal static ArrayContext TagContext(ArrayContext c, double nodeNm, double temperatureK)
    {
        var local = Wire.Create(WireKind.LocalAggressive, nodeNm, temperatureK);
        var global = Wire.Create(WireKind.GlobalAggressive, nodeNm, temperatureK);
        return c.WithWires(local, WireKind.LocalAggressive, new GlobalWireModel(c, global, WireKind.GlobalAggressive, WireRepeaters.None, false));
    }

    private static CacheCharacteristics? CharacterizeSlice(ArrayContext c, TechnologyNodeParameters node, CacheParameters cache, long capacityBytes, int wordBits,
        CacheModelOptions options, CacheCharacteristics? incumbent, out string? eliminating)
    {
        eliminating = null;
        var ws = SearchWorkspace.ForThread();
        var shape = SliceShape.Of(cache, capacityBytes, wordBits);

        // The search bounds assume unrepeated full-swing H-tree wires; other pinned wires are searched exhaustively.
        var data = BufferDesignSearch.Search(c, BufferDesignSearch.Of(options.DataBufferDesign), ws, false, shape.DataEntries,
            shape.DataBits, shape.DataAssociativity, cache.Optimize, options.Constraints, options.MaxMatsPerDimension, options.MaxMux,
            options.Prune && c.GlobalRoute.IsPlain, options.Force, incumbent?.Data?.Organization, out var dataBuffers);
        if (!data.Found)
        {
            eliminating = Eliminating(in data, options.Constraints);
            return null;
        }

        var nodeNm = NodeNanometers(node);
        var temperatureK = node.TemperatureKelvin;
        var dataContext = c.WithBufferDesign(dataBuffers);
        if (options.DataWireExploration is { } explore)
        {
            WireRefinement.Refine(explore, nodeNm, temperatureK, ws, false, shape.DataEntries, shape.DataBits, shape.DataAssociativity,
                cache.Optimize, options.Constraints, data.Organization, ref data.Best, ref dataContext);
        }

        var dataArray = ToArray(in data.Best, data.Organization, dataContext);
        ArrayCharacteristics? tagArray = null;
        Bank tagBank = default;
        if (!options.WithoutTag)
        {
            // NVSim's tag search explores every buffer design and refines every wire, whatever the configuration pins
            // (REDUCE_SEARCH_SIZE).
            var tagContext = TagContext(c, nodeNm, temperatureK);
            var tag = BufferDesignSearch.Search(tagContext, BufferDesignSearch.All, ws, true, shape.Lines, shape.TagBits, cache.Associativity, cache.Optimize,
                null, Math.Min(64, options.MaxMatsPerDimension), Math.Min(64, options.MaxMux), options.Prune, null, incumbent?.Tag?.Organization, out var tagBuffers);
            if (!tag.Found)
            {
                eliminating = "no legal tag-array organization";
                return null;
            }

            tagContext = tagContext.WithBufferDesign(tagBuffers);
            WireRefinement.Refine(WireExploration.Tag, nodeNm, temperatureK, ws, true, shape.Lines, shape.TagBits, cache.Associativity, cache.Optimize,
                null, tag.Organization, ref tag.Best, ref tagContext);
            tagBank = tag.Best;
            tagArray = ToArray(in tag.Best, tag.Organization, tagContext);
        }

        return Assemble(cache, options, in data.Best, dataArray, in tagBank, tagArray, data.Evaluated);
    }

    /// <summary>The figures of the design point another characterization of this slice chose (its organizations,
    /// buffer designs and wires), evaluated under these inputs without a search: what the search would return when
    /// the inputs that differ are ones it does not read (see <see cref="SearchReadsLeakage"/>). Null when the design
    /// point is not legal here.</summary>
    private static CacheCharacteristics? ReevaluateSlice(ArrayContext c, TechnologyNodeParameters node, CacheParameters cache, long capacityBytes,
        int wordBits, CacheModelOptions options, CacheCharacteristics chosen)
    {
        var ws = SearchWorkspace.ForThread();
        var shape = SliceShape.Of(cache, capacityBytes, wordBits);
        var nodeNm = NodeNanometers(node);
        var temperatureK = node.TemperatureKelvin;
        var d = chosen.Data!;
        var dataContext = WireRefinement.WithChosenWires(c.WithBufferDesign(d.BufferDesign), d, nodeNm, temperatureK);
        var dataOrganization = d.Organization;
        var dataBank = WireRefinement.Evaluate(dataContext, ws, false, shape.DataEntries, shape.DataBits, shape.DataAssociativity, in dataOrganization);
        if (dataBank.Invalid)
        {
            return null;
        }

        ArrayCharacteristics? tagArray = null;
        Bank tagBank = default;
        if (!options.WithoutTag && chosen.Tag is { } t)
        {
            var tagContext = WireRefinement.WithChosenWires(TagContext(c, nodeNm, temperatureK).WithBufferDesign(t.BufferDesign), t, nodeNm, temperatureK);
            var tagOrganization = t.Organization;
            tagBank = WireRefinement.Evaluate(tagContext, ws, true, shape.Lines, shape.TagBits, cache.Associativity, in tagOrganization);
            if (tagBank.Invalid)
            {
                return null;
            }

            tagArray = ToArray(in tagBank, tagOrganization, tagContext);
        }

        return Assemble(cache, options, in dataBank, ToArray(in dataBank, dataOrganization, dataContext), in tagBank, tagArray, 0);
    }

    /// <summary>The node's feature size in nm, rounded to 6 decimals as the technology and wire tables are looked up with.</summary>
    internal static double NodeNanometers(TechnologyNodeParameters node) => Math.Round(node.FeatureSizeMeters * 1e9, 6);

    /// <summary>Whether the organization search reads leakage: when it optimizes for it or limits it. Otherwise the
    /// node's leakage scale, which reaches nothing but leakage (it multiplies each transistor's off-current in
    /// <c>Gate.Leakage</c>), leaves every score, every legality rule and so the chosen design point unchanged.</summary>
    internal static bool SearchReadsLeakage(CacheParameters cache, CacheModelOptions options) =>
        cache.Optimize == OptimizationTarget.Leakage || options.Constraints?.MaxLeakageWatts is not null;

    /// <summary>A slice's figures from its data bank and tag bank, by the cache's access mode (NVSim's Result formulas).</summary>
    private static CacheCharacteristics Assemble(CacheParameters cache, CacheModelOptions options, in Bank d, ArrayCharacteristics dataArray,
        in Bank tagBank, ArrayCharacteristics? tagArray, long candidatesEvaluated)
    {
        double hit, miss, write, hitEnergy, missEnergy, writeEnergy;
        switch (cache.AccessMode)
        {
            case CacheAccessMode.Normal when options.WithoutTag:
                // A RAM (NVSim's Result::print): the bank's own figures, no column-decoder term of the cache formula.
                miss = 0;
                hit = d.ReadLatency;
                write = d.WriteLatency;
                missEnergy = 0;
                hitEnergy = d.ReadEnergy;
                writeEnergy = d.WriteEnergy;
                break;
            case CacheAccessMode.Normal:
                miss = tagBank.ReadLatency;
                hit = Math.Max(tagBank.ReadLatency, d.Mat.ReadLatency) + d.Mat.ColumnDecoderLatency + (d.ReadLatency - d.Mat.ReadLatency);
                write = Math.Max(tagBank.WriteLatency, d.WriteLatency);
                missEnergy = tagBank.ReadEnergy + d.ReadEnergy;
                hitEnergy = tagBank.ReadEnergy + d.ReadEnergy;
                writeEnergy = tagBank.WriteEnergy + d.WriteEnergy;
                break;
            case CacheAccessMode.Fast:
                miss = tagBank.ReadLatency;
                hit = Math.Max(tagBank.ReadLatency, d.ReadLatency);
                write = Math.Max(tagBank.WriteLatency, d.WriteLatency);
                missEnergy = tagBank.ReadEnergy + d.ReadEnergy;
                hitEnergy = missEnergy;
                writeEnergy = tagBank.WriteEnergy + d.WriteEnergy;
                break;
            default:
                miss = tagBank.ReadLatency;
                hit = tagBank.ReadLatency + d.ReadLatency;
                write = Math.Max(tagBank.WriteLatency, d.WriteLatency);
                missEnergy = tagBank.ReadEnergy;
                hitEnergy = tagBank.ReadEnergy + d.ReadEnergy;
                writeEnergy = tagBank.WriteEnergy + d.WriteEnergy;
                break;
        }

        return new CacheCharacteristics
        {
            HitLatencySeconds = hit,
            MissLatencySeconds = miss,
            WriteLatencySeconds = write,
            HitEnergyJoules = hitEnergy,
            MissEnergyJoules = missEnergy,
            WriteEnergyJoules = writeEnergy,
            LeakageWatts = d.Leakage + tagBank.Leakage,
            AreaSquareMeters = d.Area + tagBank.Area,
            DataLeakageWatts = d.Leakage,
            TagLeakageWatts = tagBank.Leakage,
            DataAreaSquareMeters = d.Area,
            TagAreaSquareMeters = tagBank.Area,
            Data = dataArray,
            Tag = tagArray,
            CandidatesEvaluated = candidatesEvaluated,
        };
    }

    private static ArrayCharacteristics ToArray(in Bank b, ArrayOrganization org, ArrayContext c) =>
        new(org, b.ReadLatency, b.WriteLatency, b.ReadEnergy, b.WriteEnergy, b.Leakage, b.Area, b.Height, b.Width)
        {
            BufferDesign = c.BufferDesign,
            LocalWire = c.LocalKind,
            GlobalWire = c.GlobalRoute.Kind,
            GlobalRepeaters = c.GlobalRoute.Repeaters,
            GlobalLowSwing = c.GlobalRoute.LowSwing,
        };

    private static string Eliminating(in SearchOutcome o, CacheConstraints? k)
    {
        var counts = new[]
        {
            (o.RejectedByMaxArea, "maximum area " + Format(k?.MaxAreaSquareMeters * 1e6, "mm²")),
            (o.RejectedByMaxLeakage, "maximum leakage " + Format(k?.MaxLeakageWatts * 1e3, "mW")),
            (o.RejectedByMaxReadLatency, "maximum read latency " + Format(k?.MaxReadLatencySeconds * 1e9, "ns")),
            (o.RejectedByMaxWriteLatency, "maximum write latency " + Format(k?.MaxWriteLatencySeconds * 1e9, "ns")),
            (o.RejectedByMaxReadEnergy, "maximum read energy " + Format(k?.MaxReadEnergyJoules * 1e9, "nJ")),
            (o.RejectedByMaxWriteEnergy, "maximum write energy " + Format(k?.MaxWriteEnergyJoules * 1e9, "nJ")),
        };

        // The constraints are applied in this order; the last one that removed candidates removed the last ones.
        for (var i = counts.Length - 1; i >= 0; i--)
        {
            if (counts[i].Item1 > 0)
            {
                return string.Format(CultureInfo.InvariantCulture, "the {0} constraint eliminated the last {1} candidates",
                    counts[i].Item2, counts[i].Item1);
            }
        }

        if (o.Evaluated == 0)
        {
            return "no partition of this capacity is legal (subarray shape, associativity or bitline-leakage limits)";
        }

        return string.Format(CultureInfo.InvariantCulture, "all {0} evaluated candidates broke a legality rule, last: {1}",
            o.Evaluated, RuleName(o.LastRule));
    }

    private static string RuleName(Rejection r) => r switch
    {
        Rejection.AspectRatio => "bank aspect ratio above 10",
        Rejection.SubarrayShape => "subarray shape (driver size, sense-amplifier pitch or precharge margin)",
        Rejection.Routing => "H-tree routing",
        _ => r.ToString(),
    };

    private static string Format(double? value, string unit) =>
        value is null ? "(none)" : value.Value.ToString("G4", CultureInfo.InvariantCulture) + " " + unit;

    private static CacheCharacteristics Interpolate(CacheCharacteristics a, CacheCharacteristics b, double t, double tl)
    {
        double Lin(double x, double y) => x + (y - x) * t;
        double Log(double x, double y) => x + (y - x) * tl;
        return a with
        {
            HitLatencySeconds = Log(a.HitLatencySeconds, b.HitLatencySeconds),
            MissLatencySeconds = Log(a.MissLatencySeconds, b.MissLatencySeconds),
            WriteLatencySeconds = Log(a.WriteLatencySeconds, b.WriteLatencySeconds),
            HitEnergyJoules = Log(a.HitEnergyJoules, b.HitEnergyJoules),
            MissEnergyJoules = Log(a.MissEnergyJoules, b.MissEnergyJoules),
            WriteEnergyJoules = Log(a.WriteEnergyJoules, b.WriteEnergyJoules),
            LeakageWatts = Lin(a.LeakageWatts, b.LeakageWatts),
            AreaSquareMeters = Lin(a.AreaSquareMeters, b.AreaSquareMeters),
            DataLeakageWatts = Lin(a.DataLeakageWatts, b.DataLeakageWatts),
            TagLeakageWatts = Lin(a.TagLeakageWatts, b.TagLeakageWatts),
            DataAreaSquareMeters = Lin(a.DataAreaSquareMeters, b.DataAreaSquareMeters),
            TagAreaSquareMeters = Lin(a.TagAreaSquareMeters, b.TagAreaSquareMeters),
            CandidatesEvaluated = a.CandidatesEvaluated + b.CandidatesEvaluated,
            Upper = b,
        };
    }

    private static bool IsPhysical(CacheCharacteristics r)
    {
        double[] values =
        {
            r.HitLatencySeconds, r.MissLatencySeconds, r.WriteLatencySeconds, r.HitEnergyJoules, r.MissEnergyJoules,
            r.WriteEnergyJoules, r.LeakageWatts, r.AreaSquareMeters,
        };
        foreach (var v in values)
        {
            if (double.IsNaN(v) || double.IsInfinity(v) || v < 0)
            {
                return false;
            }
        }

        return true;
    }

    internal static CellModel ResolveCell(CellParameters p, Tech tech)
    {
        var f = tech.FeatureSize;
        var areaF2 = p.Area.InFeatureUnits(f, 2);
        var aspect = p.AspectRatio > 0 ? p.AspectRatio : 1;
        var m = new CellModel
        {
            Kind = p.Kind,
            AreaF2 = areaF2,
            HeightF = Math.Sqrt(areaF2 * aspect),
            WidthF = Math.Sqrt(areaF2 / aspect),
            AccessWidth = p.AccessWidth.Value > 0 ? p.AccessWidth.Resolve(f) : (p.Kind == CellKind.Sram ? 1.31 : 4) * f,
            SramNmosWidth = p.SramNmosWidth.Resolve(f),
            SramPmosWidth = p.SramPmosWidth.Resolve(f),
            ResistanceOn = p.ResistanceOnOhms,
            ResistanceOff = p.ResistanceOffOhms,
            VoltageSense = p.Kind == CellKind.Sram || p.ReadMode == SenseMode.Voltage,
            ReadVoltage = p.ReadVoltageVolts ?? 0,
            ReadCurrent = p.ReadCurrentAmperes ?? 0,
            ReadPower = p.ReadPowerWatts ?? 0,
            MinSenseVoltage = p.MinSenseVoltageVolts,
            WriteCurrent = p.WriteCurrentAmperes,
            WritePulse = p.WritePulseSeconds,
            AccessVoltageDrop = p.AccessVoltageDropVolts,
            WriteAccessWidth = p.WriteAccessWidth.Value > 0 ? p.WriteAccessWidth.Resolve(f) : 0,
            WriteLineResistance = p.WriteLineResistanceOhms ?? 0,
        };

        SenseAmp.CurrentSenseFigures(f, out var converterDelay, out var converterEnergy, out var converterLeakage);
        m.ConverterDelay = p.SenseDelaySeconds ?? converterDelay;
        m.ConverterEnergy = p.SenseEnergyJoules ?? converterEnergy;
        m.ConverterLeakage = p.SenseLeakageWatts ?? converterLeakage;

        if (m.IsResistive)
        {
            if (p.WriteEnergyJoules is { } e)
            {
                m.WriteEnergy = e;
            }
            else if (p.Kind == CellKind.Sot)
            {
                // SOT: the write current flows through the heavy-metal line and its own write transistor.
                var rTransistor = m.WriteAccessWidth > 0 ? Gate.OnResistance(m.WriteAccessWidth, true, tech) : 0;
                m.WriteEnergy = m.WriteCurrent * m.WriteCurrent * (m.WriteLineResistance + rTransistor) * m.WritePulse;
            }
            else
            {
                var v = p.WriteVoltageVolts ?? tech.Vdd;
                m.WriteEnergy = v * m.WriteCurrent * m.WritePulse;
            }
        }

        return m;
    }

    private static ModelDiagnostic Error(string id, string message) => new(id, ModelSeverity.Error, message);
}
