using DeepNvm.Language.Syntax;

namespace DeepNvm.Language.Tests;

public class GrammarTests
{
    private static NvmFileSyntax ParseClean(string text)
    {
        var parsed = NvmParser.Parse("/project/a.nvm", text);
        parsed.Diagnostics.Select(d => d.ToString()).ShouldBeEmpty();
        return parsed.Syntax;
    }

    [Fact]
    public void A_declaration_has_a_keyword_a_name_an_optional_base_and_members_with_spans()
    {
        var file = ParseClean("cell SttMram : mtj {\n  area = 57.5 F^2\n  write { current = 40.82 uA; pulse = 5 ns }\n}");

        var cell = file.Declarations.ShouldHaveSingleItem();
        cell.Keyword.ShouldBe("cell");
        cell.Name.Text.ShouldBe("SttMram");
        cell.Name.Span.ShouldBe(new Text.SourceSpan(5, 7, 1, 6, 1, 13));
        cell.Base!.Text.ShouldBe("mtj");
        cell.Members.Count.ShouldBe(2);
        var area = cell.Members[0].ShouldBeOfType<PropertySyntax>();
        area.PathText.ShouldBe("area");
        var number = area.Value.ShouldBeOfType<NumberSyntax>();
        number.Value!.Value.Value.ShouldBe(57.5);
        number.Value!.Value.FeaturePower.ShouldBe(2);
        (number.Span.Line, number.Span.Column).ShouldBe((2, 10));
        cell.Members[1].ShouldBeOfType<BlockSyntax>().Members.Count.ShouldBe(2);
    }

    [Fact]
    public void Dotted_overrides_imports_and_comments_parse()
    {
        var file = ParseClean("""
            import "cells.nvm"   // a comment
            /* a block
               comment */
            cell SotFast : SotMram { write.pulse = 0.3 ns }
            """);

        file.Imports.ShouldHaveSingleItem().Path.ShouldBe("cells.nvm");
        file.Declarations.ShouldHaveSingleItem().Members[0].ShouldBeOfType<PropertySyntax>().PathText.ShouldBe("write.pulse");
    }

    [Fact]
    public void Arithmetic_follows_precedence_and_quantities_multiply()
    {
        var file = ParseClean("node N { feature_size = 2 * 4 nm + 8 nm }");
        var sum = file.Declarations[0].Members[0].ShouldBeOfType<PropertySyntax>().Value.ShouldBeOfType<BinarySyntax>();
        sum.Operator.ShouldBe('+');
        sum.Left.ShouldBeOfType<BinarySyntax>().Operator.ShouldBe('*');
    }

    [Fact]
    public void Ranges_lists_strings_references_and_negation_parse()
    {
        var file = ParseClean("""
            study S {
              cells = [A, B,]
              scalability { capacities = 1 MB .. 128 MB by x2 }
              platform = Gtx.l2
              x = -3 ns
              p = "profiles/a b.csv"
            }
            """);
        var members = file.Declarations[0].Members;
        members[0].ShouldBeOfType<PropertySyntax>().Value.ShouldBeOfType<ListSyntax>().Items.Count.ShouldBe(2);
        var range = members[1].ShouldBeOfType<BlockSyntax>().Members[0].ShouldBeOfType<PropertySyntax>().Value.ShouldBeOfType<RangeSyntax>();
        range.Factor.ShouldBe(2);
        members[2].ShouldBeOfType<PropertySyntax>().Value.ShouldBeOfType<NameSyntax>().Text.ShouldBe("Gtx.l2");
        members[3].ShouldBeOfType<PropertySyntax>().Value.ShouldBeOfType<NegateSyntax>();
        members[4].ShouldBeOfType<PropertySyntax>().Value.ShouldBeOfType<StringSyntax>().Value.ShouldBe("profiles/a b.csv");
    }

    [Fact]
    public void A_unit_never_spans_a_line_break()
    {
        var file = ParseClean("cache C {\n  associativity = 16\n  line = 128 B\n}");
        file.Declarations[0].Members.Count.ShouldBe(2);
    }

    [Fact]
    public void A_syntax_error_is_located_where_it_happens()
    {
        var parsed = NvmParser.Parse("/p/bad.nvm", "node N {\n  feature_size = = 16 nm\n}");
        var error = parsed.Diagnostics.ShouldHaveSingleItem();
        error.Id.ShouldBe("DNVM0101");
        error.ToString().ShouldStartWith("/p/bad.nvm(2,18): error DNVM0101: unexpected '='");
    }

    [Fact]
    public void One_typo_does_not_hide_the_rest_of_the_file()
    {
        var parsed = NvmParser.Parse("/p/a.nvm", """
            node A { feature_size = 16 nm }
            node B { feature_size 16 nm }
            node C { feature_size = }
            cell D : sram { area = 146 F^2 }
            """);

        parsed.Diagnostics.Select(d => (d.Span.Line, d.Id)).ShouldBe(new[] { (2, "DNVM0101"), (3, "DNVM0101") });
        parsed.Syntax.Declarations.Select(d => d.Name.Text).ShouldBe(new[] { "A", "D" });
        parsed.BrokenDeclarations.ShouldBe(new[] { "B", "C" });
    }

