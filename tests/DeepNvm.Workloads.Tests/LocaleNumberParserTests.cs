using DeepNvm.Workloads.Profiles;

namespace DeepNvm.Workloads.Tests;

public class LocaleNumberParserTests
{
    private static double Parse(string text, bool integerValued = true, NumberFormat format = NumberFormat.Unknown) =>
        Read(text, integerValued, format).Value;

    private static (double Value, NumberEvidence Evidence) Read(string text, bool integerValued = true, NumberFormat format = NumberFormat.Unknown)
    {
        new LocaleNumberParser().TryParse(text.ToCharArray(), 0, text.Length, integerValued, format, out var value, out _, out var evidence).ShouldBeTrue(text);
        return (value, evidence);
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
        new LocaleNumberParser().TryParse(chars, 0, chars.Length, false, NumberFormat.Unknown, out var value, out var unit, out _).ShouldBeTrue();
        value.ShouldBe(7.653763, 1e-12);
        unit.ShouldBe("%");
    }

    [Theory]
    [InlineData("1.454.731", true, NumberFormat.CommaDecimal)]   // a separator repeated groups thousands
    [InlineData("1,454,731", true, NumberFormat.DotDecimal)]
    [InlineData("1.234,5", false, NumberFormat.CommaDecimal)]    // both: the last one is the decimal separator
    [InlineData("3,20", false, NumberFormat.CommaDecimal)]       // followed by other than three digits: decimal
    [InlineData("0.5", false, NumberFormat.DotDecimal)]
    [InlineData("2,500E+03", false, NumberFormat.CommaDecimal)]  // before an exponent: decimal
    [InlineData("157,911", true, NumberFormat.DotDecimal)]       // three digits in a whole count (sectors): grouping
    [InlineData("157.911", true, NumberFormat.CommaDecimal)]
    [InlineData("2048", true, NumberFormat.Unknown)]             // no separator: says nothing
    public void Each_number_says_what_it_proves_about_the_file(string text, bool integerValued, NumberFormat proves)
    {
        var evidence = Read(text, integerValued).Evidence;
        evidence.Proves.ShouldBe(proves);
        evidence.Ambiguous.ShouldBeFalse();
    }

    [Fact]
    public void Three_digits_after_one_separator_in_a_column_that_may_hold_fractions_prove_nothing()
    {
        Read("309,461", integerValued: false).Evidence.ShouldBe(new NumberEvidence(NumberFormat.Unknown, Ambiguous: true));
        Parse("309,461", integerValued: false, NumberFormat.CommaDecimal).ShouldBe(309.461, 1e-12);
        Parse("309,461", integerValued: false, NumberFormat.DotDecimal).ShouldBe(309_461);
        Parse("1.454.731", integerValued: true, NumberFormat.CommaDecimal).ShouldBe(1_454_731);
    }

    [Theory]
    [InlineData("1.234,5", NumberFormat.DotDecimal)]
    [InlineData("1,234.5", NumberFormat.CommaDecimal)]
    public void A_number_in_the_other_format_than_the_file_does_not_read(string text, NumberFormat format)
    {
        var chars = text.ToCharArray();
        new LocaleNumberParser().TryParse(chars, 0, chars.Length, false, format, out _, out _, out var evidence).ShouldBeFalse();
        evidence.Proves.ShouldNotBe(format);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("1.2.3,4,5x")]
    [InlineData("--")]
    public void Rejects_what_is_not_a_number(string text)
    {
        new LocaleNumberParser().TryParse(text.ToCharArray(), 0, text.Length, true, NumberFormat.Unknown, out _, out _, out _).ShouldBeFalse();
    }
}
