using System;
using System.Globalization;

namespace DeepNvm.Workloads;

/// <summary>A workload error located in a file: printed as <c>path(line,col): error DNVM05xx: message</c>.</summary>
public sealed class WorkloadException : Exception
{
    public WorkloadException(string id, string message, string? path = null, int line = 0, int column = 0)
        : base(message)
    {
        Id = id;
        Path = path;
        Line = line;
        Column = column;
    }

    /// <summary>One of <see cref="WorkloadDiagnosticIds"/>.</summary>
    public string Id { get; }
    /// <summary>The file the error is in, when there is one.</summary>
    public string? Path { get; }
    /// <summary>1-based line; 0 when the error has no line.</summary>
    public int Line { get; }
    /// <summary>1-based column; 0 when unknown.</summary>
    public int Column { get; }

    /// <summary>MSBuild-style text: <c>path(line,col): error ID: message</c>.</summary>
    public string Format()
    {
        var where = Path is null
            ? ""
            : Line > 0
                ? string.Format(CultureInfo.InvariantCulture, "{0}({1},{2}): ", Path, Line, Math.Max(1, Column))
                : Path + ": ";
        return where + "error " + Id + ": " + Message;
    }
}
