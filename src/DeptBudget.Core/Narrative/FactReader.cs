using DeptBudget.Core.Profiles;

namespace DeptBudget.Core.Narrative;

/// <summary>
/// Binds every figure of a narrative to what it claims. A money figure is an amount of the subject named before it,
/// or a change when a direction word stands between that subject and the figure (with no subject named, the change is
/// of the subject last named in the paragraph: “收入减少 279.71 万元”, “预算数比 2021 年增加 0 万元”). A percent after a
/// change with 增长/下降 is the change's percent; after “占”, or right after an amount, a share — of the whole named
/// after 占, else of the whole of the “其中：” list it stands in, else of the vocabulary's default whole. A head count
/// (人, 名) is a count of the staffing subject named before it (编制, 实有在职人员, 行政编制 …). A final-accounts
/// narrative is read with its own wording (<see cref="FinalAccountsWording"/>).
/// </summary>
public static class FactReader
{
    public static NarrativeFacts Read(NarrativeDocument document, SubjectVocabulary vocabulary, DisclosureKind kind = DisclosureKind.Budget)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var found = new Found();
        var groups = 0;
        string? previous = null;
        foreach (var paragraph in document.Sections.SelectMany(s => s.Paragraphs))
        {
            var state = new ParagraphState();
            foreach (var sentence in paragraph.Sentences)
            {
                var reading = new SentenceReading(sentence, vocabulary, state, found, kind == DisclosureKind.FinalAccounts);
                reading.Read(ref groups, previous);
                previous = reading.Text;
            }
        }

        return new NarrativeFacts { Facts = found.Facts, Years = found.Years, Functions = found.Functions };
    }

    /// <summary>What the whole text gives: facts, years and paths of function names.</summary>
    internal sealed class Found
    {
        public List<NarrativeFact> Facts { get; } = [];

        public List<int> Years { get; } = [];

        public List<FunctionMention> Functions { get; } = [];
    }

    /// <summary>What a paragraph carries from sentence to sentence.</summary>
    internal sealed class ParagraphState
    {
        /// <summary>Subjects named so far, for generic words such as 收入.</summary>
        public List<string> Named { get; } = [];

        /// <summary>The subject of the last amount or change: what a change with no subject is about.</summary>
        public string? LastSubject { get; set; }

        public string? LastAmountSubject { get; set; }

        /// <summary>The whole of an open “其中：” list and its group, until the statement ends (。).</summary>
        public (string Whole, int Group)? List { get; set; }

        /// <summary>The staffing subject of the last head count outside a list: the whole of a “其中” list of counts.</summary>
        public string? LastCountSubject { get; set; }

        /// <summary>The staffing subjects counted so far.</summary>
        public HashSet<string> Counted { get; } = new(StringComparer.Ordinal);

        /// <summary>The whole of an open “其中” list of head counts and its group, until the sentence ends.</summary>
        public (string Whole, int Group)? CountList { get; set; }

        /// <summary>The paths of function names read in the paragraph, by their text (their subject key).</summary>
        public Dictionary<string, FunctionPath> Paths { get; } = new(StringComparer.Ordinal);

        /// <summary>The last path of function names read: what a later figure with no subject of its own is about.</summary>
        public FunctionPath? Function { get; set; }

        /// <summary>The paths an amount was already bound to.</summary>
        public HashSet<string> FunctionsWithAmount { get; } = new(StringComparer.Ordinal);

        /// <summary>The year last compared with (“与 2021 年相比”, “比2021年”).</summary>
        public int? AgainstYear { get; set; }
    }
}
