namespace Efactura.Simulator.Assumptions;

/// <summary>
/// The body of the simulator's HTTP 429. ASSUMPTION: ANAF documents the status and the limit ("Limita este setata la
/// 1000 de apeluri pe minut", OAuth procedure p.33) but no 429 body has been recorded (anaf-api.md "Not confirmed"
/// 2), so clients must rely on the status alone; the switch lets tests prove they do.
/// </summary>
public enum TooManyRequestsBody
{
    /// <summary><c>text/plain</c> naming the limit (the default).</summary>
    PlainText,

    /// <summary>Spring Boot's JSON error, the shape of ANAF's documented 400 answers (<c>{"timestamp","status":429,"error","message"}</c>).</summary>
    SpringJson,

    /// <summary>No body at all.</summary>
    Empty,
}
