using System.Buffers.Text;

namespace Efactura.Server.Storage;

/// <summary>
/// Opaque paging cursors: the last row's id, base64url. Lists order by id, and ids grow with time (UUID
/// version 7 or an identity column), so "after this id" is a stable position even while rows are added.
/// </summary>
public static class Cursor
{
    /// <summary>The cursor that continues after <paramref name="id"/>.</summary>
    public static string From(Guid id) => Base64Url.EncodeToString(id.ToByteArray(bigEndian: true));

    /// <summary>The cursor that continues after <paramref name="id"/>.</summary>
    public static string From(long id)
    {
        var bytes = new byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(bytes, id);
        return Base64Url.EncodeToString(bytes);
    }

    /// <summary>The id inside a cursor made by <see cref="From(Guid)"/>.</summary>
    /// <exception cref="InvalidCursorException">The text is no such cursor.</exception>
    public static Guid ToGuid(string cursor)
    {
        var bytes = Decode(cursor, 16);
        return new Guid(bytes, bigEndian: true);
    }

    /// <summary>The id inside a cursor made by <see cref="From(long)"/>.</summary>
    /// <exception cref="InvalidCursorException">The text is no such cursor.</exception>
    public static long ToLong(string cursor) =>
        System.Buffers.Binary.BinaryPrimitives.ReadInt64BigEndian(Decode(cursor, 8));

    private static byte[] Decode(string cursor, int length)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        var bytes = new byte[Base64Url.GetMaxDecodedLength(cursor.Length)];
        int written;
        try
        {
            // TryDecodeFromChars reports a short buffer by false but bad characters by FormatException.
            if (!Base64Url.TryDecodeFromChars(cursor, bytes, out written)) written = -1;
        }
        catch (FormatException e)
        {
            throw new InvalidCursorException($"'{cursor}' is not a cursor this server handed out", e);
        }
        if (written != length) throw new InvalidCursorException(cursor);
        return bytes[..length];
    }
}
