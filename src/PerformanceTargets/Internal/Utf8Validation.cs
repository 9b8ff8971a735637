namespace PerformanceTargets.Internal;

/// <summary>Strict UTF-8 checking shared by the JSON reader and the text importer.</summary>
internal static class Utf8Validation
{
    /// <summary>
    /// Returns the offset of the first byte that does not start or continue a valid UTF-8 sequence (overlong forms,
    /// surrogates and code points beyond U+10FFFF included), or -1 when all of <paramref name="bytes"/> is valid.
    /// </summary>
    public static int FirstInvalid(ReadOnlySpan<byte> bytes)
    {
#if NET8_0_OR_GREATER
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return -1;
        }
#endif
        var i = 0;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            if (b < 0x80)
            {
                i++;
                continue;
            }

            int length;
            int minimum;
            if ((b & 0xE0) == 0xC0)
            {
                length = 2;
                minimum = 0x80;
            }
            else if ((b & 0xF0) == 0xE0)
            {
                length = 3;
                minimum = 0x800;
            }
            else if ((b & 0xF8) == 0xF0)
            {
                length = 4;
                minimum = 0x10000;
            }
            else
            {
                return i;
            }

            if (i + length > bytes.Length)
            {
                return i;
            }

            var code = b & (0xFF >> (length + 1));
            for (var k = 1; k < length; k++)
            {
                var c = bytes[i + k];
                if ((c & 0xC0) != 0x80)
                {
                    return i;
                }

                code = (code << 6) | (c & 0x3F);
            }

            if (code < minimum || code > 0x10FFFF || code is >= 0xD800 and <= 0xDFFF)
            {
                return i;
            }

            i += length;
        }

        return -1;
    }
}
