using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using DeepNvm.Language.Schema;
using DeepNvm.Mapping;
using DeepNvm.Reports;

namespace DeepNvm.Cli;

/// <summary>Values typed on the command line, read the same way by every command: enum words exactly as .nvm
/// spells them (never a number, never a comma-joined set of flags), capacities with a unit and inside the
/// range a cache's capacity takes in .nvm, whole numbers with a message that names the option (never a CLR
/// type), and paths that must exist. A value that does not read is a usage mistake (<see cref="ExitCodes.Usage"/>).</summary>
internal static class CliValues
{
    /// <summary>The .nvm range of a cache's capacity (1 KB .. 64 GB): one source for every capacity option.</summary>
    public static PlausibleRange CapacityRange { get; } = NvmSchema.Cache.Find("capacity")!.Range!;

    /// <summary>The .nvm range of a cache's slices (1 .. 1024).</summary>
    public static PlausibleRange SlicesRange { get; } = NvmSchema.Cache.Find("slices")!.Range!;

    private static readonly (string Unit, double Bytes)[] ByteUnits =
    {
        ("B", 1), ("KB", 1024), ("KiB", 1024), ("MB", 1 << 20), ("MiB", 1 << 20), ("GB", 1 << 30), ("GiB", 1 << 30),
    };

    /// <summary>An enum value as .nvm spells it (<c>run_time</c>) or its C# name (<c>RunTime</c>), any case;
    /// never a number (<c>1</c>) nor a comma-joined set (<c>a,b</c>), which <see cref="Enum.TryParse{TEnum}(string, bool, out TEnum)"/> would take.</summary>
    public static bool TryEnum<T>(string text, string option, TextWriter error, out T value) where T : struct, Enum
    {
        var names = Enum.GetNames<T>();
        var match = names.FirstOrDefault(n => string.Equals(n, SpecConverter.Pascal(text.Trim()), StringComparison.OrdinalIgnoreCase));
        if (match is not null && text.Trim().All(c => char.IsLetter(c) || c == '_'))
        {
            value = Enum.Parse<T>(match);
            return true;
        }

        value = default;
        var spelled = names.Select(StudyJson.Snake).ToArray();
        error.WriteLine($"deepnvm: {option} '{text}' is not one of {string.Join(", ", spelled)}" + Hint(spelled, text));
        return false;
    }

    /// <summary>"6MB", "2816 KB", "40MiB", "1.5 GB", "1048576B": binary prefixes, as in .nvm; a unit is required
    /// (a bare "4" is not read as 4 bytes) and the value must lie in <see cref="CapacityRange"/>.</summary>
    public static bool TryCapacity(string text, out long bytes, out string problem)
    {
        bytes = 0;
        var t = text.Trim();
        var i = 0;
        while (i < t.Length && (char.IsDigit(t[i]) || t[i] == '.'))
        {
            i++;
        }

        if (i == 0 || !double.TryParse(t.Substring(0, i), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            problem = $"'{text}' is not a capacity (e.g. 4MB, 2816KB, 40MiB)";
            return false;
        }

        var unit = t.Substring(i).Trim();
        if (unit.Length == 0)
        {
            problem = $"'{text}' has no unit; write one, e.g. {t}MB or {t}KB";
            return false;
        }

        var known = ByteUnits.FirstOrDefault(u => string.Equals(u.Unit, unit, StringComparison.OrdinalIgnoreCase));
        if (known.Unit is null)
        {
            problem = $"unknown unit '{unit}' in '{text}'" + Hint(ByteUnits.Select(u => u.Unit), unit);
            return false;
        }

        var exact = value * known.Bytes;
        if (exact < CapacityRange.Min || exact > CapacityRange.Max)
        {
            problem = $"'{text}' is outside the capacities a cache can have ({CapacityRange.Text})";
            return false;
        }

        bytes = (long)Math.Round(exact);
        problem = "";
        return true;
    }

    /// <summary>A whole-number option whose mistakes read "--slices expects a whole number from 1 to 1024, not 'x'".</summary>
    public static Option<int?> WholeNumber(string name, string description, int min, int max)
    {
        var option = new Option<int?>(name) { Description = description };
        option.CustomParser = result => ReadWhole(result, name, min, max);
        return option;
    }

    /// <summary>As <see cref="WholeNumber"/>, with a default when the option is absent.</summary>
    public static Option<int> WholeNumber(string name, string description, int min, int max, int fallback)
    {
        var option = new Option<int>(name) { Description = description, DefaultValueFactory = _ => fallback };
        option.CustomParser = result => ReadWhole(result, name, min, max) ?? fallback;
        return option;
    }

    /// <summary>Whether a path named on the command line exists; prints the usage mistake when not.</summary>
    public static bool Exists(string path, string command, TextWriter error, bool folderAllowed = false)
    {
        if (File.Exists(path) || (folderAllowed && Directory.Exists(path)))
        {
            return true;
        }

        error.WriteLine(Directory.Exists(path)
            ? $"deepnvm {command}: '{path}' is a folder; name a file"
            : $"deepnvm {command}: '{path}' does not exist");
        return false;
    }

    /// <summary>Whether PATH names a .nvm file or a folder holding at least one; prints the usage mistake when not.</summary>
    public static bool NvmPath(string path, string command, TextWriter error)
    {
        if (File.Exists(path))
        {
            return true;
        }

        if (!Directory.Exists(path))
        {
            error.WriteLine($"deepnvm{(command.Length > 0 ? " " + command : "")}: '{path}' is neither a .nvm file nor a folder");
            return false;
        }

        if (Directory.EnumerateFiles(path, "*.nvm", SearchOption.AllDirectories).Any())
        {
            return true;
        }

        error.WriteLine($"deepnvm{(command.Length > 0 ? " " + command : "")}: the folder '{path}' holds no .nvm file");
        return false;
    }

    /// <summary>"; did you mean 'x'?" when a known name is close, else "".</summary>
    public static string Hint(IEnumerable<string> known, string word) =>
        DidYouMean.Closest(known, word) is { } close ? $"; did you mean '{close}'?" : "";

    private static int? ReadWhole(ArgumentResult result, string name, int min, int max)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[result.Tokens.Count - 1].Value : "";
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        result.AddError($"{name} expects a whole number from {min} to {max}, not '{text}'");
        return null;
    }
}
