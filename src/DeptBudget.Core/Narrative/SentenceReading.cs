namespace DeptBudget.Core.Narrative;

/// <summary>Reads the facts of one sentence for <see cref="FactReader"/>.</summary>
internal sealed class SentenceReading(
    NarrativeSentence sentence, SubjectVocabulary vocabulary, FactReader.ParagraphState state, FactReader.Found found, bool finalAccounts)
{
    private readonly string text = TextNumbers.Normalize(sentence.Text);
    private readonly List<NarrativeFact> facts = found.Facts;
    private IReadOnlyList<SubjectMention> mentions = [];
    private NarrativeFact? previous;

    /// <summary>The sentence, normalised: the sentence before the next one.</summary>
    public string Text => text;

    /// <param name="previous">The sentence before, normalised, which may have broken off a path of function names.</param>
    public void Read(ref int groups, string? previous)
    {
        var paths = FunctionSubjects.Find(text, previous);
        foreach (var (_, _, path) in paths)
        {
            state.Paths[path.Text] = path;
            found.Functions.Add(new FunctionMention(path, sentence));
        }

        mentions = FunctionSubjects.Merge(vocabulary.Find(text), paths);
        var counts = vocabulary.FindCounts(text);
        var end = 0;
        foreach (var number in TextNumbers.Find(text))
        {
            if (number.Unit == NumberUnit.Year)
            {
                NoteYear(number);
                continue;
            }

            if (number.Unit == NumberUnit.Persons)
            {
                Count(number, counts, end, ref groups);
                end = number.End;
                continue;
            }

            if (!number.IsFigure)
            {
                continue;
            }

            var lead = Resolve(mentions.Where(m => m.Start >= end && m.End <= number.Start).ToList(), mentions, number.Start);
            var listAt = text.IndexOf("其中", end, number.Start - end, StringComparison.Ordinal);
            if (listAt >= 0 && state.LastAmountSubject is { } whole)
            {
                state.List = (whole, ++groups);
            }

            var fact = number.Comparator is not null || IsLimit(number)
                ? Unbound(number, "限值（≤、≥、以上、以下），不是预算数")
                : finalAccounts && FinalAccountsWording.IsBudgetFigure(text, Math.Max(end, lead.LastOrDefault()?.End ?? end), number.Start)
                ? Unbound(number, FinalAccountsWording.BudgetFigureReason)
                : number.Unit == NumberUnit.Percent ? Percent(number, lead, end) : Money(number, lead, end);
            if (fact is not null)
            {
                Add(fact);
            }

            end = number.End;
        }

        state.Named.AddRange(mentions.Where(m => !m.IsGeneric && !state.Paths.ContainsKey(m.Key)).Select(m => m.Key));
        state.Function = paths.Count > 0 ? paths[^1].Path : state.Function;
        state.CountList = null; // a list of head counts ends with its sentence: “其中行政编制 28 名、事业编制 12 名；实有在职人员 41 人”
        if (sentence.EndsStatement)
        {
            state.List = null;
        }
    }

    /// <summary>
    /// A head count of the staffing subject named right before it (“实有在职人员 23 人”); after “其中” a part — of the
    /// vocabulary's whole of it when that was counted in the paragraph (行政编制 of 编制), else of the count stated before
    /// “其中”. A head count with no staffing subject (培训 200 人) is not a fact: only staffing is checked.
    /// </summary>
    private void Count(TextNumber number, IReadOnlyList<SubjectMention> counts, int start, ref int groups)
    {
        if (number.Comparator is not null || IsLimit(number) || counts.LastOrDefault(m => m.Start >= start && m.End <= number.Start) is not { } subject)
        {
            return;
        }

        if (text.IndexOf("其中", start, number.Start - start, StringComparison.Ordinal) >= 0 && state.LastCountSubject is { } before)
        {
            state.CountList = (before, ++groups);
        }

        var list = state.CountList is { } l && l.Whole != subject.Key ? l : ((string Whole, int Group)?)null;
        var whole = vocabulary.DefaultWhole(subject.Key) is { } known && state.Counted.Contains(known) ? known : list?.Whole;
        facts.Add(Fact(FactKind.Count, subject.Key, number) with { Whole = list is null ? null : whole, Group = list?.Group ?? 0 });
        state.Counted.Add(subject.Key);
        if (list is null)
        {
            state.LastCountSubject = subject.Key;
        }
    }

    private bool IsLimit(TextNumber number)
    {
        var after = text.AsSpan(number.End).TrimStart();
        return after.StartsWith("以上", StringComparison.Ordinal) || after.StartsWith("以下", StringComparison.Ordinal)
            || after.StartsWith("以内", StringComparison.Ordinal);
    }

    private NarrativeFact Money(TextNumber number, List<SubjectMention> lead, int start)
    {
        var subject = lead.LastOrDefault();
        var direction = DirectionWords.Last(text, start, number.Start);
        if (direction is { } d && (subject is null || subject.End <= d.Position))
        {
            var about = subject?.Key ?? state.LastSubject;
            if (about is null)
            {
                return Unbound(number, "增减额前没有写明是哪一项");
            }

            var signed = d.Direction == ChangeDirection.Decrease ? -Math.Abs(number.Value) : number.Value;
            return Fact(FactKind.Change, about, number) with { Value = signed, Direction = d.Direction, AgainstYear = state.AgainstYear };
        }

        subject ??= finalAccounts && FinalAccountsWording.IsOutturnOfSentenceSubject(text, start, number.Start) ? SentenceSubject(number.Start) : null;
        subject ??= FunctionWithoutAmount(number.Start);
        if (subject is null)
        {
            return Unbound(number, "金额前没有可识别的项目名称");
        }

        if (state.Paths.ContainsKey(subject.Key) && text.IndexOf("上年", start, number.Start - start, StringComparison.Ordinal) >= 0)
        {
            return Unbound(number, "功能分类科目的上年数，表中没有");
        }

        var list = state.List is { } l && l.Whole != subject.Key ? l : ((string Whole, int Group)?)null;
        return Fact(FactKind.Amount, subject.Key, number) with { Whole = list?.Whole, Group = list?.Group ?? 0, Function = state.Paths.GetValueOrDefault(subject.Key) };
    }

    private NarrativeFact? Percent(TextNumber number, List<SubjectMention> lead, int start)
    {
        var direction = DirectionWords.Last(text, start, number.Start);
        if (previous is { Kind: FactKind.Change, Percent: null } change && lead.Count == 0)
        {
            facts[^1] = change with
            {
                Percent = number.Value,
                PercentPrecision = number.Precision,
                PercentDirection = direction?.Direction,
                Figure = $"{change.Figure} / {number.Text}",
            };
            previous = facts[^1];
            return null;
        }

        var share = text.IndexOf('占', start, number.Start - start);
        if (share < 0 && previous is not { Kind: FactKind.Amount })
        {
            return Unbound(number, "百分比前没有可识别的金额或增减额");
        }

        var part = lead.LastOrDefault(m => share < 0 || m.End <= share)?.Key ?? (previous?.Kind == FactKind.Amount ? previous.Subject : null);
        if (part is null)
        {
            return Unbound(number, "“占”前没有可识别的项目名称");
        }

        var whole = (share >= 0 ? lead.LastOrDefault(m => m.Start > share)?.Key : null)
            ?? (state.List is { } l && l.Whole != part ? l.Whole : null)
            ?? vocabulary.DefaultWhole(part);
        if (whole is null && state.Paths.ContainsKey(part))
        {
            return Unbound(number, "功能分类科目的完成率或执行率，表中没有");
        }
        return Fact(FactKind.Share, part, number) with { Whole = whole, Group = state.List?.Group ?? 0 };
    }

    private void Add(NarrativeFact fact)
    {
        facts.Add(fact);
        previous = fact;
        if (fact is { Kind: FactKind.Amount, Function: { } function })
        {
            state.FunctionsWithAmount.Add(function.Text);
        }

        if (fact.Kind is FactKind.Amount or FactKind.Change && fact.Subject is { } subject)
        {
            state.LastSubject = subject;
            if (fact.Kind == FactKind.Amount)
            {
                state.LastAmountSubject = subject;
            }
        }
    }

    /// <summary>
    /// The subjects named before a figure. A funding source right before or after another subject qualifies it and is
    /// dropped (““三公”经费财政拨款支出” is about “三公”经费, “一般公共预算财政拨款基本支出” about 基本支出). A generic word (收入, 支出) counts only
    /// when nothing more specific is named there (“机构运转经费支出” is 机构运转经费); it then means the last of its keys
    /// named in the paragraph, or — before a direction word (“收入减少 …”) in a paragraph not yet about anything — its
    /// default.
    /// </summary>
    private List<SubjectMention> Resolve(List<SubjectMention> lead, IReadOnlyList<SubjectMention> all, int figure)
    {
        var specific = lead.Where(m => !m.IsGeneric).ToList();
        specific.RemoveAll(m => vocabulary.IsQualifier(m.Key) && specific.Any(o => !vocabulary.IsQualifier(o.Key) && (o.End == m.Start || m.End == o.Start)));
        if (specific.Count > 0 || lead.Count == 0)
        {
            return specific;
        }

        var generic = lead[^1];
        var fallback = state.LastSubject is null && DirectionWords.Last(text, generic.End, figure) is not null ? generic.Key : null;
        var named = state.Named.Concat(all.Where(m => !m.IsGeneric && m.End <= generic.Start).Select(m => m.Key))
            .LastOrDefault(generic.Refers.Contains) ?? fallback;
        return named is null ? [] : [generic with { Key = named }];
    }

    /// <summary>
    /// The path of function names a figure with no subject of its own is about: the last path named before it in the
    /// paragraph, as long as no amount was bound to that path yet (“…行政运行（项）。……年初预算为 1560.05 万元，支出决算为
    /// 1511.89 万元。”: the 年初预算 figure is left unbound before, the 决算数 is the first amount).
    /// </summary>
    private SubjectMention? FunctionWithoutAmount(int figure)
    {
        var path = mentions.LastOrDefault(m => m.End <= figure && state.Paths.ContainsKey(m.Key))?.Key ?? state.Function?.Text;
        return path is null || state.FunctionsWithAmount.Contains(path) ? null : new SubjectMention(figure, figure, path, []);
    }

    /// <summary>The last subject named in the sentence before <paramref name="figure"/>, a funding source next to it only qualifying it.</summary>
    private SubjectMention? SentenceSubject(int figure)
    {
        var before = mentions.Where(m => m.End <= figure).ToList();
        return Resolve(before, before, figure).LastOrDefault(m => !m.IsGeneric);
    }

    private void NoteYear(TextNumber number)
    {
        var year = (int)number.Value;
        if (!found.Years.Contains(year))
        {
            found.Years.Add(year);
        }

        var before = text[Math.Max(0, number.Start - 3)..number.Start];
        if (before.Contains('比', StringComparison.Ordinal) || before.Contains('与', StringComparison.Ordinal)
            || before.Contains('较', StringComparison.Ordinal) || before.Contains('同', StringComparison.Ordinal))
        {
            state.AgainstYear = year;
        }
    }

    private NarrativeFact Fact(FactKind kind, string? subject, TextNumber number) => new()
    {
        Kind = kind,
        Subject = subject,
        Value = number.Value,
        Precision = number.Precision,
        Figure = number.Text,
        Unit = number.Unit,
        Sentence = sentence,
    };

    private NarrativeFact Unbound(TextNumber number, string reason) => Fact(FactKind.Unbound, null, number) with { Reason = reason };
}
