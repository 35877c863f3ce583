using DeepNvm.Language.Syntax;

namespace DeepNvm.Language.Tests;

/// <summary>Text the front end must read right or refuse clearly (issue 14, items 6, 7, 9 and 10).</summary>
public class HostileTextTests
{
    [Fact]
    public void Lines_ended_by_a_lone_carriage_return_are_counted_as_lines_as_the_compiler_counts_them()
    {
        var error = Nvm.Compile("node N {\r  feature_size = 16 nx\r}\r").Single("DNVM0301");
        (error.Span.Line, error.Span.Column).ShouldBe((2, 21));
    }

    [Fact]
    public void A_list_longer_than_the_limit_is_a_located_error()
    {
        var items = string.Join(", ", Enumerable.Repeat("A", NvmParser.MaxListItems + 1));
        var error = NvmParser.Parse("/project/a.nvm", "study S {\n  cells = [" + items + "]\n}").Diagnostics.ShouldHaveSingleItem();
        error.Id.ShouldBe("DNVM0111");
        (error.Span.Line, error.Span.Column).ShouldBe((2, 12 + 3 * NvmParser.MaxListItems - 2), "at the comma that opens the item past the limit");
    }

    [Fact]
    public void A_list_at_the_limit_parses() =>
        NvmParser.Parse("/project/a.nvm", "study S { cells = [" + string.Join(", ", Enumerable.Repeat("A", NvmParser.MaxListItems)) + "] }")
            .Diagnostics.ShouldBeEmpty();

    [Fact]
    public void An_inheritance_chain_deeper_than_the_limit_is_a_located_error_not_a_stack_overflow()
    {
        var depth = 5_000;
        var text = "cell C0 : sram { area = 146 F^2 }\n" + string.Concat(Enumerable.Range(1, depth).Select(i => $"cell C{i} : C{i - 1} {{ }}\n"));
        Bound.ProgramSpec? program = null;
        var thread = new Thread(() => program = Nvm.Compile(text), maxStackSize: 1024 * 1024);
        thread.Start();
        thread.Join();

        var errors = program.ShouldNotBeNull().Diagnostics.Where(d => d.Id == "DNVM0227").ToArray();
        errors.ShouldNotBeEmpty();
        errors[0].Message.ShouldContain("64");
    }

    [Theory]
    [InlineData("capacities = 1 MB .. 128 MB by x1e999")]
    [InlineData("capacities = 1 MB .. 128 MB by x1e-999")]
    public void A_geometric_step_that_is_not_a_finite_factor_above_1_is_an_error(string line) =>
        Nvm.Compile("study S { scalability { " + line + " } }").Diagnostics.Select(d => d.Id).ShouldContain("DNVM0406");

    [Theory]
    [InlineData("resistance_on = 3 k\u2126", "resistance_on = 3 kOhm")]
    [InlineData("write { current = 80 \u03BCA; pulse = 10 ns }", "write { current = 80 uA; pulse = 10 ns }")]
    [InlineData("write { current = 80 \u00B5A; pulse = 10 ns }", "write { current = 80 uA; pulse = 10 ns }")]
    public void The_ohm_sign_and_both_micro_signs_are_the_same_units(string written, string ascii)
    {
        var source = Nvm.Mtj.Replace(ascii, written);
        source.ShouldNotBe(Nvm.Mtj);
        var program = Nvm.Compile(source);
        program.Diagnostics.ShouldBeEmpty();
        var path = ascii.StartsWith("write", StringComparison.Ordinal) ? "write.current" : "resistance_on";
        program.Declarations.Single().Value(path).ShouldBe(Nvm.Compile(Nvm.Mtj).Declarations.Single().Value(path), "the same value as the ASCII spelling");
    }

    [Fact]
    public void A_whole_number_message_shows_the_fraction_it_refuses() =>
        Nvm.Compile("cache C { capacity = 4 MB; associativity = 16.0000001 }").Single("DNVM0404").Message.ShouldContain("16.0000001");

    [Fact]
    public void An_emoji_is_quoted_whole_in_a_syntax_error() =>
        NvmParser.Parse("/project/a.nvm", "node N { feature_size = \U0001F600 }").Diagnostics.ShouldHaveSingleItem().Message.ShouldStartWith("unexpected '\U0001F600'");

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("sub/")]
    public void Importing_a_folder_says_so(string path) =>
        Nvm.Compile("import \"" + path + "\"\n").Single("DNVM0202").Message.ShouldContain("it names a folder");
}
