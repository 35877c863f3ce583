using System.CommandLine;
using System.Globalization;
using DeepNvm.Model;
using DeepNvm.Workloads;
using DeepNvm.Workloads.Analytic;
using DeepNvm.Workloads.Platforms;

namespace DeepNvm.Cli.Commands;

/// <summary>`deepnvm traffic NETWORK --phase train|infer|prefill|decode --batch N --precision P --gpu GPU
/// --l2 CAPACITY [--json]`: the analytic model's totals, in the same form as `profile`.</summary>
internal static class TrafficCommand
{
    public static Command Create()
    {
        var network = new Argument<string>("network") { Description = "Built-in network: " + string.Join(", ", BuiltInNetworks.Ids) };
        var phase = new Option<string>("--phase") { Description = "train, infer, prefill or decode (the last two for llm_7b)", DefaultValueFactory = _ => "infer" };
        var batch = CliValues.WholeNumber("--batch", "Batch size", 1, 1 << 20, fallback: 1);
        var precision = new Option<string>("--precision") { Description = "fp32, tf32, fp16, bf16 or int8", DefaultValueFactory = _ => "fp32" };
        var gpu = new Option<string>("--gpu") { Description = "GPU: " + string.Join(", ", GpuCatalog.Ids), DefaultValueFactory = _ => "gtx1080ti" };
        var l2 = new Option<string?>("--l2") { Description = "L2 capacity (e.g. 2816KB, 6MB, 40MiB; KB/MB are binary); default: the GPU's" };
        var sequence = CliValues.WholeNumber("--seq", "Token count of a transformer (BERT 128, LLM 1024 by default)", 1, 1 << 20);
        var json = new Option<bool>("--json") { Description = "Print one JSON object with the totals" };
        var command = new Command("traffic", "Analytic L2 and DRAM traffic and run time of a built-in network on a GPU");
        command.Arguments.Add(network);
        foreach (var o in new Option[] { phase, batch, precision, gpu, l2, sequence, json })
        {
            command.Options.Add(o);
        }
        command.SetAction(parse => Run(parse.GetValue(network)!, parse.GetValue(phase)!, parse.GetValue(batch), parse.GetValue(precision)!,
            parse.GetValue(gpu)!, parse.GetValue(l2), parse.GetValue(sequence), parse.GetValue(json), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>The command's work: returns the exit code.</summary>
    public static int Run(string network, string phase, int batch, string precision, string gpu, string? l2, int? sequence, bool json,
        TextWriter output, TextWriter error)
    {
        if (!TryPhase(phase, out var workloadPhase))
        {
            return TrafficReport.Usage(error, "--phase must be train, infer, prefill or decode, not '" + phase + "'");
        }
        if (!TryPrecision(precision, out var p))
        {
            return TrafficReport.Usage(error, "--precision must be fp32, tf32, fp16, bf16 or int8, not '" + precision + "'");
        }
        if (batch <= 0)
        {
            return TrafficReport.Usage(error, "--batch must be positive");
        }
        if (!BuiltInNetworks.TryCreate(network, workloadPhase, sequence, out _))
        {
            return TrafficReport.Usage(error, "unknown network '" + network + "'; built in: " + string.Join(", ", BuiltInNetworks.Ids)
                + CliValues.Hint(BuiltInNetworks.Ids, network));
        }
        if (!BuiltInNetworks.SupportsPhase(network, workloadPhase))
        {
            return TrafficReport.Usage(error, "--phase " + phase + " is a phase of llm_7b only; " + network + " runs infer or train");
        }
        if (!GpuCatalog.TryGet(gpu, out var platform))
        {
            return TrafficReport.Usage(error, "unknown GPU '" + gpu + "'; built in: " + string.Join(", ", GpuCatalog.Ids) + CliValues.Hint(GpuCatalog.Ids, gpu));
        }
        var capacity = platform.Parameters.L2CapacityBytes;
        if (l2 is not null && !CliValues.TryCapacity(l2, out capacity, out var problem))
        {
            return TrafficReport.Usage(error, "--l2 " + problem);
        }
        WorkloadTraffic totals;
        try
        {
            var workload = AnalyticWorkload.Create(network, workloadPhase, batch, p, platform.Parameters, new AnalyticOptions { SequenceLength = sequence });
            totals = workload.At(capacity);
        }
        catch (WorkloadException e)
        {
            return TrafficReport.Fail(error, e);
        }
        if (json)
        {
            output.WriteLine(TrafficReport.Json(totals));
        }
        else
        {
            output.WriteLine("workload      " + network + " " + phase + " batch " + batch + " " + precision + " on " + platform.Parameters.Name
                + ", L2 " + (capacity / 1024.0).ToString("N0", CultureInfo.InvariantCulture) + " KiB");
            TrafficReport.Text(output, totals);
        }
        return ExitCodes.Ok;
    }

    private static bool TryPhase(string text, out WorkloadPhase phase)
    {
        switch (text.ToLowerInvariant())
        {
            case "train": case "training": phase = WorkloadPhase.Training; return true;
            case "infer": case "inference": phase = WorkloadPhase.Inference; return true;
            case "prefill": phase = WorkloadPhase.Prefill; return true;
            case "decode": phase = WorkloadPhase.Decode; return true;
            default: phase = default; return false;
        }
    }

    private static bool TryPrecision(string text, out Precision precision)
    {
        switch (text.ToLowerInvariant())
        {
            case "fp32": precision = Precision.Fp32; return true;
            case "tf32": precision = Precision.Tf32; return true;
            case "fp16": precision = Precision.Fp16; return true;
            case "bf16": precision = Precision.Bf16; return true;
            case "int8": precision = Precision.Int8; return true;
            default: precision = default; return false;
        }
    }
}
