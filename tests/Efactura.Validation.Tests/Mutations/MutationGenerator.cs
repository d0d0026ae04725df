using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Efactura.Validation.Tests.Mutations;

/// <summary>
/// Applies every <see cref="MutationKinds">mutation kind</see> to the examples (examples/expected/*.xml) it fits,
/// deterministically: each kind goes to at most <see cref="ExamplesPerKind"/> examples, picked in a rotation
/// that starts at a different example for each kind so that all examples get mutated. The 1,000-line example
/// is left out (its lines add nothing a short invoice does not show).
/// </summary>
internal static class MutationGenerator
{
    public const int ExamplesPerKind = 3;

    private static readonly XmlWriterSettings WriterSettings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        NewLineHandling = NewLineHandling.None,
        Indent = false,
    };

    public static IReadOnlyList<Mutation> Generate(string examplesFolder)
    {
        var examples = Directory.GetFiles(Path.Combine(examplesFolder, "expected"), "*.xml")
            .Where(f => !Path.GetFileName(f).StartsWith("21-", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => (Name: Path.GetFileNameWithoutExtension(f), Document: XDocument.Load(f, LoadOptions.PreserveWhitespace)))
            .ToList();
        var mutations = new List<Mutation>();
        for (var k = 0; k < MutationKinds.All.Count; k++)
        {
            var kind = MutationKinds.All[k];
            var applied = 0;
            for (var step = 0; step < examples.Count && applied < ExamplesPerKind; step++)
            {
                var (name, original) = examples[(k * 5 + step) % examples.Count];
                var copy = new XDocument(original);
                if (!kind.Apply(new UblEditor(copy))) continue;
                mutations.Add(new Mutation($"{kind.Slug}@{name}", kind.Description, Serialize(copy)));
                applied++;
            }
        }
        return mutations;
    }

    private static byte[] Serialize(XDocument document)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, WriterSettings)) document.Save(writer);
        return buffer.ToArray();
    }
}
