namespace Efactura.Server.Storage;

/// <summary>Builds <c>(@p0, @p1, …)</c> for an IN list, adding one parameter per value.</summary>
internal static class SqlList
{
    public static string Of<T>(string prefix, IReadOnlyCollection<T> values, List<SqlArg> args)
    {
        if (values.Count == 0) throw new ArgumentException("an IN list needs at least one value", nameof(values));
        var names = new List<string>(values.Count);
        foreach (var value in values)
        {
            var name = prefix + names.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            names.Add("@" + name);
            args.Add(new SqlArg(name, value));
        }
        return "(" + string.Join(", ", names) + ")";
    }
}
