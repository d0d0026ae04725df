using System.Text;

namespace Efactura.Validation.Xml;

/// <summary>A reusable character buffer for text that needs references resolved or line ends normalized.</summary>
internal sealed class TextBuffer
{
    private char[] chars = new char[256];
    private int length;

    public void Clear() => length = 0;

    public void Append(char c)
    {
        Reserve(1);
        chars[length++] = c;
    }

    public void Append(int codePoint)
    {
        if (codePoint < 0x10000)
        {
            Append((char)codePoint);
            return;
        }
        Reserve(2);
        length += new Rune(codePoint).EncodeToUtf16(chars.AsSpan(length));
    }

    public void AppendUtf8(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty) return;
        Reserve(utf8.Length);
        length += Encoding.UTF8.GetChars(utf8, chars.AsSpan(length));
    }

    public override string ToString() => new(chars, 0, length);

    private void Reserve(int more)
    {
        if (length + more <= chars.Length) return;
        Array.Resize(ref chars, Math.Max(chars.Length * 2, length + more));
    }
}
