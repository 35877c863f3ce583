using System;
using System.Globalization;
using System.Linq;
using DeepNvm.Language.Bound;
using DeepNvm.Language.Text;
using DeepNvm.Language.Units;
using Sprache;

namespace DeepNvm.Language.Syntax;

/// <summary>
/// The Sprache grammar of .nvm files, in dependency order. Every token parser skips the trivia
/// (white space and comments) in front of it but never behind it, so a number can tell a unit on
/// its own line (<c>16 nm</c>) from the next statement on the next line.
/// </summary>
internal static class NvmGrammar
{
    /// <summary>The words that open a top-level item; recovery resumes at them.</summary>
    public static readonly string[] DeclarationKeywords = { "node", "cell", "cache", "gpu", "workload", "study", "scenario", "space" };

    private static readonly string[] NoExpectations = new string[0];

    /// <summary>White space and comments, scanned by hand: this runs in front of every token, and
    /// as a combinator it dominated the parser's time and allocations.</summary>
    private static readonly Parser<string> Trivia = input =>
    {
        var rest = input;
        var source = input.Source;
        while (!rest.AtEnd)
        {
            var c = rest.Current;
            var next = rest.Position + 1 < source.Length ? source[rest.Position + 1] : '\0';
            if (char.IsWhiteSpace(c))
            {
                rest = rest.Advance();
            }
            else if (c == '/' && next == '/')
            {
                while (!rest.AtEnd && rest.Current != '\n')
                {
                    rest = rest.Advance();
                }
            }
            else if (c == '/' && next == '*')
            {
                rest = rest.Advance().Advance();
                while (!rest.AtEnd && !(rest.Current == '*' && rest.Position + 1 < source.Length && source[rest.Position + 1] == '/'))
                {
                    rest = rest.Advance();
                }

                rest = rest.AtEnd ? rest : rest.Advance().Advance();
            }
            else
            {
                break;
            }
        }

        return Result.Success("", rest);
    };

    /// <summary>One of <paramref name="chars"/> after trivia; a failure allocates nothing.</summary>
    private static Parser<char> Operator(string chars) => input =>
    {
        var at = Trivia(input).Remainder;
        return !at.AtEnd && chars.IndexOf(at.Current) >= 0
            ? Result.Success(at.Current, at.Advance())
            : Result.Failure<char>(input, "no operator", NoExpectations);
    };

    // Token wrappers as plain delegates: Sprache's query syntax would allocate new parsers on every match.
    private static Parser<T> Tok<T>(this Parser<T> parser) => input => parser(Trivia(input).Remainder);

    private static Parser<ITextSpan<T>> TokSpan<T>(this Parser<T> parser)
    {
        var spanned = parser.Span();
        return input => spanned(Trivia(input).Remainder);
    }

    private static SourceSpan ToSpan<T>(ITextSpan<T> span) =>
        new(span.Start.Pos, span.End.Pos - span.Start.Pos, span.Start.Line, span.Start.Column, span.End.Line, span.End.Column);

    /// <summary>A forward reference for recursive rules. Sprache's Parse.Ref memoises per input and
    /// throws when a failed rule is tried again at the same spot, which backtracking does; this
    /// grammar has no left recursion (every recursive rule consumes a token first), so a plain
    /// deferred reference is enough.</summary>
    private static Parser<T> Lazy<T>(System.Func<Parser<T>> reference)
    {
        Parser<T>? parser = null;
        return input => (parser ??= reference())(input);
    }

    private static Parser<char> Symbol(char c) => Parse.Char(c).Tok().Named("'" + c + "'");

    private static readonly Parser<string> RawIdentifier =
        Parse.Identifier(Parse.Letter.Or(Parse.Char('_')), Parse.LetterOrDigit.Or(Parse.Char('_')));

    public static readonly Parser<Identifier> Ident =
        RawIdentifier.TokSpan().Select(s => new Identifier(s.Value, ToSpan(s))).Named("name");

    private static Parser<string> Keyword(string word) =>
        (from text in Parse.String(word).Text()
         from end in Parse.LetterOrDigit.Or(Parse.Char('_')).Not()
         select text).Tok().Named("'" + word + "'");

    private static readonly Parser<string> Digits = Parse.Digit.AtLeastOnce().Text();

