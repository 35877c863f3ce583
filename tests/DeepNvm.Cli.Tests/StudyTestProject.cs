namespace DeepNvm.Cli.Tests;

/// <summary>A small study project in a temporary folder: the example's public cells, a 512 KB L2 and
/// two workloads given as counts, so that a test evaluates only small caches.</summary>
internal sealed class StudyTestProject : IDisposable
{
    public const string Text = SmallStudyProject.Text;

    public StudyTestProject(string? text = null)
    {
        Directory = Path.Combine(Path.GetTempPath(), "deepnvm-study-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        File = Path.Combine(Directory, "study.nvm");
        System.IO.File.WriteAllText(File, text ?? Text);
    }

    public string Directory { get; }
    public string File { get; }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
