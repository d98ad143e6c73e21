using System.Globalization;

namespace TraumaGids.Core.OpenData;

/// <summary>
/// The query parameters of an HSDA list request, read and checked. Anything that cannot be used is
/// refused with a message naming the parameter (<see cref="HsdsQueryError"/>), never guessed at.
/// </summary>
public sealed record HsdsQuery
{
    public const int DefaultPerPage = 50;
    public const int MaxPerPage = 200;

    /// <summary>Longer search text is refused: the site's own search box takes no more either.</summary>
    public const int MaxSearchLength = 200;

    /// <summary>Full text, searched with the site's own search (<see cref="HsdsLists"/>).</summary>
    public string? Search { get; init; }
    /// <summary>Only items whose <c>last_modified</c> is on or after this moment.</summary>
    public DateTimeOffset? ModifiedAfter { get; init; }
    public Guid? OrganizationId { get; init; }
    public Guid? TaxonomyTermId { get; init; }
    public Guid? TaxonomyId { get; init; }
    /// <summary>1-based.</summary>
    public int Page { get; init; } = 1;
    public int PerPage { get; init; } = DefaultPerPage;
    /// <summary><c>format=ndjson</c>: every result, one JSON object a line, without paging.</summary>
    public bool Ndjson { get; init; }

    /// <summary>Reads the parameters; <paramref name="values"/> gives every value of a parameter (none when absent).</summary>
    public static (HsdsQuery? Query, HsdsQueryError? Error) Parse(Func<string, IReadOnlyList<string?>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var query = new HsdsQuery();
        string? Single(string name, out HsdsQueryError? error)
        {
            error = null;
            var all = values(name);
            if (all.Count > 1)
            {
                error = new HsdsQueryError(name, $"De parameter '{name}' staat er meer dan één keer in. Geef hem één keer mee.");
                return null;
            }
            return all.Count == 1 ? all[0] : null;
        }

        var search = Single("search", out var error);
        if (error is not null)
        {
            return (null, error);
        }
        if (search is { Length: > MaxSearchLength })
        {
            return (null, new HsdsQueryError("search", $"De zoektekst is te lang: hoogstens {MaxSearchLength} tekens."));
        }
        query = query with { Search = string.IsNullOrWhiteSpace(search) ? null : search };

        var page = Single("page", out error);
        if (error is not null)
        {
            return (null, error);
        }
        if (page is not null)
        {
            if (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
            {
                return (null, new HsdsQueryError("page", $"'page' moet een heel getal zijn vanaf 1, niet '{Shorten(page)}'."));
            }
            query = query with { Page = number };
        }

        var perPage = Single("per_page", out error);
        if (error is not null)
        {
            return (null, error);
        }
        if (perPage is not null)
        {
            if (!int.TryParse(perPage, NumberStyles.None, CultureInfo.InvariantCulture, out var size) || size < 1 || size > MaxPerPage)
            {
                return (null, new HsdsQueryError("per_page", $"'per_page' moet een heel getal zijn van 1 tot en met {MaxPerPage}, niet '{Shorten(perPage)}'."));
            }
            query = query with { PerPage = size };
        }

        var modifiedAfter = Single("modified_after", out error);
        if (error is not null)
        {
            return (null, error);
        }
        if (modifiedAfter is not null)
        {
            if (!TryParseMoment(modifiedAfter, out var moment))
            {
                return (null, new HsdsQueryError("modified_after",
                    $"'modified_after' moet een datum of tijdstip volgens ISO 8601 zijn, zoals 2026-10-01 of 2026-10-01T12:00:00Z, niet '{Shorten(modifiedAfter)}'."));
            }
            query = query with { ModifiedAfter = moment };
        }

        foreach (var name in new[] { "organization_id", "taxonomy_term_id", "taxonomy_id" })
        {
            var value = Single(name, out error);
            if (error is not null)
            {
                return (null, error);
            }
            if (value is null)
            {
                continue;
            }
            if (!Guid.TryParseExact(value, "D", out var id))
            {
                return (null, new HsdsQueryError(name, $"'{name}' moet een UUID zijn, zoals d3965c52-41bc-4e46-9d4d-04e1fabf4606, niet '{Shorten(value)}'."));
            }
            query = name switch
            {
                "organization_id" => query with { OrganizationId = id },
                "taxonomy_term_id" => query with { TaxonomyTermId = id },
                _ => query with { TaxonomyId = id },
            };
        }

        var format = Single("format", out error);
        if (error is not null)
        {
            return (null, error);
        }
        switch (format)
        {
            case null or "" or "json":
                break;
            case "ndjson":
                query = query with { Ndjson = true };
                break;
            default:
                return (null, new HsdsQueryError("format", $"'format' kan 'json' (standaard) of 'ndjson' zijn, niet '{Shorten(format)}'."));
        }
        return (query, null);
    }

    /// <summary>A date (yyyy-MM-dd, taken as 00:00 UTC) or a date and time with an offset or Z.</summary>
    private static bool TryParseMoment(string text, out DateTimeOffset moment)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            moment = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return true;
        }
        // A time without an offset would depend on the server's zone: refused.
        string[] formats = ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK"];
        return DateTimeOffset.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out moment)
            && (text.EndsWith('Z') || text.Length > 6 && text[^6] is '+' or '-');
    }

    /// <summary>Echoes at most a few characters of what was sent, so an error never repeats a whole pasted text.</summary>
    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}

/// <summary>A parameter that cannot be used, with a Dutch message that says what would be right.</summary>
public sealed record HsdsQueryError(string Parameter, string Message);
