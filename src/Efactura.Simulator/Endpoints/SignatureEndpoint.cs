using System.Text.Json.Nodes;
using Efactura.Simulator.Archives;
using Efactura.Simulator.Protocol;
using Microsoft.AspNetCore.Http;

namespace Efactura.Simulator.Endpoints;

/// <summary>
/// <c>POST /api/validate/signature</c>, multipart parts <c>file</c> and <c>signature</c> (anaf-api.md §6.3).
/// ANAF's texts continue past what the contract quotes ("…"); the simulator answers with the quoted part.
/// </summary>
internal static class SignatureEndpoint
{
    /// <summary>The success text, as far as it is documented.</summary>
    public const string Valid = "Fișierele încărcate au fost validate cu succes, din perspectiva autenticității semnăturii aplicate";

    /// <summary>The failure text, as far as it is documented.</summary>
    public const string Invalid = "Fișierele încărcate NU au putut fi validate cu succes";

    private const string BadRequest = "Eroare tehnică: request incorect. Cauza: cel puțin unul din documente NU a fost încărcat sau NU este un fisier de tip XML specific facturii electronice.";

    /// <summary>Checks one pair of files.</summary>
    public static async Task<IResult> HandleAsync(HttpContext context, SimulatorRuntime runtime)
    {
        if (!context.Request.HasFormContentType) return Message(BadRequest, StatusCodes.Status400BadRequest);
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var file = form.Files["file"];
        var signature = form.Files["signature"];
        if (file is null || signature is null || file.Length == 0 || signature.Length == 0)
            return Message(BadRequest, StatusCodes.Status400BadRequest);
        var valid = SignatureCheck.Verify(await BytesAsync(file), await BytesAsync(signature), runtime.Signer.Certificate);
        return Message(valid ? Valid : Invalid, StatusCodes.Status200OK);
    }

    private static async Task<byte[]> BytesAsync(IFormFile file)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    private static IResult Message(string text, int status) => AnafJson.Result(new JsonObject { ["msg"] = text }, status);
}
