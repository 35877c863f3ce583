using System.CommandLine;
using System.Runtime.CompilerServices;

namespace DeepNvm.Cli.Tests;

/// <summary>The one exit-code rule (docs/cli.md#exit-codes), held on every command through the real command line:
/// a mistake on the command line (unknown subcommand, option or name, malformed value, a path that does not exist)
/// exits 2, with "did you mean" where a known name is close; a mistake inside an input file exits 1.</summary>
public sealed class ExitCodeRuleTests : IDisposable
{
    private readonly StudyTestProject _project = new();
    private readonly string _empty = Directory.CreateTempSubdirectory("deepnvm-empty-").FullName;
    private readonly StudyTestProject _broken = new("cell Bad : mtj { area = 54 F^2; access_width = 8 F; resistance_on = 3 kOhm; resistance_off = 6 kOhm; write.pulse = 10 uA }");

    public static TheoryData<string, int, string> Rule() => new()
    {
        // subcommands and options
        { "stdy {project}", ExitCodes.Usage, "did you mean 'study'?" },
        { "check {project} --jsn", ExitCodes.Usage, "did you mean '--json'?" },
        { "import nvsmi {cell}", ExitCodes.Usage, "did you mean 'nvsim'?" },
        { "schema --jsn", ExitCodes.Usage, "unknown option '--jsn'" },
        // check
        { "check {project}", ExitCodes.Ok, "" },
        { "check {missing}", ExitCodes.Usage, "neither a .nvm file nor a folder" },
        { "check {empty}", ExitCodes.Usage, "holds no .nvm file" },
        { "check {broken}", ExitCodes.Diagnostics, "DNVM0302" },
        // project
        { "project {missing} --out {out}", ExitCodes.Usage, "neither a .nvm file nor a folder" },
        { "project {empty} --out {out}", ExitCodes.Usage, "holds no .nvm file" },
        { "project {broken} --out {out}", ExitCodes.Diagnostics, "DNVM0302" },
        // profile
        { "profile {missing}", ExitCodes.Usage, "does not exist" },
        { "profile {empty}", ExitCodes.Usage, "is a folder" },
        { "profile {notprofile}", ExitCodes.Diagnostics, "DNVM0515" },
        { "profile {profile} --family l3", ExitCodes.Usage, "l3" },
        // traffic: every value on its command line is a usage mistake
        { "traffic resnet9000", ExitCodes.Usage, "unknown network 'resnet9000'" },
        { "traffic resnet5", ExitCodes.Usage, "did you mean 'resnet50'?" },
        { "traffic resnet50 --gpu voodoo2", ExitCodes.Usage, "unknown GPU 'voodoo2'" },
        { "traffic resnet50 --gpu V100", ExitCodes.Ok, "" },
        { "traffic resnet50 --gpu a10O", ExitCodes.Usage, "did you mean 'a100'?" },
        { "traffic resnet50 --phase prefill", ExitCodes.Usage, "llm_7b only" },
        { "traffic resnet50 --phase fly", ExitCodes.Usage, "--phase" },
        { "traffic resnet50 --batch x", ExitCodes.Usage, "--batch expects a whole number from 1 to" },
        { "traffic resnet50 --batch 0", ExitCodes.Usage, "--batch expects a whole number" },
        { "traffic resnet50 --l2 4", ExitCodes.Usage, "has no unit" },
        { "traffic resnet50 --l2 3B", ExitCodes.Usage, "outside the capacities a cache can have" },
        { "traffic resnet50 --l2 6MBB", ExitCodes.Usage, "did you mean 'MB'?" },
        // nvsim and import
        { "nvsim {missing}", ExitCodes.Usage, "does not exist" },
        { "nvsim {badcfg}", ExitCodes.Diagnostics, "bad_unit.cfg(" },
        { "import nvsim {missing}", ExitCodes.Usage, "does not exist" },
        { "import nvsim {badcfg}", ExitCodes.Diagnostics, "bad_unit.cfg(" },
        // study
        { "study {missing}", ExitCodes.Usage, "neither a .nvm file nor a folder" },
        { "study {empty}", ExitCodes.Usage, "holds no .nvm file" },
        { "study {broken}", ExitCodes.Diagnostics, "DNVM0302" },
        { "study {project} --study SmalStudy", ExitCodes.Usage, "did you mean 'SmallStudy'?" },
        { "study {project} --delay 1", ExitCodes.Usage, "--delay '1' is not one of access_latency, run_time" },
        { "study {project} --delay access_latency,run_time", ExitCodes.Usage, "is not one of" },
        { "study {project} --delay run_tim", ExitCodes.Usage, "did you mean 'run_time'?" },
        { "study {project} --leakage-time 0", ExitCodes.Usage, "--leakage-time '0'" },
        { "study {project} --slices x", ExitCodes.Usage, "--slices expects a whole number from 1 to 1024, not 'x'" },
        { "study {project} --slices 2000", ExitCodes.Usage, "--slices expects a whole number" },
        // eval
        { "eval {missing}", ExitCodes.Usage, "neither a .nvm file nor a folder" },
        { "eval {broken}", ExitCodes.Diagnostics, "DNVM0302" },
        { "eval {project} --capacity 4", ExitCodes.Usage, "has no unit" },
        { "eval {project} --capacity 3B", ExitCodes.Usage, "outside the capacities a cache can have (1 KB .. 64 GB)" },
        { "eval {project} --cell Sram6t", ExitCodes.Usage, "did you mean 'Sram6T'?" },
        { "eval {project} --gpu Tin", ExitCodes.Usage, "did you mean 'Tiny'?" },
        { "eval {project} --sector-energy 2", ExitCodes.Usage, "--sector-energy '2'" },
        // sweep
        { "sweep {missing}", ExitCodes.Usage, "neither a .nvm file nor a folder" },
        { "sweep {project} --capacities 1MB..4", ExitCodes.Usage, "has no unit" },
        { "sweep {project} --capacities 4MB..1MB", ExitCodes.Usage, "runs downwards" },
        { "sweep {project} --study SmallStudie", ExitCodes.Usage, "did you mean 'SmallStudy'?" },
        // sensitivity and solve
        { "sensitivity {project} --technology SttMram", ExitCodes.Usage, "--metric" },
        { "sensitivity {missing} --technology SttMram --metric iso_capacity.edp_reduction", ExitCodes.Usage, "missing.nvm" },
        { "sensitivity {project} --technology SttMram --metric iso_capacity.edp_reduction --slices x", ExitCodes.Usage, "--slices expects a whole number" },
        { "solve {project} --vary SttMram.read.power", ExitCodes.Usage, "--target" },
        { "solve {missing} --vary SttMram.read.power --target iso_capacity.edp_reduction(SttMram)=1", ExitCodes.Usage, "missing.nvm" },
        // explore and front
        { "explore {missing} --space S --out {missing}", ExitCodes.Usage, "neither a .nvm file nor a folder" },
        { "front {missing}", ExitCodes.Usage, "does not exist" },
        // export
        { "export {missing}", ExitCodes.Usage, "neither a .nvm file nor a folder" },
        { "export {broken}", ExitCodes.Diagnostics, "DNVM0302" },
    };

