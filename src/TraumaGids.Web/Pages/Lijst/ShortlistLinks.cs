using TraumaGids.Core.Content;
using TraumaGids.Core.Shortlists;

namespace TraumaGids.Web.Pages.Lijst;

/// <summary>
/// The shortlist of a request (the <c>b</c> parameter) and the addresses that carry it, so that the
/// list survives every link and search without a cookie.
/// </summary>
public static class ShortlistLinks
{
    public const string ListPath = "/lijst";
    public const string PrintPath = "/lijst/afdrukken";

    /// <summary>The request's list: known practitioners only, each once, at most ten; with notices about what was left out.</summary>
    public static (Shortlist List, IReadOnlyList<string> Notices) Read(IQueryCollection query, ContentSet content)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(content);
        return Shortlist.Read(query[Shortlist.Parameter], slug => content.FindPractitioner(slug) is not null);
    }

    /// <summary>The address with the list added as its last parameter (or without it for an empty list).</summary>
    public static string With(string path, Shortlist list)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(list);
        if (list.Value is not { } value)
        {
            return path;
        }
        var hash = path.IndexOf('#', StringComparison.Ordinal);
        var (address, fragment) = hash < 0 ? (path, "") : (path[..hash], path[hash..]);
        // Commas are left as they are: they are allowed in a query and keep the link readable.
        return $"{address}{(address.Contains('?', StringComparison.Ordinal) ? '&' : '?')}{Shortlist.Parameter}={value}{fragment}";
    }

    public static string List(Shortlist list) => With(ListPath, list);

    public static string Print(Shortlist list) => With(PrintPath, list);

    public static string Profile(string slug, Shortlist list) => With($"/behandelaars/{slug}", list);

    /// <summary>Where a practitioner's card has its anchor, so adding or removing returns to it.</summary>
    public static string Anchor(string slug) => "b-" + slug;
}
