namespace DeptBudget.Core.Narrative;

/// <summary>Splits one line into sentences after 。；！？ (full or half width); the line end ends the last one.</summary>
public static class SentenceSplitter
{
    public static IEnumerable<(string Text, bool EndsStatement)> Split(string line)
    {
        var start = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c is not ('。' or '；' or ';' or '！' or '!' or '？' or '?'))
            {
                continue;
            }

            // Closing quotes and brackets after the mark belong to the sentence.
            while (i + 1 < line.Length && line[i + 1] is '”' or '’' or '）' or ')' or '*')
            {
                i++;
            }

            var text = line[start..(i + 1)].Trim();
            if (text.Length > 0)
            {
                yield return (text, c is not ('；' or ';'));
            }

            start = i + 1;
        }

        var rest = line[start..].Trim();
        if (rest.Length > 0)
        {
            yield return (rest, true);
        }
    }
}