    [Theory]
    [InlineData("cache L2 { capacity =")]
    [InlineData("node N { feature_size = 16 nm }\nnode M { feature_size =")]
    public void A_file_that_ends_in_the_middle_of_a_value_is_an_error(string text)
    {
        var error = NvmParser.Parse("/p/a.nvm", text).Diagnostics.ShouldHaveSingleItem();
        error.Id.ShouldBe("DNVM0101");
        error.Message.ShouldStartWith("unexpected end of file");
    }

    [Fact]
    public void A_missing_closing_brace_is_reported_where_the_declaration_opened_and_the_declaration_is_kept()
    {
        var parsed = NvmParser.Parse("/p/a.nvm", """
            node N16 { feature_size = 16 nm }

            cell A : sram {
              area = 146 F^2
              read { min_sense_voltage = 80 mV }

            cell B : sram { area = 140 F^2 }
            """);

        parsed.Diagnostics.ShouldHaveSingleItem().ToString()
            .ShouldBe("/p/a.nvm(3,15): error DNVM0116: the '{' of 'A' is not closed: add '}' before line 7");
        parsed.Syntax.Declarations.Select(d => d.Name.Text).ShouldBe(new[] { "N16", "A", "B" });
        parsed.Syntax.Declarations[1].Members.Count.ShouldBe(2);
    }

    [Theory]
    [InlineData("cell S : sram { area = 146 F^2", "(1,15)", "the end of the file")]
    [InlineData("node N { feature_size = 16 nm }\nnode M {", "(2,8)", "the end of the file")]
    [InlineData("cell S : sram { area = 146 F^2 // a } in a comment\n  read { min_sense_voltage = 80 mV }\ncache C { capacity = 1 MB }", "(1,15)", "line 3")]
    [InlineData("workload W { profile = \"}.csv\"\nnode M { feature_size = 16 nm }", "(1,12)", "line 2")]
    public void A_declaration_left_open_is_kept_and_its_brace_located(string text, string where, string before)
    {
        var error = NvmParser.Parse("/p/a.nvm", text).Diagnostics.ShouldHaveSingleItem();
        error.ToString().ShouldStartWith("/p/a.nvm" + where + ": error DNVM0116:");
        error.Message.ShouldEndWith("before " + before);
    }

    [Fact]
    public void A_unit_in_the_wrong_case_suggests_the_right_one()
    {
        var parsed = NvmParser.Parse("/p/a.nvm", "cell X : mtj {\n  write.pulse = 40 NS\n}");
        parsed.Diagnostics.ShouldHaveSingleItem().Message.ShouldBe("unknown unit 'NS'; did you mean 'ns'?");
    }

    [Fact]
    public void An_unknown_unit_is_reported_on_the_unit()
    {
        var parsed = NvmParser.Parse("/p/a.nvm", "cell X : mtj {\n  write.pulse = 40 xs\n}");
        parsed.Diagnostics.ShouldHaveSingleItem().ToString().ShouldStartWith("/p/a.nvm(2,20): error DNVM0301: unknown unit 'xs'; did you mean '");
    }

    [Theory]
    [InlineData("/* never closed", "DNVM0105")]
    [InlineData("workload W { profile = \"a.csv }", "DNVM0106")]
    [InlineData("node N { feature_size = 1e999 nm }", "DNVM0107")]
    [InlineData("node N \0 { }", "DNVM0102")]
    [InlineData("node N { feature_size = 16 nm } \uFFFD", "DNVM0102")]
    public void Lexical_problems_get_their_own_ids(string text, string id) =>
        NvmParser.Parse("/p/a.nvm", text).Diagnostics.Select(d => d.Id).ShouldContain(id);

    [Fact]
    public void Deep_nesting_is_refused_before_it_can_exhaust_the_stack()
    {
        var text = "node N { feature_size = " + new string('(', 100_000) + "1 nm" + new string(')', 100_000) + " }";
        NvmParser.Parse("/p/a.nvm", text).Diagnostics.ShouldHaveSingleItem().Id.ShouldBe("DNVM0104");
    }

    [Fact]
    public void Huge_files_are_refused_with_a_clear_error()
    {
        var text = new string(' ', NvmParser.MaxFileCharacters + 1);
        var error = NvmParser.Parse("/p/a.nvm", text).Diagnostics.ShouldHaveSingleItem();
        error.Id.ShouldBe("DNVM0103");
        (error.Span.Line, error.Span.Column).ShouldBe((1, 1));
    }

    [Fact]
    public void Parsing_is_cancellable()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Should.Throw<OperationCanceledException>(() => NvmParser.Parse("/p/a.nvm", "node N { feature_size = 16 nm }", cancelled.Token));
    }

    [Fact]
    public void Parse_results_compare_by_value_so_the_generator_can_cache_them()
    {
        const string text = "cell S : sram { area = 146 F^2 }";
        NvmParser.Parse("/p/a.nvm", text).ShouldBe(NvmParser.Parse("/p/a.nvm", text));
        NvmParser.Parse("/p/a.nvm", text).ShouldNotBe(NvmParser.Parse("/p/a.nvm", text.Replace("146", "147")));
    }
}
