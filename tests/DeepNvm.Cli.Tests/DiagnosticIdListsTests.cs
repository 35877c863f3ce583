using System.Reflection;
using DeepNvm.Language.Diagnostics;
using DeepNvm.Model;
using DeepNvm.Workloads;

namespace DeepNvm.Cli.Tests;

/// <summary>One catalog of diagnostic ids (DiagnosticCatalog, with a page each). The model and the workloads
/// layer cannot reference the language, so they keep their ids as constants; these tests tie every one of
/// them to a catalog entry of the same severity and meaning, so no id is printed that has no page.</summary>
public class DiagnosticIdListsTests
{
    private static IEnumerable<(string Name, string Id)> Constants(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (f.Name, (string)f.GetRawConstantValue()!));

    public static TheoryData<string, string> ModelIds() => Data(typeof(ModelDiagnosticIds));

    public static TheoryData<string, string> WorkloadIds() => Data(typeof(WorkloadDiagnosticIds));

    private static TheoryData<string, string> Data(Type type)
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, id) in Constants(type))
        {
            data.Add(name, id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ModelIds))]
    public void Every_model_id_is_in_the_catalog_under_the_same_name(string name, string id)
    {
        DiagnosticCatalog.Find(id).ShouldNotBeNull(id);
        typeof(DiagnosticIds).GetField(name)?.GetRawConstantValue().ShouldBe(id, $"ModelDiagnosticIds.{name} and DiagnosticIds.{name} must be one id");
    }

    [Theory]
    [MemberData(nameof(WorkloadIds))]
    public void Every_workload_id_is_in_the_catalog_and_described(string name, string id)
    {
        var rule = DiagnosticCatalog.Find(id).ShouldNotBeNull(id);
        rule.Category.ShouldBe("DeepNvm.Workloads");
        rule.Severity.ShouldBe(NvmSeverity.Error);
        WorkloadDiagnosticIds.Descriptions.ContainsKey(id).ShouldBeTrue(name);
    }

    [Fact]
    public void Every_catalog_id_of_the_workloads_category_is_one_the_workloads_layer_uses()
    {
        var workloadIds = Constants(typeof(WorkloadDiagnosticIds)).Select(c => c.Id).ToHashSet();

        DiagnosticCatalog.All.Where(r => r.Category == "DeepNvm.Workloads").Select(r => r.Id).ShouldAllBe(id => workloadIds.Contains(id));
        WorkloadDiagnosticIds.Descriptions.Keys.ShouldBe(workloadIds, ignoreOrder: true);
    }
}
