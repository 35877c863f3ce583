namespace DeepNvm.Workloads;

/// <summary>Which L2 counters produced a workload's L2 sector counts.</summary>
public enum MetricFamily
{
    /// <summary>All L2 clients: nvprof <c>l2_read/write_transactions</c>; Nsight Compute
    /// <c>lts__t_sectors_op_{read,write}.sum</c> plus <c>op_atom</c> and <c>op_red</c> (to match nvprof).</summary>
    L2AllClients,
    /// <summary>Only traffic from L1/TEX: <c>l2_tex_*_transactions</c> or <c>lts__t_sectors_srcunit_tex_op_*.sum</c>.</summary>
    L2Tex,
    /// <summary>Counts from the analytic model (requests from the SMs' L1/TEX and tensor loads).</summary>
    Analytic,
    /// <summary>Counts written directly in the workload declaration.</summary>
    Declared,
}

/// <summary>Names of <see cref="MetricFamily"/> as printed in JSON and tables.</summary>
public static class MetricFamilyNames
{
    /// <summary>"l2", "l2_tex", "analytic" or "declared".</summary>
    public static string ToId(this MetricFamily family) => family switch
    {
        MetricFamily.L2AllClients => "l2",
        MetricFamily.L2Tex => "l2_tex",
        MetricFamily.Analytic => "analytic",
        _ => "declared",
    };
}