    private static readonly Parser<string> NumberText =
        from integer in Digits
        from fraction in Parse.Char('.').Then(_ => Digits).Select(d => "." + d).Optional()
        from exponent in (
            from e in Parse.Chars('e', 'E')
            from sign in Parse.Chars('+', '-').Optional()
            from digits in Digits
            select "e" + (sign.IsDefined ? sign.Get().ToString() : "") + digits).Optional()
        select integer + fraction.GetOrElse("") + exponent.GetOrElse("");

    /// <summary>A unit right behind a number, on the same line: <c>16 nm</c>, <c>57.5 F^2</c>, <c>14 pJ/bit</c>.</summary>
    private static readonly Parser<ITextSpan<string>> UnitToken = input =>
    {
        var rest = input;
        while (!rest.AtEnd && (rest.Current == ' ' || rest.Current == '\t'))
        {
            rest = rest.Advance();
        }

        if (rest.AtEnd || !UnitExpression.IsUnitStart(rest.Current))
        {
            return Result.Failure<ITextSpan<string>>(input, "no unit", new[] { "unit" });
        }

        var start = rest;
        var text = new System.Text.StringBuilder();
        var previous = '\0';
        while (!rest.AtEnd && UnitExpression.IsUnitPart(rest.Current) && ((rest.Current != '-' && rest.Current != '+') || previous == '^'))
        {
            previous = rest.Current;
            text.Append(rest.Current);
            rest = rest.Advance();
        }

        var unit = text.ToString();
        if (unit == "by")
        {
            // 'by' introduces a range step, it is never a unit.
            return Result.Failure<ITextSpan<string>>(input, "no unit", new[] { "unit" });
        }

        return Result.Success<ITextSpan<string>>(new UnitSpan(unit, start, rest), rest);
    };

    private sealed class UnitSpan : ITextSpan<string>
    {
        public UnitSpan(string value, IInput start, IInput end)
        {
            Value = value;
            Start = Position.FromInput(start);
            End = Position.FromInput(end);
            Length = end.Position - start.Position;
        }

        public string Value { get; }
        public Position Start { get; }
        public Position End { get; }
        public int Length { get; }
    }

    private static readonly Parser<ExpressionSyntax> NumberLiteral =
        from number in NumberText.TokSpan()
        from unit in UnitToken.Optional()
        select MakeNumber(number, unit.IsDefined ? unit.Get() : null);

    private static NumberSyntax MakeNumber(ITextSpan<string> number, ITextSpan<string>? unit)
    {
        var value = double.Parse(number.Value, NumberStyles.Float, CultureInfo.InvariantCulture);
        var span = unit is null ? ToSpan(number) : ToSpan(number).Cover(ToSpan(unit));
        if (unit is null)
        {
            return new NumberSyntax(number.Value, null, Quantity.Number(value), null, false, null, span, span);
        }

        var parsed = UnitExpression.Parse(unit.Value);
        var quantity = parsed.Value is { } u ? new Quantity(Scale(value, u.Factor), u.Dimension, u.FeaturePower) : (Quantity?)null;
        return new NumberSyntax(number.Value, unit.Value, quantity, parsed.Error, parsed.IsUnknownUnit, parsed.Warning, ToSpan(unit), span);
    }

    /// <summary>value × factor, dividing by the inverse for sub-unit prefixes so "30 uW" is exactly
    /// the double nearest 3e-5 (30 × 1e-6 is not).</summary>
    private static double Scale(double value, double factor)
    {
        if (factor < 1)
        {
            var inverse = Math.Round(1 / factor);
            if (Math.Abs(inverse * factor - 1) < 1e-12)
            {
                return value / inverse;
            }
        }

        return value * factor;
    }

    private static readonly Parser<ExpressionSyntax> StringLiteral =
        (from open in Parse.Char('"')
         from body in Parse.CharExcept("\"\n").Many().Text()
         from close in Parse.Char('"')
         select body).TokSpan().Select(s => (ExpressionSyntax)new StringSyntax(s.Value, ToSpan(s))).Named("string");

