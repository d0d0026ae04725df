namespace Efactura.Pdf.Layout;

/// <summary>One column of a table: its header, its share of the width (points) and whether its cells are right-aligned.</summary>
internal sealed record TableColumn(string Header, double Width, bool AlignRight = false);
