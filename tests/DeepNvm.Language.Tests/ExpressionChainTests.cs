using DeepNvm.Language.Syntax;

namespace DeepNvm.Language.Tests;

/// <summary>Long operator chains without brackets (issue 14, item 1): the parser and the binder walk an
/// expression recursively, so an unbounded chain exhausts the stack. A chain longer than the limit is a
/// located DNVM0110, and a chain right at the limit still compiles on a small stack.</summary>
public class ExpressionChainTests
{
    private static string Cache(string capacity) =>
        "cache C {\n  capacity = " + capacity + "\n  associativity = 16\n  line = 128 B\n  sector = 32 B\n  node = 16 nm\n}\n";

    [Theory]
    [InlineData("minus")]
    [InlineData("sum")]
    [InlineData("product")]
    public void A_chain_past_the_limit_is_a_located_error_not_a_stack_overflow(string kind)
    {
        var chain = kind switch
        {
            "minus" => new string('-', 20_000) + "1 MB",
            "sum" => string.Concat(Enumerable.Repeat("0 MB + ", 20_000)) + "1 MB",
            _ => "1 MB" + string.Concat(Enumerable.Repeat(" * 1", 50_000)),
        };

        var program = Nvm.Compile(Cache(chain));

        var error = program.Single("DNVM0110");
        var max = NvmParser.MaxOperatorsPerExpression;
        var column = kind switch { "minus" => 14 + max, "sum" => 19 + 7 * max, _ => 19 + 4 * max };
        (error.Span.Line, error.Span.Column).ShouldBe((2, column), "at the first operator past the limit");
        error.Message.ShouldContain(NvmParser.MaxOperatorsPerExpression.ToString());
    }

    [Fact]
    public void A_chain_at_the_limit_compiles_on_a_small_stack()
    {
        var chain = "1 MB" + string.Concat(Enumerable.Repeat(" + 0 MB", NvmParser.MaxOperatorsPerExpression / 2))
            + string.Concat(Enumerable.Repeat(" * 1", NvmParser.MaxOperatorsPerExpression / 2));
        Bound.ProgramSpec? program = null;
        var sameParse = false;
        var thread = new Thread(() =>
        {
            program = Nvm.Compile(Cache(chain));
            var a = NvmParser.Parse("/project/a.nvm", Cache(chain));
            var b = NvmParser.Parse("/project/a.nvm", Cache(chain));
            sameParse = a.Equals(b) && a.GetHashCode() == b.GetHashCode(); // the generator caches parses by value
        }, maxStackSize: 256 * 1024);
        thread.Start();
        thread.Join();

        program.ShouldNotBeNull().Diagnostics.ShouldBeEmpty();
        sameParse.ShouldBeTrue();
    }

    [Fact]
    public void Signs_inside_numbers_units_and_lists_do_not_count_towards_the_limit()
    {
        var items = string.Join(", ", Enumerable.Range(0, NvmParser.MaxOperatorsPerExpression + 10).Select(i => "-1e-3 F^-1"));
        NvmParser.Parse("/project/a.nvm", "node N { x = [" + items + "] }").Diagnostics.ShouldNotContain(d => d.Id == "DNVM0110");
    }
}
