// The parser's stack buffers (names and short values, decoded from UTF-8) are written before they are read: they need
// not be zeroed first, as the runtime does for every stackalloc unless told not to.
[module: System.Runtime.CompilerServices.SkipLocalsInit]
