using System.Text.Json.Nodes;
using DeptBudget.Core.Model;
using DeptBudget.Formats.Json;
using DeptBudget.Tests.Builders;
using NJsonSchema;
using NJsonSchema.Validation;

namespace DeptBudget.Formats.Tests.Json;

/// <summary>schemas/dataset-1.schema.json describes exactly what DatasetJson writes.</summary>
public class DatasetSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "schemas", "dataset-1.schema.json")).GetAwaiter().GetResult());

    /// <summary>Every error, nested ones (inside array items and objects) included.</summary>
    private static List<ValidationError> Errors(string json) => [.. Flatten(Schema.Value.Validate(json))];

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors) =>
        errors.SelectMany(e => e is ChildSchemaValidationError child ? [e, .. Flatten(child.Errors.SelectMany(c => c.Value))] : new[] { e });

    [Fact]
    public void DatasetUsingEveryField_IsValid() => Assert.Empty(Errors(DatasetJson.Write(SampleDataset.Valid())));

    [Theory]
    [InlineData("xinxiang-2022.json")]
    [InlineData("hubei-2023-jiangcheng.json")]
    public void ShippedSample_IsValidAsWritten(string sample) =>
        Assert.Empty(Errors(File.ReadAllText(DeptBudget.Testing.RepoPaths.Sample(sample))));

    [Fact]
    public void MinimalDataset_IsValid() =>
        Assert.Empty(Errors(DatasetJson.Write(new BudgetDataset { Year = 2022, Department = new Department { Code = "118", Name = "部门" } })));

    [Fact]
    public void WrongEnumValue_Fails()
    {
        var json = Mutate(root => root["expenditures"]![0]!["kind"] = "salary");
        Assert.Contains(Errors(json), e => e.Kind == ValidationErrorKind.NotInEnumeration && e.Path == "#/expenditures[0].kind");
    }

    [Fact]
    public void MissingRequiredField_Fails()
    {
        var json = Mutate(root => root.AsObject().Remove("department"));
        Assert.Contains(Errors(json), e => e.Kind == ValidationErrorKind.PropertyRequired && e.Property == "department");
    }

    [Fact]
    public void FunctionCodeAboveItemLevelOnALine_Fails()
    {
        var json = Mutate(root => root["expenditures"]![0]!["function"] = "20103");
        Assert.Contains(Errors(json), e => e.Kind == ValidationErrorKind.PatternMismatch);
    }

    [Fact]
    public void UnknownProperty_Fails()
    {
        var json = Mutate(root => root["units"]![0]!["remark"] = "x");
        Assert.Contains(Errors(json), e => e.Kind == ValidationErrorKind.NoAdditionalPropertiesAllowed);
    }

    [Fact]
    public void ValidSchemaDocument_IsReadBackByDatasetJson()
    {
        var json = DatasetJson.Write(SampleDataset.Valid());
        Assert.Equal(json, DatasetJson.Write(DatasetJson.Read(json, "sample.json")));
    }

    private static string Mutate(Action<JsonNode> change)
    {
        var root = JsonNode.Parse(DatasetJson.Write(SampleDataset.Valid()))!;
        change(root);
        return root.ToJsonString();
    }
}
