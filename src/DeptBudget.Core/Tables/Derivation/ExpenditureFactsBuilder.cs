using DeptBudget.Core.Classifications;
using DeptBudget.Core.Model;

namespace DeptBudget.Core.Tables.Derivation;

/// <summary>
/// Flattens the expenditure lines in scope into <see cref="ExpenditureFacts"/>. The lines are cut into
/// chunks that can be filled in parallel, each with its own slot maps; the maps are then joined in
/// chunk order, so that slots keep the order of first appearance a single pass would give.
/// </summary>
internal sealed class ExpenditureFactsBuilder
{
    /// <summary>Lines per chunk of a parallel build; smaller inputs are built in one chunk.</summary>
    public const int LinesPerChunk = 1 << 18;

    private readonly BudgetDataset dataset;
    private readonly EconomicMapping mapping;
    private readonly Dictionary<string, int> unitIndex;
    private readonly Dictionary<string, int> projectIndex;
    private readonly BodyKind[] unitBodies;
    private readonly ProjectCategory?[] projectCategories;

    public ExpenditureFactsBuilder(BudgetDataset dataset, ClassificationSet classifications, IReadOnlyList<BudgetUnit> units, Dictionary<string, int> unitIndex, List<Project> projects, Dictionary<string, int> projectIndex)
    {
        this.dataset = dataset;
        mapping = classifications.Mapping;
        this.unitIndex = unitIndex;
        this.projectIndex = projectIndex;
        unitBodies = units.Select(u => u.Kind.DefaultBodyKind()).ToArray();
        projectCategories = projects.Select(p => (ProjectCategory?)p.Category).ToArray();
    }

    /// <param name="parallel">Cut the lines into chunks of <paramref name="linesPerChunk"/> and fill them on several threads.</param>
    /// <param name="allUnits">Every unit of the dataset is in scope, so nearly every line is: fill in one pass and close the gaps after.</param>
    /// <param name="cubeLimit">The largest matrix of the facts' <see cref="ClassCube"/>.</param>
    public ExpenditureFacts Build(bool parallel, bool allUnits, int linesPerChunk = LinesPerChunk, long cubeLimit = ClassCube.MaxCells)
    {
        var source = dataset.Expenditures;
        var count = parallel ? Math.Max(1, Math.Min(16, source.Count / linesPerChunk)) : 1;
        var chunks = Enumerable.Range(0, count).Select(c => new ExpenditureChunk(source.Count * (long)c / count, source.Count * (long)(c + 1) / count)).ToArray();
        FactsArrays facts;
        if (allUnits)
        {
            facts = new FactsArrays(source.Count);
            foreach (var chunk in chunks)
            {
                chunk.Offset = chunk.From;
            }

            Run(parallel, chunks, c => Fill(c, null, facts));
            facts.Compact(chunks);
        }
        else
        {
            // A unit's lines are a small part of the dataset: count them first, then fill arrays of that size.
            var lineUnits = new int[source.Count];
            Run(parallel, chunks, c => FindUnits(c, lineUnits));
            var total = 0;
            foreach (var chunk in chunks)
            {
                chunk.Offset = total;
                total += chunk.Count;
            }

            facts = new FactsArrays(total);
            Run(parallel, chunks, c => Fill(c, lineUnits, facts));
        }

        var all = chunks[0];
        var moves = chunks.Skip(1).Select(c => all.Absorb(c)).ToArray();
        Run(parallel, chunks.Skip(1).Zip(moves).ToArray(), m => m.First.Move(m.Second, facts));
        return new ExpenditureFacts
        {
            ClassSlot = facts.ClassSlot,
            ClassValues = all.Classes.Keys(),
            Amount = facts.Amount,
            Unit = facts.Unit,
            Function = facts.Function,
            Economic = facts.Economic,
            Government = facts.Government,
            Pair = facts.Pair,
            Project = facts.Project,
            FunctionCodes = all.Functions.Keys(),
            EconomicCodes = all.Economics.Keys(),
            GovernmentCodes = all.Governments.Keys(),
            PairCodes = all.Pairs.Keys(),
            CubeLimit = cubeLimit,
        };
    }

    private static void Run<T>(bool parallel, T[] items, Action<T> action)
    {
        if (parallel && items.Length > 1)
        {
            Parallel.ForEach(items, action);
        }
        else
        {
            foreach (var item in items)
            {
                action(item);
            }
        }
    }

    /// <summary>The unit of each line (-1 when out of scope); lines of one unit usually follow each other and share a lookup.</summary>
    private void FindUnits(ExpenditureChunk chunk, int[] lineUnits)
    {
        var source = dataset.Expenditures;
        string? last = null;
        var unit = -1;
        for (var i = chunk.From; i < chunk.To; i++)
        {
            var code = source[i].Unit;
            if (last is null || !string.Equals(code, last, StringComparison.Ordinal))
            {
                unit = unitIndex.TryGetValue(code, out var u) ? u : -1;
                last = code;
            }

            lineUnits[i] = unit;
            chunk.Count += unit >= 0 ? 1 : 0;
        }
    }

    /// <summary>Fills the chunk's lines from its offset on; finds their units itself when <paramref name="lineUnits"/> is null.</summary>
    private void Fill(ExpenditureChunk chunk, int[]? lineUnits, FactsArrays facts)
    {
        var source = dataset.Expenditures;
        var unitKind = dataset.AmountUnit;
        string? lastProject = null;
        string? lastUnit = null;
        var project = -1;
        var unit = -1;
        var k = chunk.Offset;
        for (var i = chunk.From; i < chunk.To; i++)
        {
            var line = source[i];
            if (lineUnits is not null)
            {
                unit = lineUnits[i];
            }
            else if (lastUnit is null || !string.Equals(line.Unit, lastUnit, StringComparison.Ordinal))
            {
                unit = unitIndex.TryGetValue(line.Unit, out var u) ? u : -1;
                lastUnit = line.Unit;
            }

            if (unit < 0)
            {
                continue;
            }

            var body = line.Body ?? unitBodies[unit];
            if (line.Project is not { } code)
            {
                project = -1;
                lastProject = null;
            }
            else if (!ReferenceEquals(code, lastProject))
            {
                project = projectIndex.TryGetValue(code, out var p) ? p : -1;
                lastProject = code;
            }

            var category = project >= 0 ? projectCategories[project] : null;
            var economic = chunk.Economic(line.Economic, body, mapping);
            var pairKey = (economic * 2) + (int)body;
            facts.ClassSlot[k] = chunk.ClassSlot(LineClass.Of(line.Kind, line.Source, line.CarryOver, chunk.EconomicClass[economic], category, body).Value);
            facts.Amount[k] = Amounts.Hundredths(unitKind, line.Amount);
            facts.Unit[k] = unit;
            facts.Function[k] = chunk.Functions.Slot(line.Function.Value);
            facts.Economic[k] = economic;
            facts.Government[k] = chunk.GovernmentSlot[pairKey];
            facts.Pair[k] = chunk.PairSlot[pairKey];
            facts.Project[k] = project;
            k++;
        }

        chunk.Count = k - chunk.Offset;
    }
}
