namespace Efactura.Simulator.State;

/// <summary>What the simulator reads from an uploaded document: the parties' CIFs, the number, the answered index.</summary>
internal sealed record UploadFacts(string? SellerCif, string? BuyerCif, string? DocumentNumber, long? AnsweredIndex);