    [Theory]
    [MemberData(nameof(Rule))]
    public void Every_command_follows_the_one_exit_code_rule(string commandLine, int expected, string message)
    {
        var (code, error) = Run(commandLine);

        code.ShouldBe(expected, error);
        error.ShouldContain(message, Case.Sensitive, error);
        error.ShouldNotContain("System.", Case.Sensitive, "a CLR type name or a stack trace reached the user");
        error.ShouldNotContain("   at ", Case.Sensitive);
    }

    [Fact]
    public void Every_command_is_in_the_table()
    {
        var covered = Rule().Select(row => ((string)row[0]).Split(' ')[0]).ToHashSet();

        CliCommands.All().Select(c => c.Name).ShouldAllBe(n => covered.Contains(n));
    }

    [Fact]
    public void An_unexpected_exception_is_DNVM0001_with_its_type_and_stack_not_a_bare_crash()
    {
        var root = new RootCommand("test");
        var broken = new Command("broken");
        broken.SetAction(_ => Thrower.Throw());
        root.Subcommands.Add(broken);
        var error = new StringWriter();

        CommandLine.Run(root, new[] { "broken" }, new StringWriter(), error).ShouldBe(ExitCodes.Diagnostics);

        error.ToString().ShouldContain("error DNVM0001: internal error (System.InvalidOperationException): the sky fell");
        error.ToString().ShouldContain(nameof(Thrower.Throw), Case.Sensitive, "the stack is kept for the bug report");
    }

    private static class Thrower
    {
        [MethodImpl(MethodImplOptions.NoInlining)]
        public static int Throw() => throw new InvalidOperationException("the sky fell");
    }

    private (int Code, string Error) Run(string commandLine)
    {
        var output = Path.Combine(_empty, "..", Path.GetFileName(_empty) + "-out");
        var args = commandLine.Split(' ').Select(a => a
            .Replace("{project}", _project.File)
            .Replace("{broken}", _broken.File)
            .Replace("{missing}", Path.Combine(_project.Directory, "missing.nvm"))
            .Replace("{empty}", _empty)
            .Replace("{out}", output)
            .Replace("{cell}", NvsimCommandTests.Data("stt_1t1mtj.cell"))
            .Replace("{badcfg}", NvsimCommandTests.Data("bad_unit.cfg"))
            .Replace("{profile}", Profile("ncu-raw.csv"))
            .Replace("{notprofile}", Profile("other-tool.csv"))).ToArray();
        var error = new StringWriter();
        var code = CommandLine.Run(Root(), args, new StringWriter(), error);
        return (code, error.ToString());
    }

    private static string Profile(string name, [CallerFilePath] string source = "") =>
        Path.Combine(Path.GetDirectoryName(source)!, "TestData", "profiles", name);

    private static RootCommand Root()
    {
        var root = new RootCommand("test");
        foreach (var command in CliCommands.All())
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    public void Dispose()
    {
        _project.Dispose();
        _broken.Dispose();
        Directory.Delete(_empty, recursive: true);
    }
}