    private static readonly Parser<ExpressionSyntax> Name =
        from first in Ident
        from rest in (from dot in Parse.Char('.') from part in RawIdentifier.Span() select new Identifier(part.Value, ToSpan(part))).Many()
        let parts = new[] { first }.Concat(rest).ToArray()
        select (ExpressionSyntax)new NameSyntax(new EquatableArray<Identifier>(parts), parts[0].Span.Cover(parts[parts.Length - 1].Span));

    public static readonly Parser<ExpressionSyntax> Expression = Lazy(() => RangeExpression!);

    private static readonly Parser<ExpressionSyntax> ListLiteral =
        from open in Parse.Char('[').TokSpan()
        from items in Expression.DelimitedBy(Symbol(',')).Optional()
        from trailing in Symbol(',').Optional()
        from close in Parse.Char(']').TokSpan().Named("']'")
        select (ExpressionSyntax)new ListSyntax(
            new EquatableArray<ExpressionSyntax>(items.GetOrElse(Enumerable.Empty<ExpressionSyntax>()).ToArray()),
            ToSpan(open).Cover(ToSpan(close)));

    private static readonly Parser<ExpressionSyntax> Parenthesized =
        from open in Symbol('(')
        from inner in Expression
        from close in Symbol(')')
        select inner;

    private static readonly string[] ValueExpectation = { "a value (a number, a name, a string, a list or '(')" };

    /// <summary>A value, chosen by its first character rather than by trying each kind in turn.</summary>
    private static readonly Parser<ExpressionSyntax> Primary = input =>
    {
        var at = Trivia(input).Remainder;
        if (at.AtEnd)
        {
            return Result.Failure<ExpressionSyntax>(at, "unexpected end of file", ValueExpectation);
        }

        var c = at.Current;
        var parser =
            char.IsDigit(c) ? NumberLiteral :
            c == '"' ? StringLiteral :
            c == '[' ? ListLiteral :
            c == '(' ? Parenthesized :
            c == '-' ? Negation :
            char.IsLetter(c) || c == '_' ? Name :
            null;
        return parser is null
            ? Result.Failure<ExpressionSyntax>(at, "unexpected '" + c + "'", ValueExpectation)
            : parser(at);
    };

    private static readonly Parser<ITextSpan<char>> Minus = Parse.Char('-').TokSpan();

    /// <summary>One or more unary minus signs and their operand, in a loop rather than one level of
    /// recursion per sign (LexicalCheck caps the count: DNVM0110).</summary>
    private static readonly Parser<ExpressionSyntax> Negation = input =>
    {
        var signs = new System.Collections.Generic.List<SourceSpan>();
        var rest = input;
        for (var minus = Minus(rest); minus.WasSuccessful; minus = Minus(rest))
        {
            signs.Add(ToSpan(minus.Value));
            rest = minus.Remainder;
        }

        var operand = Primary(rest);
        if (!operand.WasSuccessful)
        {
            return operand;
        }

        var value = operand.Value;
        for (var i = signs.Count - 1; i >= 0; i--)
        {
            value = new NegateSyntax(value, signs[i].Cover(value.Span));
        }

        return Result.Success(value, operand.Remainder);
    };

    private static ExpressionSyntax MakeBinary(char op, ExpressionSyntax left, ExpressionSyntax right) =>
        new BinarySyntax(op, left, right, left.Span.Cover(right.Span));

    /// <summary>A left-associative chain <c>a op b op c…</c>, read in a loop: Sprache's ChainOperator
    /// recurses once per operator (LexicalCheck caps the count: DNVM0110). As there, an operator
    /// without an operand behind it is a failure, not the end of the chain.</summary>
    private static Parser<ExpressionSyntax> Chain(string operators, Parser<ExpressionSyntax> operand)
    {
        var op = Operator(operators);
        return input =>
        {
            var first = operand(input);
            if (!first.WasSuccessful)
            {
                return first;
            }

            var value = first.Value;
            var rest = first.Remainder;
            for (var next = op(rest); next.WasSuccessful; next = op(rest))
            {
                var right = operand(next.Remainder);
                if (!right.WasSuccessful)
                {
                    return right;
                }

                value = MakeBinary(next.Value, value, right.Value);
                rest = right.Remainder;
            }

            return Result.Success(value, rest);
        };
    }

    private static readonly Parser<ExpressionSyntax> Term = Chain("*/", Primary);

