using System.Globalization;
using DeepNvm.Studies.Exploration;
using Parquet;
using Parquet.Schema;

namespace DeepNvm.Cli.Explore;

/// <summary>One column of the results table: its Parquet field and how a point fills it. Values are buffered
/// for one row group, written, then cleared, so memory stays flat in the number of points.</summary>
internal abstract class ResultColumn
{
    public abstract DataField Field { get; }
    public abstract void Add(PointResult point);
    public abstract Task WriteAsync(ParquetRowGroupWriter rowGroup);
    public abstract void Clear();
}

internal sealed class ValueColumn<T>(string name, Func<PointResult, T> value) : ResultColumn where T : struct
{
    private readonly List<T> _values = new();
    public override DataField Field { get; } = new DataField<T>(name);
    public override void Add(PointResult point) => _values.Add(value(point));
    public override async Task WriteAsync(ParquetRowGroupWriter rowGroup) => await rowGroup.WriteAsync<T>(Field, _values.ToArray().AsMemory());
    public override void Clear() => _values.Clear();
}

/// <summary>A figure that an illegal point (no organization) does not have: null there.</summary>
internal sealed class OptionalColumn<T>(string name, Func<PointResult, T?> value) : ResultColumn where T : struct
{
    private readonly List<T?> _values = new();
    public override DataField Field { get; } = new DataField<T?>(name);
    public override void Add(PointResult point) => _values.Add(value(point));
    public override async Task WriteAsync(ParquetRowGroupWriter rowGroup) => await rowGroup.WriteAsync<T>(Field, _values.ToArray().AsMemory());
    public override void Clear() => _values.Clear();
}

internal sealed class TextColumn(string name, Func<PointResult, string> value) : ResultColumn
{
    private readonly List<string> _values = new();
    public override DataField Field { get; } = new DataField<string>(name);
    public override void Add(PointResult point) => _values.Add(value(point));
    public override async Task WriteAsync(ParquetRowGroupWriter rowGroup) => await rowGroup.WriteAsync(Field, _values.ToArray());
    public override void Clear() => _values.Clear();
}

