using Efactura.Server.Storage;

namespace Efactura.Server.Tests.Storage;

public class CursorTests
{
    [Fact]
    public void A_cursor_gives_back_its_id()
    {
        var id = Guid.CreateVersion7();

        Cursor.ToGuid(Cursor.From(id)).ShouldBe(id);
        Cursor.ToLong(Cursor.From(1234567890123L)).ShouldBe(1234567890123L);
    }

    [Theory]
    [InlineData("not a cursor!")]
    [InlineData("AAAA")]
    [InlineData("")]
    public void Text_that_is_no_cursor_is_refused(string text)
    {
        Should.Throw<InvalidCursorException>(() => Cursor.ToGuid(text));
        Should.Throw<InvalidCursorException>(() => Cursor.ToLong(text));
    }

    [Fact]
    public void A_page_request_keeps_its_limit_in_range()
    {
        new PageRequest(null, 0).EffectiveLimit.ShouldBe(1);
        new PageRequest(null, 10_000).EffectiveLimit.ShouldBe(PageRequest.MaxLimit);
        new PageRequest().EffectiveLimit.ShouldBe(50);
    }
}
