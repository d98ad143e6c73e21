namespace TraumaGids.Core.Search;

/// <summary>
/// Which letters stand next to each other on a keyboard (QWERTY, as in the Netherlands): a letter typed
/// for its neighbour is a typo ("vsder" for "vader"); one typed for a far-away letter more often makes
/// another real word ("vader", "vaker").
/// </summary>
internal static class Keyboard
{
    private static readonly string[] Rows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];

    /// <summary>Whether two letters are the same or neighbours, in a row or diagonally in the rows above and below.</summary>
    public static bool AreNear(char a, char b)
    {
        if (a == b)
        {
            return true;
        }
        if (Position(a) is not { } p || Position(b) is not { } q)
        {
            return false;
        }
        // Each row starts about half a key to the right of the one above it.
        var column = q.Column - p.Column + (q.Row - p.Row) * 0.5;
        return Math.Abs(q.Row - p.Row) <= 1 && Math.Abs(column) <= 1;
    }

    private static (int Row, int Column)? Position(char letter)
    {
        for (var row = 0; row < Rows.Length; row++)
        {
            var column = Rows[row].IndexOf(char.ToLowerInvariant(letter), StringComparison.Ordinal);
            if (column >= 0)
            {
                return (row, column);
            }
        }
        return null;
    }
}
