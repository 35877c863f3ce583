using System.Collections.Generic;

namespace DeepNvm.Language.Syntax;

/// <summary>Enumerates the nodes of a syntax tree, depth first, in source order.</summary>
public static class SyntaxWalker
{
    public static IEnumerable<ExpressionSyntax> Expressions(NvmFileSyntax file)
    {
        foreach (var declaration in file.Declarations)
        {
            foreach (var expression in Expressions(declaration.Members))
            {
                yield return expression;
            }
        }
    }

    private static IEnumerable<ExpressionSyntax> Expressions(IEnumerable<MemberSyntax> members)
    {
        foreach (var member in members)
        {
            switch (member)
            {
                case PropertySyntax property:
                    foreach (var expression in Expressions(property.Value))
                    {
                        yield return expression;
                    }

                    break;
                case ExpectationSyntax expectation:
                    foreach (var expression in Expressions(expectation.Threshold))
                    {
                        yield return expression;
                    }

                    break;
                case ReferenceSyntax reference:
                    foreach (var expression in Expressions(reference.Value))
                    {
                        yield return expression;
                    }

                    break;
                case BlockSyntax block:
                    foreach (var expression in Expressions(block.Members))
                    {
                        yield return expression;
                    }

                    break;
            }
        }
    }

    public static IEnumerable<ExpressionSyntax> Expressions(ExpressionSyntax root)
    {
        var stack = new Stack<ExpressionSyntax>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            switch (node)
            {
                case BinarySyntax binary:
                    stack.Push(binary.Right);
                    stack.Push(binary.Left);
                    break;
                case NegateSyntax negate:
                    stack.Push(negate.Operand);
                    break;
                case ListSyntax list:
                    for (var i = list.Items.Count - 1; i >= 0; i--)
                    {
                        stack.Push(list.Items[i]);
                    }

                    break;
                case DistributionSyntax distribution:
                    for (var i = distribution.Arguments.Count - 1; i >= 0; i--)
                    {
                        stack.Push(distribution.Arguments[i].Value);
                    }

                    break;
                case RangeSyntax range:
                    if (range.Step is not null)
                    {
                        stack.Push(range.Step);
                    }

                    stack.Push(range.To);
                    stack.Push(range.From);
                    break;
            }
        }
    }
}
