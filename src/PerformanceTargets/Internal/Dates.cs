namespace PerformanceTargets.Internal;

/// <summary>Dates written <c>yyyy-MM-dd</c>, read without allocating and without the culture.</summary>
internal static class Dates
{
    /// <summary>Gets whether a value has the shape <c>yyyy-MM-dd</c> with a month 01–12 and a day 01–31 (the schema's pattern).</summary>
    public static bool HasShape(string value) =>
        value.Length == 10 && Digits(value, 0, 4) && value[4] == '-' && Digits(value, 5, 7) && value[7] == '-' && Digits(value, 8, 10) &&
        Number(value, 5, 7) is >= 1 and <= 12 && Number(value, 8, 10) is >= 1 and <= 31;

    /// <summary>Reads a <c>yyyy-MM-dd</c> date of the calendar; false for anything else (2024-02-30 included). Never throws.</summary>
    public static bool TryParse(string? value, out int year, out int month, out int day)
    {
        year = month = day = 0;
        if (value is null || !HasShape(value))
        {
            return false;
        }

        var y = Number(value, 0, 4);
        var m = Number(value, 5, 7);
        var d = Number(value, 8, 10);
        if (y < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return false;
        }

        year = y;
        month = m;
        day = d;
        return true;
    }

    private static bool Digits(string value, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (value[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static int Number(string value, int start, int end)
    {
        var number = 0;
        for (var i = start; i < end; i++)
        {
            number = (number * 10) + (value[i] - '0');
        }

        return number;
    }
}
