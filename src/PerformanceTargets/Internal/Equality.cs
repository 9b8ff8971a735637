using System.Collections.Immutable;

namespace PerformanceTargets.Internal;

/// <summary>Structural equality and hashing helpers for the immutable model records.</summary>
internal static class Equality
{
    public static bool Sequence<T>(ImmutableArray<T> left, ImmutableArray<T> right)
    {
        if (left.IsDefaultOrEmpty || right.IsDefaultOrEmpty)
        {
            return left.IsDefaultOrEmpty && right.IsDefaultOrEmpty;
        }

        if (left.Length != right.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < left.Length; i++)
        {
            if (!comparer.Equals(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }

    public static int Hash<T>(ImmutableArray<T> items)
    {
        if (items.IsDefaultOrEmpty)
        {
            return 0;
        }

        var hash = items.Length;
        var comparer = EqualityComparer<T>.Default;
        foreach (var item in items)
        {
            hash = Combine(hash, item is null ? 0 : comparer.GetHashCode(item));
        }

        return hash;
    }

    public static int Combine(int h1, int h2)
    {
        unchecked
        {
            var rol5 = ((uint)h1 << 5) | ((uint)h1 >> 27);
            return ((int)rol5 + h1) ^ h2;
        }
    }

    public static int Combine(int h1, int h2, int h3) => Combine(Combine(h1, h2), h3);

    public static int Combine(int h1, int h2, int h3, int h4) => Combine(Combine(h1, h2, h3), h4);

    public static int Of(string? value) => value is null ? 0 : StringComparer.Ordinal.GetHashCode(value);

    public static int Of<T>(T value) => value is null ? 0 : EqualityComparer<T>.Default.GetHashCode(value);

    public static ImmutableArray<T> OrEmpty<T>(ImmutableArray<T> value) => value.IsDefault ? ImmutableArray<T>.Empty : value;
}
