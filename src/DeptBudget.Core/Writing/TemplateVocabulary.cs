namespace DeptBudget.Core.Writing;

/// <summary>The names a template may use; anything else is refused when the template is read, with its line.</summary>
public static class TemplateVocabulary
{
    /// <summary>Placeholders: <c>{name}</c> or <c>{name:arg}</c>.</summary>
    public static readonly IReadOnlySet<string> Functions = new HashSet<string>(StringComparer.Ordinal)
    {
        "department", "year", "prevYear", "amount", "share", "change", "reason", "text", "label", "n", "item", "itemAmount",
        "unitCount", "units", "offices", "officeCount", "composition", "staffing", "vehicles", "assetsYear", "generalEquipment",
        "specialEquipment", "transferCount", "vehicleCount", "parts", "otherAmount", "otherShare",
    };

    /// <summary>Conditions of <c>{if …}</c>.</summary>
    public static readonly IReadOnlySet<string> Conditions = new HashSet<string>(StringComparer.Ordinal)
    {
        "nonzero", "zero", "last", "changed", "reason", "text", "any", "other",
    };

    /// <summary>Lists of <c>@each</c> and of the <c>any</c> condition.</summary>
    public static readonly IReadOnlySet<string> Lists = new HashSet<string>(StringComparer.Ordinal)
    {
        "functions", "classes", "revenueSources", "transfers", "units", "offices", "assets", "staffing", "composition", "procurement",
    };
}
