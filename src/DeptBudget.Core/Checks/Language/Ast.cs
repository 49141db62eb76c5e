namespace DeptBudget.Core.Checks.Language;

/// <summary>A node of a parsed formula.</summary>
public abstract record Node(Position Position);

public sealed record NumberNode(decimal Value, Position Position) : Node(Position);

public sealed record StringNode(string Value, Position Position) : Node(Position);

/// <summary>A cell reference [table|row|column], or with <see cref="IsSum"/> sum[table|rows|column].</summary>
public sealed record CellNode(CellRef Ref, bool IsSum, Position Position) : Node(Position);

/// <summary>+ - * / between two amounts.</summary>
public sealed record BinaryNode(string Operator, Node Left, Node Right, Position Position) : Node(Position);

public sealed record NegateNode(Node Operand, Position Position) : Node(Position);

/// <summary>= &lt;&gt; &lt; &lt;= &gt; &gt;= with the rule's tolerance and the rounding allowance.</summary>
public sealed record CompareNode(string Operator, Node Left, Node Right, Position Position) : Node(Position);

/// <summary>and / or.</summary>
public sealed record LogicNode(string Operator, Node Left, Node Right, Position Position) : Node(Position);

public sealed record NotNode(Node Operand, Position Position) : Node(Position);

/// <summary>if, isEmpty, pct, yoy, abs, count.</summary>
public sealed record CallNode(string Name, IReadOnlyList<Node> Arguments, Position Position) : Node(Position);

/// <summary>The three parts of a cell reference. In a forEach, "@" stands for the current table, row or column.</summary>
public sealed record CellRef(RefPart Table, RefPart Rows, RefPart Column);

/// <summary>
/// A parsed formula: a condition, checked once, or for every (table, row, column) the
/// <see cref="ForEach"/> header selects (tables may be a comma list, the column "*" means every value column).
/// </summary>
public sealed record Formula(Node Body, CellRef? ForEach, string Text);
