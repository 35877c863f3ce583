using DeepNvm.Reports;
using DeepNvm.Studies;
using DeepNvmStudy;

// The study declared in nvm/study.nvm, evaluated with the DeepNvm cache model and the workload's
// L2 traffic, printed as tables and written as a report folder (open reports/index.html).
//   dotnet run [-- --out DIR]
var outIndex = Array.IndexOf(args, "--out");
var folder = outIndex >= 0 && outIndex + 1 < args.Length ? args[outIndex + 1] : "reports";

var result = StudyRunner.Run(Studies.L2Study);
foreach (var table in StudyTables.All(result))
{
    Console.WriteLine(table.ToPlainText());
}

foreach (var warning in result.Warnings)
{
    Console.WriteLine("warning: " + warning);
}

var files = ReportWriter.Write(result, folder);
Console.WriteLine($"Report: {files.Count} files in {Path.GetFullPath(folder)}");
