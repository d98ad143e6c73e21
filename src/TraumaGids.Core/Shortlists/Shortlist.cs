using TraumaGids.Core.Content;

namespace TraumaGids.Core.Shortlists;

/// <summary>
/// A referrer's shortlist of practitioners. It lives only in the address (<c>?b=slug1,slug2</c>): no
/// cookie and nothing stored, so it can be bookmarked, shared and printed, and holds nothing about a
/// client. At most <see cref="MaxSize"/>, each once, in the order they were added.
/// </summary>
public sealed class Shortlist
{
    /// <summary>The URL parameter (b for behandelaars).</summary>
    public const string Parameter = "b";

    public const int MaxSize = 10;

    /// <summary>Slugs looked at in one address; the rest is ignored (an address can hold anything).</summary>
    private const int MaxRead = 100;

    private Shortlist(IReadOnlyList<string> slugs) => Slugs = slugs;

    public static Shortlist Empty { get; } = new([]);

    /// <summary>The practitioners' slugs, in the order they were added.</summary>
    public IReadOnlyList<string> Slugs { get; }

    public int Count => Slugs.Count;

    public bool IsFull => Slugs.Count >= MaxSize;

    public bool Contains(string slug) => Slugs.Contains(slug, StringComparer.Ordinal);

    /// <summary>The list with the slug added at the end; the same list when it is there already or the list is full.</summary>
    public Shortlist With(string slug)
    {
        ArgumentNullException.ThrowIfNull(slug);
        return Contains(slug) || IsFull ? this : new([.. Slugs, slug]);
    }

    public Shortlist Without(string slug) => Contains(slug) ? new([.. Slugs.Where(s => s != slug)]) : this;

    /// <summary>The parameter's value ("anna-de-vries,wim-brouwer"); null for an empty list, which is left out of addresses.</summary>
    public string? Value => Slugs.Count == 0 ? null : string.Join(',', Slugs);

    /// <summary>
    /// Reads the list from the values of the <c>b</c> parameter (comma-separated, possibly repeated).
    /// Unknown practitioners are left out, duplicates removed, and only the first <see cref="MaxSize"/>
    /// kept; what was left out is said in a Dutch notice. Never throws.
    /// </summary>
    /// <param name="exists">Whether a practitioner with this slug is in the directory.</param>
    public static (Shortlist List, IReadOnlyList<string> Notices) Read(IEnumerable<string?> values, Func<string, bool> exists)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(exists);
        var slugs = new List<string>();
        var unknown = 0;
        var tooMany = false;
        var read = 0;
        foreach (var part in values.SelectMany(v => (v ?? "").Split(',')))
        {
            var slug = part.Trim().ToLowerInvariant();
            if (slug.Length == 0)
            {
                continue;
            }
            if (++read > MaxRead)
            {
                unknown++;
                break;
            }
            if (!YamlFields.IsSlug(slug) || !exists(slug))
            {
                unknown++;
            }
            else if (slugs.Contains(slug, StringComparer.Ordinal))
            {
                // Twice in the address: once on the list.
            }
            else if (slugs.Count >= MaxSize)
            {
                tooMany = true;
            }
            else
            {
                slugs.Add(slug);
            }
        }
        var notices = new List<string>();
        if (unknown > 0)
        {
            notices.Add(unknown == 1
                ? "Eén behandelaar uit de link staat niet (meer) in de gids. Die hebben we weggelaten."
                : "Een paar behandelaars uit de link staan niet (meer) in de gids. Die hebben we weggelaten.");
        }
        if (tooMany)
        {
            notices.Add($"Op een lijst passen hoogstens {MaxSize} behandelaars. We tonen de eerste {MaxSize}.");
        }
        return (new Shortlist(slugs), notices);
    }
}
