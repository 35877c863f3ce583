using System.Globalization;
using DeepNvm.Model;
using DeepNvmPaper;

// The typed models the generator built from nvm/*.nvm. The evaluation of the study (cache model,
// workloads, iso-capacity/iso-area tables) is the `deepnvm study` command's job; this program
// shows that the study's inputs are ordinary, strongly typed C# values.
var inv = CultureInfo.InvariantCulture;
var study = Studies.DeepNvmPlusPlus;
Console.WriteLine($"Study {study.Name}: platform {study.Platform.Name}, baseline {study.Baseline.Name}");
Console.WriteLine();

Console.WriteLine("Cells (F = feature size of the node they are used at):");
foreach (var cell in Cells.All)
{
    var write = cell.Kind == CellKind.Sram
        ? "write through the 6T cross-coupled pair"
        : string.Format(inv, "write {0:0.##} uA x {1:0.###} ns, R {2:0.#}/{3:0.#} kOhm",
            cell.WriteCurrentAmperes * 1e6, cell.WritePulseSeconds * 1e9, cell.ResistanceOnOhms / 1e3, cell.ResistanceOffOhms / 1e3);
    Console.WriteLine(string.Format(inv, "  {0,-8} {1,-4} area {2,-8} {3}", cell.Name, cell.Kind.ToString().ToLowerInvariant(), cell.Area, write));
}

var gpu = study.Platform;
Console.WriteLine();
Console.WriteLine(string.Format(inv, "GPU {0}: {1} nm, {2} SMs at {3:0} MHz, L2 {4} KB in {5} slices, {6} {7:0} GB/s at {8:0.#} pJ/bit",
    gpu.Name, gpu.Node.FeatureSizeMeters * 1e9, gpu.StreamingMultiprocessors, gpu.ClockHertz / 1e6, gpu.L2CapacityBytes / 1024,
    gpu.L2Slices, gpu.Dram.Kind, gpu.Dram.BandwidthBytesPerSecond / 1e9, gpu.Dram.EnergyJoulesPerBit * 1e12));

Console.WriteLine();
Console.WriteLine("Workloads:");
foreach (var workload in study.Workloads)
{
    Console.WriteLine($"  {workload.Name,-16} {workload.Source,-9} {workload.Network,-11} {workload.Phase,-9} batch {workload.Batch,4} {workload.Precision}");
}

Console.WriteLine();
Console.WriteLine($"Comparisons: iso-capacity {study.IsoCapacity}, iso-area {study.IsoArea}, scalability over "
    + string.Join(", ", study.ScalabilityCapacities.Select(c => (c / (1024 * 1024)).ToString(inv) + " MB")));
Console.WriteLine($"Delay in EDP: {study.Delay}; DRAM energy included: {study.IncludeDramEnergy}");
