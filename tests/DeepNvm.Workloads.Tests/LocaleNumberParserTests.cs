using DeepNvm.Workloads.Profiles;

namespace DeepNvm.Workloads.Tests;

public class LocaleNumberParserTests
{
    private static double Parse(string text, bool integerValued = true, LocaleNumberParser? parser = null)
    {
        (parser ?? new LocaleNumberParser()).TryParse(text.ToCharArray(), 0, text.Length, integerValued, out var value, out _).ShouldBeTrue(text);
        return value;
    }

    [Theory]
    [InlineData("157,911", 157911)]
    [InlineData("27.595.520", 27595520)]
    [InlineData("1 234 567", 1234567)]
    [InlineData("1\u00A0234\u00A0567", 1234567)]
    [InlineData("1'234'567", 1234567)]
    [InlineData("1,234.5", 1234.5)]
    [InlineData("1.234,5", 1234.5)]
    [InlineData("0,5", 0.5)]
    [InlineData("4.0e-05", 4.0e-5)]
    [InlineData("2,5E+03", 2500)]
    [InlineData("-12", -12)]
    public void Reads_numbers_of_any_locale(string text, double expected)
    {
        Parse(text).ShouldBe(expected, Math.Abs(expected) * 1e-12);
    }

    [Fact]
    public void Splits_off_an_inline_unit()
    {
        var chars = "7.653763%".ToCharArray();
        new LocaleNumberParser().TryParse(chars, 0, chars.Length, false, out var value, out var unit).ShouldBeTrue();
        value.ShouldBe(7.653763, 1e-12);
        unit.ShouldBe("%");
    }

    [Fact]
    public void Learns_the_decimal_separator_of_the_file_for_ambiguous_numbers()
    {
        var european = new LocaleNumberParser();
        Parse("3,20", integerValued: false, parser: european);
        european.DecimalSeparator.ShouldBe(',');
        Parse("12,500", integerValued: false, parser: european).ShouldBe(12.5, 1e-12);

        var english = new LocaleNumberParser();
        Parse("3.20", integerValued: false, parser: english);
        Parse("12,500", integerValued: false, parser: english).ShouldBe(12500);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("1.2.3,4,5x")]
    [InlineData("--")]
    public void Rejects_what_is_not_a_number(string text)
    {
        new LocaleNumberParser().TryParse(text.ToCharArray(), 0, text.Length, true, out _, out _).ShouldBeFalse();
    }
}
