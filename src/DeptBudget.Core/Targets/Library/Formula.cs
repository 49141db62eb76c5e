using System.Globalization;

namespace DeptBudget.Core.Targets.Library;

/// <summary>
/// An arithmetic formula over named inputs (+ − × ÷, parentheses, decimal numbers), parsed once and evaluated in
/// decimal. Names are runs of anything that is not an operator, a parenthesis or a space, so 预算数 and “三公经费” work.
/// </summary>
public sealed class Formula
{
    private readonly Node root;

    private Formula(string text, Node root)
    {
        Text = text;
        this.root = root;
    }

    public string Text { get; }

    /// <summary>The names the formula reads, in order of first use.</summary>
    public IReadOnlyList<string> Inputs => root.Names().Distinct(StringComparer.Ordinal).ToList();

    /// <exception cref="FormatException">The text is not a formula; the message says where, in Chinese.</exception>
    public static Formula Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var reader = new FormulaReader(text.Replace('×', '*').Replace('÷', '/').Replace('−', '-'));
        return new Formula(text, reader.ReadAll());
    }

    /// <summary>The value, or null when an input is missing or a divisor is 0.</summary>
    public decimal? Evaluate(IReadOnlyDictionary<string, decimal> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return root.Evaluate(inputs);
    }

    public override string ToString() => Text;

    internal abstract record Node
    {
        public abstract decimal? Evaluate(IReadOnlyDictionary<string, decimal> inputs);

        public abstract IEnumerable<string> Names();
    }

    internal sealed record NumberNode(decimal Value) : Node
    {
        public override decimal? Evaluate(IReadOnlyDictionary<string, decimal> inputs) => Value;

        public override IEnumerable<string> Names() => [];
    }

    internal sealed record NameNode(string Name) : Node
    {
        public override decimal? Evaluate(IReadOnlyDictionary<string, decimal> inputs) => inputs.TryGetValue(Name, out var v) ? v : null;

        public override IEnumerable<string> Names() => [Name];
    }

    internal sealed record BinaryNode(char Operator, Node Left, Node Right) : Node
    {
        public override decimal? Evaluate(IReadOnlyDictionary<string, decimal> inputs)
        {
            if (Left.Evaluate(inputs) is not { } l || Right.Evaluate(inputs) is not { } r)
            {
                return null;
            }

            return Operator switch
            {
                '+' => l + r,
                '-' => l - r,
                '*' => l * r,
                _ => r == 0 ? null : l / r,
            };
        }

        public override IEnumerable<string> Names() => Left.Names().Concat(Right.Names());
    }

    internal static decimal ParseNumber(string text) => decimal.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
}
