namespace Efactura.Server.Storage.Statistics;

/// <summary>How much of one kind of ANAF quota the counters show used.</summary>
/// <param name="Quota">The counter scope up to its first <c>:</c> (e.g. <c>stareMesaj</c> of <c>stareMesaj:5001000001</c>).</param>
/// <param name="Used">Calls counted in all of its windows.</param>
/// <param name="MaxPerScope">The most any one scope (a message, a CUI) of this kind used in one window.</param>
public sealed record QuotaUse(string Quota, long Used, long MaxPerScope);