    private static readonly Parser<ExpressionSyntax> Sum = Chain("+-", Term);

    private static readonly Parser<double> GeometricStep =
        from x in Parse.Chars('x', '×').Tok()
        from factor in NumberText
        select double.Parse(factor, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static readonly Parser<ExpressionSyntax> RangeExpression =
        from from_ in Sum
        from tail in (
            from dots in Parse.String("..").Tok()
            from to in Sum
            from step in (
                from byKeyword in Keyword("by")
                from s in GeometricStep.Select(f => (Factor: (double?)f, Step: (ExpressionSyntax?)null))
                    .Or(Sum.Select(e => (Factor: (double?)null, Step: (ExpressionSyntax?)e)))
                select s).Optional()
            select (To: to, Step: step)).Optional()
        select tail.IsDefined
            ? new RangeSyntax(from_, tail.Get().To, tail.Get().Step.IsDefined ? tail.Get().Step.Get().Step : null,
                tail.Get().Step.IsDefined ? tail.Get().Step.Get().Factor : null, from_.Span.Cover(tail.Get().To.Span))
            : from_;

    private static readonly Parser<EquatableArray<Identifier>> PropertyPath =
        from first in Ident
        from rest in (from dot in Parse.Char('.') from part in RawIdentifier.Span() select new Identifier(part.Value, ToSpan(part))).Many()
        select new EquatableArray<Identifier>(new[] { first }.Concat(rest).ToArray());

    private static readonly Parser<DistributionArgumentSyntax> DistributionArgument =
        (from name in Ident
         from eq in Symbol('=')
         from value in Expression
         select new DistributionArgumentSyntax(name, value))
        .Or(Expression.Select(value => new DistributionArgumentSyntax(null, value)));

    /// <summary><c>~ normal(1.2 ns, 0.1 ns)</c>: an uncertain input's distribution.</summary>
    private static readonly Parser<ExpressionSyntax> Distribution =
        from tilde in Parse.Char('~').TokSpan()
        from name in Ident
        from open in Symbol('(')
        from arguments in DistributionArgument.DelimitedBy(Symbol(',')).Optional()
        from close in Parse.Char(')').TokSpan().Named("')'")
        select (ExpressionSyntax)new DistributionSyntax(name,
            new EquatableArray<DistributionArgumentSyntax>(arguments.GetOrElse(Enumerable.Empty<DistributionArgumentSyntax>()).ToArray()),
            ToSpan(tilde).Cover(ToSpan(close)));

    private static readonly Parser<ExpressionSyntax> PropertyTail =
        from value in Symbol('=').Then(_ => Expression).Or(Distribution)
        from end in Symbol(';').Optional()
        select value;

    private static readonly Parser<(EquatableArray<MemberSyntax> Members, SourceSpan Close)> BlockTail =
        from open in Symbol('{')
        from members in Lazy(() => Member!).XMany()
        from close in Parse.Char('}').TokSpan().Named("'}'")
        from end in Symbol(';').Optional()
        select (new EquatableArray<MemberSyntax>(members.ToArray()), ToSpan(close));

    /// <summary>A property (<c>write.pulse = 5 ns</c>) or a block (<c>write { … }</c>): the name is read
    /// once, then what follows it decides.</summary>
    private static readonly Parser<string> Comparison =
        Parse.String(">=").Or(Parse.String("<=")).Or(Parse.String(">")).Or(Parse.String("<")).Text().Tok().Named("a comparison (>=, <=, > or <)");

    /// <summary><c>iso_capacity.edp_reduction(SttMram)</c>: a study metric of one technology, after <c>expect</c> or <c>reference</c>.</summary>
    private static Parser<(EquatableArray<Identifier> Metric, Identifier Technology)> MetricOf(string keyword) =>
        from word in Keyword(keyword)
        from metric in PropertyPath
        from open in Symbol('(')
        from technology in Ident
        from close in Symbol(')')
        select (metric, technology);

    private static readonly Parser<MemberSyntax> Expectation =
        from head in MetricOf("expect")
        let metric = head.Metric
        let technology = head.Technology
        from comparison in Comparison
        from threshold in Expression
        from end in Symbol(';').Optional()
        select (MemberSyntax)new ExpectationSyntax(metric, technology, comparison, threshold, metric[0].Span.Cover(threshold.Span));

    private static readonly Parser<MemberSyntax> Reference =
        from head in MetricOf("reference")
        from eq in Symbol('=')
        from value in Expression
        from source in StringLiteral.Optional()
        from end in Symbol(';').Optional()
        select (MemberSyntax)new ReferenceSyntax(head.Metric, head.Technology, value, (StringSyntax?)source.GetOrDefault(),
            head.Metric[0].Span.Cover(source.IsDefined ? source.Get().Span : value.Span));


    /// <summary>A space's <c>where area &lt;= 10 mm^2</c>: a constraint every admissible point meets.</summary>
    private static readonly Parser<MemberSyntax> Constraint =
        from keyword in Keyword("where").Span()
        from metric in Ident
        from comparison in Comparison
        from threshold in Expression
        from end in Symbol(';').Optional()
        select (MemberSyntax)new ConstraintSyntax(metric, comparison, threshold, metric.Span.Cover(threshold.Span));

    /// <summary>A space's <c>minimize area, edp</c>: the objectives of its Pareto front.</summary>
    private static readonly Parser<MemberSyntax> Objectives =
        from keyword in Keyword("minimize").Span()
        from metrics in Ident.DelimitedBy(Symbol(','))
        from end in Symbol(';').Optional()
        let list = metrics.ToArray()
        select (MemberSyntax)new ObjectivesSyntax(new EquatableArray<Identifier>(list), list[0].Span.Cover(list[list.Length - 1].Span));

    private static readonly Parser<MemberSyntax> Member = EndsAtBrace(Expectation.Or(Reference).Or(Constraint).Or(Objectives).Or(
        from path in PropertyPath
         from member in BlockTail.Where(_ => path.Count == 1).Select(b => (MemberSyntax)new BlockSyntax(path[0], b.Members, path[0].Span.Cover(b.Close)))
             .Or(PropertyTail.Select(value => (MemberSyntax)new PropertySyntax(path, value, path[0].Span.Cover(value.Span))))
         select member).Named("property"));

    /// <summary>Reports a failure in front of a closing brace as "nothing consumed", so XMany ends
    /// a body cleanly at its '}' but still reports a member that breaks half way.</summary>
    private static Parser<T> EndsAtBrace<T>(Parser<T> parser) => input =>
    {
        var result = parser(input);
        if (result.WasSuccessful)
        {
            return result;
        }

        var next = Trivia(input).Remainder;
        return next.AtEnd || next.Current == '}' ? Result.Failure<T>(input, result.Message, result.Expectations) : result;
    };

    private static readonly string[] DeclarationExpectation = { "a declaration (import, node, cell, cache, gpu, workload, study or scenario)" };

    private static readonly Parser<string> DeclarationKeyword = input =>
    {
        var at = Trivia(input).Remainder;
        var word = RawIdentifier(at);
        return word.WasSuccessful && System.Array.IndexOf(DeclarationKeywords, word.Value) >= 0
            ? Result.Success(word.Value, word.Remainder)
            : Result.Failure<string>(at, at.AtEnd ? "unexpected end of file" : "unexpected '" + at.Current + "'", DeclarationExpectation);
    };

    public static readonly Parser<DeclarationSyntax> Declaration =
        from keyword in DeclarationKeyword.Span()
        from name in Ident
        from @base in Symbol(':').Then(_ => Ident).Optional()
        from open in Symbol('{')
        from members in Member.XMany()
        from close in Parse.Char('}').TokSpan().Named("'}'")
        from end in Symbol(';').Optional()
        select new DeclarationSyntax(keyword.Value, name, @base.GetOrDefault(),
            new EquatableArray<MemberSyntax>(members.ToArray()), name.Span.Cover(ToSpan(close)));

    public static readonly Parser<ImportSyntax> Import =
        from keyword in Keyword("import")
        from path in StringLiteral
        from end in Symbol(';').Optional()
        select new ImportSyntax(((StringSyntax)path).Value, path.Span);

    /// <summary>Skips white space and comments; succeeds at the end of the input too.</summary>
    public static readonly Parser<string> Skip = Trivia;
}