/// <summary>
/// The columns of an exploration's results: every input of a point, whether it is legal and admissible (and
/// why not), every figure of the characterization (SI units in the names), the organization of the data
/// array, the geometric means over the workloads, and each workload's energy, delay and EDP.
/// </summary>
internal static class ResultColumns
{
    public static List<ResultColumn> For(DesignSpace space)
    {
        static double? Figure(PointResult p, string metric) => p.Legal ? p.Metric(metric) : null;
        static int? Organization(PointResult p, Func<Model.Banks.ArrayOrganization, int> part) => p.Cache?.Data is { } d ? part(d.Organization) : null;

        var columns = new List<ResultColumn>
        {
            new ValueColumn<long>("index", p => p.Point.Index),
        };
        if (space.Samples > 0)
        {
            // The design (the same number in every sample) and the sample, then the values the sample drew.
            columns.Add(new ValueColumn<long>("design", p => p.Point.Index % space.Designs));
            columns.Add(new ValueColumn<int>("sample", p => p.Point.Sample ?? -1));
            for (var i = 0; i < space.SampledInputs.Count; i++)
            {
                var at = i;
                columns.Add(new ValueColumn<double>(InputColumn(space.SampledInputs[i]), p => p.Point.Drawn!.Values[at]));
            }
        }

        columns.AddRange(new ResultColumn[]
        {
            new TextColumn("gpu", p => p.Point.Gpu.Name),
            new TextColumn("node", p => p.Point.NodeName),
            new ValueColumn<double>("feature_size_m", p => p.Point.Node.FeatureSizeMeters),
            new TextColumn("cell", p => p.Point.Cell.Name),
            new TextColumn("cell_kind", p => p.Point.Cell.Kind.ToString()),
            new ValueColumn<long>("capacity_bytes", p => p.Point.CapacityBytes),
            new ValueColumn<int>("associativity", p => p.Point.Associativity),
            new ValueColumn<int>("line_bytes", p => p.Point.LineBytes),
            new TextColumn("access_mode", p => p.Point.AccessMode.ToString()),
            new TextColumn("optimize", p => p.Point.Optimize.ToString()),
            new ValueColumn<int>("slices", p => p.Point.Slices),
            new ValueColumn<bool>("legal", p => p.Legal),
            new ValueColumn<bool>("admissible", p => p.Admissible),
            new TextColumn("reason", p => p.Reason),
            new TextColumn("violated", p => p.Violated),
        });
        foreach (var (metric, column) in PointResult.MetricColumns.Where(m => m.Key is not ("energy" or "delay" or "edp")))
        {
            columns.Add(new OptionalColumn<double>(column, p => Figure(p, metric)));
        }

        columns.Add(new OptionalColumn<double>("miss_latency_s", p => p.Cache?.MissLatencySeconds));
        columns.Add(new OptionalColumn<double>("data_area_m2", p => p.Cache?.DataAreaSquareMeters));
        columns.Add(new OptionalColumn<double>("tag_area_m2", p => p.Cache?.TagAreaSquareMeters));
        columns.Add(new OptionalColumn<double>("data_leakage_w", p => p.Cache?.DataLeakageWatts));
        columns.Add(new OptionalColumn<double>("tag_leakage_w", p => p.Cache?.TagLeakageWatts));
        columns.Add(new OptionalColumn<int>("org_row_mats", p => Organization(p, o => o.RowMats)));
        columns.Add(new OptionalColumn<int>("org_column_mats", p => Organization(p, o => o.ColumnMats)));
        columns.Add(new OptionalColumn<int>("org_active_row_mats", p => Organization(p, o => o.ActiveRowMats)));
        columns.Add(new OptionalColumn<int>("org_active_column_mats", p => Organization(p, o => o.ActiveColumnMats)));
        columns.Add(new OptionalColumn<int>("org_row_subarrays", p => Organization(p, o => o.RowSubarrays)));
        columns.Add(new OptionalColumn<int>("org_column_subarrays", p => Organization(p, o => o.ColumnSubarrays)));
        columns.Add(new OptionalColumn<int>("org_mux_sense_amp", p => Organization(p, o => o.MuxSenseAmp)));
        columns.Add(new OptionalColumn<int>("org_mux_lev1", p => Organization(p, o => o.MuxLev1)));
        columns.Add(new OptionalColumn<int>("org_mux_lev2", p => Organization(p, o => o.MuxLev2)));
        columns.Add(new OptionalColumn<int>("org_subarray_rows", p => Organization(p, o => o.SubarrayRows)));
        columns.Add(new OptionalColumn<int>("org_subarray_columns", p => Organization(p, o => o.SubarrayColumns)));
        foreach (var metric in new[] { "energy", "delay", "edp" })
        {
            columns.Add(new OptionalColumn<double>(PointResult.MetricColumns[metric], p => Figure(p, metric)));
        }

        for (var w = 0; w < space.Workloads.Count; w++)
        {
            var at = w;
            var name = space.Workloads[w].Name;
            columns.Add(new OptionalColumn<double>("energy_j_" + name, p => p.Legal ? p.Workloads[at].Energy : null));
            columns.Add(new OptionalColumn<double>("delay_s_" + name, p => p.Legal ? p.Workloads[at].Delay : null));
            columns.Add(new OptionalColumn<double>("edp_js_" + name, p => p.Legal ? p.Workloads[at].Edp : null));
        }

        return columns;
    }

    /// <summary>The column of an uncertain input's drawn value: "input_SttMram_read_sense_energy" (SI units; dots would
    /// read as nested fields in Parquet paths).</summary>
    public static string InputColumn(string input) => "input_" + input.Replace('.', '_');
}
