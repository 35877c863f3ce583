using System.Collections.Generic;
using System.Linq;
using DeepNvm.Language.Diagnostics;
using DeepNvm.Language.Text;

namespace DeepNvm.Language.Binding;

/// <summary>Collects diagnostics, dropping exact repeats (an inherited assignment is checked once
/// per derived declaration, but its error is reported once).</summary>
internal sealed class DiagnosticBag
{
    private readonly List<NvmDiagnostic> _items = new();
    private readonly HashSet<NvmDiagnostic> _seen = new();

    public void Add(NvmDiagnostic diagnostic)
    {
        if (_seen.Add(diagnostic))
        {
            _items.Add(diagnostic);
        }
    }

    public void Add(DiagnosticDescriptor descriptor, string path, SourceSpan span, params object[] args) =>
        Add(NvmDiagnostic.Create(descriptor, path, span, args));

    public NvmDiagnostic[] Sorted()
    {
        var copy = _items.ToList();
        copy.Sort(NvmDiagnostic.Compare);
        return copy.ToArray();
    }
}
