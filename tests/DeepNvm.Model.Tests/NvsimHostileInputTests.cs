using DeepNvm.Model.Nvsim;

namespace DeepNvm.Model.Tests;

/// <summary>NVSim inputs that used to be accepted silently or read from anything (issue 14, items 6, 7 and 9).</summary>
public class NvsimHostileInputTests
{
    private static NvsimReadResult<NvsimConfiguration> Parse(string text) =>
        NvsimReader.ParseConfiguration(Path.Combine(NvsimReference.Folder, "test.cfg"), text, new List<NvsimDiagnostic>());

    private const string Good = "-DesignTarget: cache\n-ProcessNode: 22\n-Capacity (MB): 4\n-WordWidth (bit): 1024\n" +
        "-Associativity (for cache only): 16\n-MemoryCellInputFile: stt_1t1mtj.cell\n";

    [Fact]
    public void A_key_given_twice_is_an_error_at_the_second_not_last_one_wins()
    {
        var r = Parse(Good + "-ProcessNode: 45\n");
        r.Succeeded.ShouldBeFalse();
        var error = r.Diagnostics.ShouldHaveSingleItem();
        (error.Id, error.Line).ShouldBe(("DNVM0210", 7));
        error.Message.ShouldContain("line 2");
    }

    [Fact]
    public void A_word_width_that_is_not_whole_bytes_is_an_error_not_truncated()
    {
        var r = Parse(Good.Replace("-WordWidth (bit): 1024", "-WordWidth (bit): 12"));
        r.Succeeded.ShouldBeFalse();
        r.Diagnostics.ShouldHaveSingleItem().Line.ShouldBe(4);
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/tmp")]
    public void Only_regular_files_are_read(string path)
    {
        var r = NvsimReader.ReadCell(path);
        r.Succeeded.ShouldBeFalse();
        r.Diagnostics.ShouldHaveSingleItem().Message.ShouldContain(path == "/tmp" ? "folder" : "not a regular file");
    }
}
