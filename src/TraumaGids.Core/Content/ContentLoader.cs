using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.Core;

namespace TraumaGids.Core.Content;

/// <summary>
/// Loads a content directory: <c>vocabulaires.yml</c>, <c>behandelaars/</c>, <c>aanbod/</c> and
/// <c>informatie/</c>. Every problem becomes a <see cref="ContentIssue"/>; a file with any problem is
/// skipped and the rest is loaded. Never throws for bad content, only for a missing directory.
/// </summary>
public static partial class ContentLoader
{
    public const string PractitionersFolder = "behandelaars";
    public const string OffersFolder = "aanbod";
    public const string InfoPagesFolder = "informatie";

    public static ContentSet Load(string directory, DateOnly today) => Load(ContentFiles.Read(directory), today);

    /// <summary>Loads content from files already read (see <see cref="ContentFiles"/>). Never throws for bad content.</summary>
    public static ContentSet Load(ContentFiles files, DateOnly today) => Load(files, today, cache: null);

    /// <summary>
    /// Loads content from files already read, reusing from <paramref name="cache"/> what an earlier load
    /// made of every file whose text is unchanged (see <see cref="ContentLoadCache"/>): the result is the
    /// same as without it. Never throws for bad content. One load at a time per cache.
    /// </summary>
    public static ContentSet Load(ContentFiles files, DateOnly today, ContentLoadCache? cache)
    {
        ArgumentNullException.ThrowIfNull(files);
        var issues = new List<ContentIssue>();
        var vocabularies = LoadVocabularies(files, issues, cache);

        var practitionerFiles = ReadFolder(files, PractitionersFolder, issues, cache);
        var offerFiles = ReadFolder(files, OffersFolder, issues, cache);
        var infoPageFiles = ReadFolder(files, InfoPagesFolder, issues, cache);

        // The address of every file on disk, parsed or not: links are checked against these, so one
        // broken file does not cascade into errors in every file that links to it. A 'slug:' field
        // moves a page, so it counts instead of the file name.
        var slugsOnDisk = new Dictionary<ContentKind, HashSet<string>>
        {
            [ContentKind.Practitioner] = SlugsOf(practitionerFiles),
            [ContentKind.Offer] = SlugsOf(offerFiles),
            [ContentKind.InfoPage] = SlugsOf(infoPageFiles),
        };

        var context = new LoadContext(files, today, vocabularies, slugsOnDisk);
        // What a file's item is depends on its text, on these (the lists and the date) and on whether the pages it links to are on disk.
        var key = cache?.KeyFor(vocabularies, today) ?? new object();
        var practitioners = LoadFolder(context, key, practitionerFiles, issues, ParsePractitioner, p => p.Slug, cache);
        var offers = LoadFolder(context, key, offerFiles, issues, ParseOffer, o => o.Slug, cache);
        var infoPages = LoadFolder(context, key, infoPageFiles, issues, ParseInfoPage, p => p.Slug, cache);
        var brokenLinks = DeadLinks(context, practitioners.Select(p => p.Slug), offers.Select(o => o.Slug), infoPages.Select(p => p.Slug)).ToList();
        var instruments = LoadInstruments(context, issues);
        var searchWords = LoadSearchWords(files, vocabularies, issues, context.Loaded, cache);
        if (files.Files.ContainsKey(Vocabularies.FileName) && !issues.Any(i => i.File == Vocabularies.FileName))
        {
            context.Loaded.Add(Vocabularies.FileName);
        }
        cache?.Keep(files);

        return new ContentSet(vocabularies, practitioners, offers, infoPages, issues, instruments, searchWords)
        {
            BrokenLinks = brokenLinks,
            ServedFiles = context.Loaded,
        };
    }

    /// <summary>
    /// Checks the text of one practitioner file exactly as <see cref="Load"/> would, against the
    /// vocabularies and pages of a loaded set: for a change that is about to be written. The
    /// practitioner is null when there is any issue.
    /// </summary>
    public static (Practitioner? Practitioner, IReadOnlyList<ContentIssue> Issues) LoadPractitioner(string relativePath, string text, ContentSet current, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(current);
        var issues = new List<ContentIssue>();
        var fileSlug = Path.GetFileNameWithoutExtension(relativePath).ToLowerInvariant();
        var parsed = ParseText(text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal), relativePath, fileSlug, issues);
        var slugs = new Dictionary<ContentKind, HashSet<string>>
        {
            [ContentKind.Practitioner] = [.. current.Practitioners.Select(p => p.Slug), parsed?.Fields.PeekString("slug") ?? fileSlug],
            [ContentKind.Offer] = [.. current.Offers.Select(o => o.Slug)],
            [ContentKind.InfoPage] = [.. current.InfoPages.Select(p => p.Slug)],
        };
        var context = new LoadContext(ContentFiles.None, today, current.Vocabularies, slugs);
        var practitioner = parsed is null ? null : ParsePractitioner(context, parsed);
        parsed?.Fields.RejectUnknownFields();
        return (issues.Count == 0 ? practitioner : null, issues);
    }

    private sealed record LoadContext(ContentFiles Files, DateOnly Today, Vocabularies Vocabularies, Dictionary<ContentKind, HashSet<string>> SlugsOnDisk)
    {
        /// <summary>Links to pages that exist on disk, by file: checked again once it is known which pages loaded.</summary>
        public List<PageLinkAt> Links { get; } = [];

        /// <summary>The files that were loaded (served), by relative path: items, instruments and the top files without problems.</summary>
        public HashSet<string> Loaded { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>A link in a file to a page that exists on disk (see <see cref="LoadContext.Links"/>).</summary>
    internal sealed record PageLinkAt(string File, int Line, string Field, string Url, PageLink Target);

    /// <summary>What a parser gets: the front matter fields, the body, where to report problems and where to note links to pages on disk.</summary>
    private sealed record ParsedFile(string RelativePath, string DefaultSlug, YamlFields Fields, string Body, int BodyFirstLine, List<ContentIssue> Issues)
    {
        public List<PageLinkAt> Links { get; } = [];

        /// <summary>The pages the file links to, and whether each was on disk (<see cref="OnDisk"/>).</summary>
        public List<(PageLink Page, bool Exists)> PagesLookedUp { get; } = [];
    }

    /// <summary>
    /// One file of a folder after reading: its address on disk, and either its parsed front matter (null
    /// with the reason in its issues) or, for a text an earlier load already made an item of, that result.
    /// </summary>
    private sealed record SourceFile(string RelativePath, string FileSlug, string SlugOnDisk, ParsedFile? Parsed, List<ContentIssue> Issues, ContentLoadCache.Outcome? Known);

    private static List<SourceFile> ReadFolder(ContentFiles files, string folder, List<ContentIssue> allIssues, ContentLoadCache? cache)
    {
        if (!files.HasFolder(folder))
        {
            allIssues.Add(new ContentIssue(folder + "/", 0, "map", "map ontbreekt; zonder deze map toont de site hier niets"));
            return [];
        }
        // Parsing the front matter is the larger part of loading, and each file stands alone: in parallel, in file order.
        var paths = files.In(folder).ToList();
        var result = new SourceFile[paths.Count];
        Parallel.For(0, paths.Count, n =>
        {
            var relative = paths[n];
            var file = files.Files[relative];
            var fileSlug = Path.GetFileNameWithoutExtension(relative).ToLowerInvariant();
            if (cache?.Find(relative, file.Text) is { } known)
            {
                result[n] = new SourceFile(relative, fileSlug, known.SlugOnDisk, null, [], known);
                return;
            }
            var issues = new List<ContentIssue>();
            var parsed = ReadFile(file, issues);
            result[n] = new SourceFile(relative, fileSlug, parsed?.Fields.PeekString("slug") ?? fileSlug, parsed, issues, null);
        });
        return [.. result];
    }

    private static HashSet<string> SlugsOf(List<SourceFile> files) =>
        files.Select(f => f.SlugOnDisk).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Makes the items of a folder's files: each file on its own, in parallel (or taken from the cache
    /// when its text and <paramref name="key"/> are those of an earlier load), then in file order the
    /// checks between files (one slug per page, links to pages that did not load).
    /// </summary>
    private static List<T> LoadFolder<T>(LoadContext context, object key, List<SourceFile> files, List<ContentIssue> allIssues, Func<LoadContext, ParsedFile, T?> parse, Func<T, string> slugOf, ContentLoadCache? cache)
        where T : class
    {
        var outcomes = new ContentLoadCache.Outcome[files.Count];
        Parallel.For(0, files.Count, n =>
        {
            var (relative, fileSlug, slugOnDisk, parsed, issues, known) = files[n];
            if (known is not null && ReferenceEquals(known.Key, key) &&
                known.PagesLookedUp.All(p => context.SlugsOnDisk[p.Page.Kind].Contains(p.Page.Slug) == p.Exists))
            {
                outcomes[n] = known;
                return;
            }
            var file = context.Files.Files[relative];
            if (known is not null)
            {
                // The same text in another context (other lists or date, a page it links to added or removed): parsed again.
                parsed = ReadFile(file, issues);
            }
            T? item = null;
            var slugLine = 1;
            if (parsed is not null)
            {
                item = parse(context, parsed);
                parsed.Fields.RejectUnknownFields();
                slugLine = parsed.Fields.LineOfKey("slug", otherwise: 1);
            }
            outcomes[n] = new ContentLoadCache.Outcome(file.Text, slugOnDisk, key, item, [.. issues], slugLine, parsed?.Links ?? [], parsed?.PagesLookedUp ?? []);
        });

        var result = new List<T>();
        var seen = new Dictionary<string, (string File, int Line)>(StringComparer.Ordinal);
        for (var n = 0; n < files.Count; n++)
        {
            var relative = files[n].RelativePath;
            var outcome = outcomes[n];
            cache?.Add(relative, outcome);
            var item = (T?)outcome.Item;
            var issues = new List<ContentIssue>(outcome.Issues);
            context.Links.AddRange(outcome.Links);
            if (item is not null && issues.Count == 0)
            {
                var slug = slugOf(item);
                var line = outcome.SlugLine;
                if (seen.TryGetValue(slug, out var other))
                {
                    issues.Add(new ContentIssue(relative, line, "slug", $"'{slug}' wordt al gebruikt door {other.File}; elke pagina heeft een eigen slug nodig"));
                    // Both files are named: the one that is served is reported too, so nobody wonders why the other never shows.
                    allIssues.Add(new ContentIssue(other.File, other.Line, "slug",
                        $"'{slug}' wordt ook gebruikt door {relative}; de site toont alleen deze pagina, {relative} wordt overgeslagen"));
                }
                else
                {
                    seen.Add(slug, (relative, line));
                }
            }
            if (issues.Count == 0 && item is not null)
            {
                result.Add(item);
                context.Loaded.Add(relative);
            }
            allIssues.AddRange(issues);
        }
        return result;
    }

    private static ParsedFile? ReadFile(ContentFile file, List<ContentIssue> issues)
    {
        var text = Text(file, issues);
        return text is null ? null : ParseText(text, file.RelativePath, Path.GetFileNameWithoutExtension(file.RelativePath).ToLowerInvariant(), issues);
    }

    /// <summary>
    /// Splits a file's text (line ends as \n) into front matter fields and body: the opening '---' line,
    /// the YAML lines, the first '---' (or '...') line after them, and the rest. Reads the text in place.
    /// </summary>
    private static ParsedFile? ParseText(string text, string relative, string slug, List<ContentIssue> issues)
    {
        var firstStop = LineStop(text, 0);
        if (!text.AsSpan(0, firstStop).TrimEnd().SequenceEqual("---"))
        {
            issues.Add(new ContentIssue(relative, 1, "front matter", "het bestand moet beginnen met een regel '---', dan de velden, dan weer '---'"));
            return null;
        }
        var (close, closeStart, closeStop) = (-1, 0, 0);
        for (var (line, at) = (1, firstStop + 1); at <= text.Length; line++)
        {
            var stop = LineStop(text, at);
            if (text.AsSpan(at, stop - at).TrimEnd() is "---" or "...")
            {
                (close, closeStart, closeStop) = (line, at, stop);
                break;
            }
            at = stop + 1;
        }
        if (close < 0)
        {
            issues.Add(new ContentIssue(relative, 1, "front matter", "de afsluitende regel '---' na de velden ontbreekt"));
            return null;
        }

        // YAML lines are counted from the line after the opening '---' (line 2 of the file).
        const int lineOffset = 1;
        var yamlStart = firstStop + 1;
        var root = ParseMapping(text, yamlStart, Math.Max(0, closeStart - 1 - yamlStart), relative, lineOffset, "front matter",
            "de velden tussen de '---'-regels ontbreken of zijn geen lijst van 'naam: waarde'", issues);
        if (root is null)
        {
            return null;
        }
        var body = closeStop < text.Length ? text[(closeStop + 1)..] : "";
        return new ParsedFile(relative, slug, new YamlFields(root, relative, lineOffset, issues), body, close + 2, issues);
    }

    /// <summary>Where the line that starts at <paramref name="at"/> ends: its '\n', or the end of the text.</summary>
    private static int LineStop(string text, int at)
    {
        var newline = text.IndexOf('\n', at);
        return newline < 0 ? text.Length : newline;
    }

    /// <summary>A file's text (strict UTF-8, without byte order mark, line ends as \n); null and an issue when it could not be read.</summary>
    private static string? Text(ContentFile file, List<ContentIssue> issues)
    {
        if (file.Text is null)
        {
            issues.Add(new ContentIssue(file.RelativePath, 1, "bestand", file.Error ?? "kan niet gelezen worden"));
        }
        return file.Text;
    }

    /// <summary>
    /// Parses YAML text (<c>text[start..start+length]</c>) that must form one mapping. Problems become one
    /// issue at the right line of the file (<paramref name="lineOffset"/> lines before the first YAML line); null then.
    /// </summary>
    private static YamlBlock? ParseMapping(string text, int start, int length, string relative, int lineOffset, string field, string notAMapping, List<ContentIssue> issues)
    {
        try
        {
            if (YamlReader.Read(text, start, length) is not YamlBlock mapping)
            {
                issues.Add(new ContentIssue(relative, lineOffset + 1, field, notAMapping));
                return null;
            }
            return mapping;
        }
        catch (YamlException ex)
        {
            var yamlLines = text.Substring(start, length).Split('\n');
            // YamlDotNet reports a tab in the indentation at line 1 or at the line before it: point at the tab.
            var tabLine = Array.FindIndex(yamlLines, l => l.Length > l.TrimStart(' ', '\t').Length && l[..^l.TrimStart(' ', '\t').Length].Contains('\t', StringComparison.Ordinal)) + 1;
            if (tabLine > 0 && ex.Message.Contains("tab", StringComparison.OrdinalIgnoreCase))
            {
                issues.Add(new ContentIssue(relative, tabLine + lineOffset, field, "YAML klopt niet: deze regel springt in met een tab; gebruik spaties"));
                return null;
            }
            // A list or quote left open is noticed by the parser only lines later: point at where it was opened.
            var line = (int)ex.Start.Line;
            var open = UnclosedLine(yamlLines);
            if (open is not null && open <= line)
            {
                issues.Add(new ContentIssue(relative, Math.Max(open.Value + lineOffset, lineOffset + 1), field, Unclosed));
                return null;
            }
            var (at, message) = YamlProblems.Explain(FirstSentence(ex), yamlLines, line);
            issues.Add(new ContentIssue(relative, Math.Max(at + lineOffset, lineOffset + 1), field, message));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this (without a position) for a flow list or quoted text
            // that is still open at the end of the block, e.g. "naam: [niet afgesloten".
            var yamlLines = text.Substring(start, length).Split('\n');
            issues.Add(new ContentIssue(relative, (UnclosedLine(yamlLines) ?? 1) + lineOffset, field, Unclosed));
            return null;
        }
    }

    private const string Unclosed = "YAML klopt niet: een [ of { zonder ] of }, of een aanhalingsteken zonder tweede aanhalingsteken";

    /// <summary>The 1-based number of the first line with an unbalanced bracket or quote, if any.</summary>
    private static int? UnclosedLine(string[] yamlLines)
    {
        for (var i = 0; i < yamlLines.Length; i++)
        {
            var line = yamlLines[i];
            if (line.Count(c => c == '[') != line.Count(c => c == ']') || line.Count(c => c == '{') != line.Count(c => c == '}') ||
                line.Count(c => c == '"') % 2 == 1)
            {
                return i + 1;
            }
        }
        return null;
    }

    private static string FirstSentence(YamlException ex)
    {
        var message = (ex.InnerException ?? ex).Message;
        var paren = message.IndexOf("):", StringComparison.Ordinal);
        if (message.StartsWith('(') && paren > 0)
        {
            message = message[(paren + 2)..].Trim();
        }
        return message.Length > 200 ? message[..200] + "…" : message;
    }

    private static string Slug(LoadContext context, ParsedFile file)
    {
        var slug = file.Fields.String("slug", required: false) ?? file.DefaultSlug;
        if (!YamlFields.IsSlug(slug))
        {
            file.Fields.Error("slug", $"'{slug}' is geen geldige slug; gebruik kleine letters, cijfers en streepjes (bijvoorbeeld 'anna-de-vries')");
        }
        return slug;
    }

    private static RenderedBody Body(LoadContext context, ParsedFile file, bool required)
    {
        if (required && string.IsNullOrWhiteSpace(file.Body))
        {
            file.Issues.Add(new ContentIssue(file.RelativePath, file.BodyFirstLine, "tekst", "de tekst onder de velden ontbreekt"));
        }
        var (body, links) = MarkdownRenderer.Render(file.Body, file.BodyFirstLine,
            (url, line) => file.Issues.Add(new ContentIssue(file.RelativePath, line, "tekst", $"link '{url}' is niet toegestaan; gebruik een pad als /informatie/… of een http(s)-, mailto- of tel-adres")));
        foreach (var link in links)
        {
            CheckInternalLink(context, file, link.Url, link.Line, "tekst");
        }
        return body;
    }

    /// <summary>
    /// Links in served pages to pages that exist on disk but were skipped (broken): the link is served and
    /// would give 404. Reported on the linking file; that page itself is still served.
    /// </summary>
    private static IEnumerable<ContentIssue> DeadLinks(LoadContext context, IEnumerable<string> practitioners, IEnumerable<string> offers, IEnumerable<string> infoPages)
    {
        var served = new Dictionary<ContentKind, HashSet<string>>
        {
            [ContentKind.Practitioner] = practitioners.ToHashSet(StringComparer.Ordinal),
            [ContentKind.Offer] = offers.ToHashSet(StringComparer.Ordinal),
            [ContentKind.InfoPage] = infoPages.ToHashSet(StringComparer.Ordinal),
        };
        return context.Links
            .Where(link => context.Loaded.Contains(link.File) && !served[link.Target.Kind].Contains(link.Target.Slug))
            .Select(link => new ContentIssue(link.File, link.Line, link.Field,
                $"link naar '{link.Url}' werkt niet: die pagina is overgeslagen door een fout in dat bestand; herstel die fout of haal de link weg"));
    }

    /// <summary>Whether a page exists on disk; noted in the file, as what the file's item depends on besides its text.</summary>
    private static bool OnDisk(LoadContext context, ParsedFile file, PageLink page)
    {
        var exists = context.SlugsOnDisk[page.Kind].Contains(page.Slug);
        file.PagesLookedUp.Add((page, exists));
        return exists;
    }

    private static void CheckInternalLink(LoadContext context, ParsedFile file, string url, int line, string field)
    {
        if (!url.StartsWith('/'))
        {
            return;
        }
        var target = PageLink.TryParse(url);
        if (target is not null && !OnDisk(context, file, target))
        {
            file.Issues.Add(new ContentIssue(file.RelativePath, line, field, $"link naar '{url}' wijst naar een pagina die niet bestaat"));
        }
        else if (target is not null)
        {
            file.Links.Add(new PageLinkAt(file.RelativePath, line, field, url, target));
        }
    }

    private static Practitioner? ParsePractitioner(LoadContext context, ParsedFile file)
    {
        var f = file.Fields;
        var v = context.Vocabularies;
        var slug = Slug(context, file);
        var name = f.String("naam", required: true);
        var sortAs = f.String("sorteernaam", required: false);
        var discipline = f.Key("discipline", v.Disciplines, required: true);
        var organisation = f.String("organisatie", required: false);
        var summary = f.String("samenvatting", required: false);
        var member = f.Bool("expertgroep");
        var targetGroups = f.Keys("doelgroepen", v.TargetGroups, required: true);
        var ages = ParseAges(f.Map("leeftijd", required: true));
        var methods = f.Keys("methoden", v.Methods, required: true);
        var themes = f.Keys("themas", v.Themes, required: false);
        var languages = f.Keys("talen", v.Languages, required: true);
        var municipalities = f.Keys("gemeenten", v.Municipalities, required: false);
        var online = f.Bool("online");
        if (municipalities.Count == 0 && !online)
        {
            f.Error("gemeenten", "noem minstens één gemeente, of zet 'online: true'");
        }
        var locations = f.MapList("locaties", required: false).Select(ParseLocation).ToList();
        var funding = f.Keys("financiering", v.Funding, required: true);
        var waiting = ParseWaitingTime(f.Map("wachttijd", required: true), context.Today);
        var referralStop = f.Bool("aanmeldstop");
        var referralStopNote = f.String("aanmeldstop-toelichting", required: false);
        var referralStopUntil = f.Date("aanmeldstop-tot", required: false, context.Today, mayBeFuture: true);
        if (referralStopUntil is not null && !referralStop)
        {
            f.Error("aanmeldstop-tot", "hoort bij een aanmeldstop; zet 'aanmeldstop: true' of haal deze regel weg");
            referralStopUntil = null;
        }
        var howToRefer = ParseHowToRefer(f.Map("verwijzen", required: false), v.ReferralRoutes, out var howToReferOk);
        var managers = ParseManagers(f);
        var contact = ParseContact(f.Map("contact", required: true));
        var lastReviewed = f.Date("laatst-beoordeeld", required: true, context.Today);
        var body = Body(context, file, required: false);

        if (name is null || discipline is null || ages is null || waiting is null || contact is null ||
            lastReviewed is null || locations.Any(l => l is null) || !howToReferOk)
        {
            return null;
        }
        return new Practitioner
        {
            Slug = slug,
            SourceFile = file.RelativePath,
            Name = name,
            SortAs = sortAs,
            Discipline = discipline,
            Organisation = organisation,
            Summary = summary,
            ExpertGroupMember = member,
            TargetGroups = targetGroups,
            Ages = ages,
            Methods = methods,
            Themes = themes,
            Languages = languages,
            Municipalities = municipalities,
            Locations = locations!,
            Online = online,
            Funding = funding,
            WaitingTime = waiting,
            ReferralStop = referralStop,
            ReferralStopNote = referralStopNote,
            ReferralStopUntil = referralStopUntil,
            HowToRefer = howToRefer,
            Managers = managers,
            Contact = contact,
            LastReviewed = lastReviewed.Value,
            Body = body,
        };
    }

    private static AgeRange? ParseAges(YamlFields? f)
    {
        if (f is null)
        {
            return null;
        }
        var from = f.Int("van", required: true, 0, 120);
        var to = f.Int("tot", required: true, 0, 120);
        f.RejectUnknownFields();
        if (from is null || to is null)
        {
            return null;
        }
        if (to < from)
        {
            f.Error("tot", $"'tot' ({to}) is lager dan 'van' ({from})");
            return null;
        }
        return new AgeRange(from.Value, to.Value);
    }

    private static Location? ParseLocation(YamlFields f)
    {
        var address = f.String("adres", required: true);
        var postcode = f.String("postcode", required: true);
        var place = f.String("plaats", required: true);
        f.RejectUnknownFields();
        if (postcode is not null && !PostcodePattern().IsMatch(postcode))
        {
            f.Error("postcode", $"'{postcode}' is geen Nederlandse postcode; schrijf bijvoorbeeld 1211 AB");
            return null;
        }
        return address is null || postcode is null || place is null
            ? null
            : new Location(address, postcode.ToUpperInvariant(), place);
    }

    private static WaitingTime? ParseWaitingTime(YamlFields? f, DateOnly today)
    {
        if (f is null)
        {
            return null;
        }
        var weeks = f.Int("weken", required: true, 0, 104);
        var checkedOn = f.Date("gecontroleerd", required: true, today);
        f.RejectUnknownFields();
        return weeks is null || checkedOn is null ? null : new WaitingTime(weeks.Value, checkedOn.Value);
    }

    /// <summary>The <c>verwijzen</c> block: at least one route; phone and e-mail checked like <c>contact</c>.</summary>
    private static HowToRefer? ParseHowToRefer(YamlFields? f, Vocabulary routes, out bool ok)
    {
        ok = true;
        if (f is null)
        {
            return null;
        }
        var keys = f.Keys("routes", routes, required: true);
        var phone = f.String("telefoon", required: false);
        var email = f.String("email", required: false);
        var reachable = f.String("bereikbaar", required: false);
        f.RejectUnknownFields();
        ok = PhoneAndEmailAreValid(f, phone, email);
        return ok ? new HowToRefer(keys, phone, email, reachable) : null;
    }

    /// <summary><c>beheerders</c>: e-mail addresses or sign-in subject ids, each once, without spaces.</summary>
    private static List<string> ParseManagers(YamlFields f)
    {
        var managers = new List<string>();
        foreach (var (value, node) in f.StringList("beheerders", required: false))
        {
            if (value.Any(char.IsWhiteSpace))
            {
                f.Error(node, "beheerders", $"'{value}' is geen e-mailadres of inlog-id; schrijf één adres per item, zonder spaties, bijvoorbeeld [a.kaya@example.org]");
            }
            else if (managers.Contains(value, StringComparer.OrdinalIgnoreCase))
            {
                f.Error(node, "beheerders", $"'{value}' staat er twee keer in");
            }
            else
            {
                managers.Add(value);
            }
        }
        return managers;
    }

    /// <summary>A phone number and an e-mail address (each optional) as <c>contact</c> and <c>verwijzen</c> take them; false after reporting.</summary>
    private static bool PhoneAndEmailAreValid(YamlFields f, string? phone, string? email)
    {
        var ok = true;
        if (phone is not null && !PhonePattern().IsMatch(phone))
        {
            f.Error("telefoon", $"'{phone}' is geen telefoonnummer; schrijf bijvoorbeeld 035 012 3456");
            ok = false;
        }
        if (email is not null && !EmailPattern().IsMatch(email))
        {
            f.Error("email", $"'{email}' is geen e-mailadres");
            ok = false;
        }
        return ok;
    }

    private static ContactDetails? ParseContact(YamlFields? f)
    {
        if (f is null)
        {
            return null;
        }
        var phone = f.String("telefoon", required: false);
        var email = f.String("email", required: false);
        var websiteText = f.String("website", required: false);
        f.RejectUnknownFields();
        var ok = PhoneAndEmailAreValid(f, phone, email);
        Uri? website = null;
        if (websiteText is not null &&
            (!Uri.TryCreate(websiteText, UriKind.Absolute, out website) || website.Scheme is not ("https" or "http")))
        {
            f.Error("website", $"'{websiteText}' is geen webadres; begin met https://");
            ok = false;
        }
        if (phone is null && email is null && websiteText is null)
        {
            f.BlockError("noem minstens een telefoonnummer, e-mailadres of website");
            ok = false;
        }
        return ok ? new ContactDetails(phone, email, website) : null;
    }

    private static Offer? ParseOffer(LoadContext context, ParsedFile file)
    {
        var f = file.Fields;
        var slug = Slug(context, file);
        if (!context.Vocabularies.Methods.Contains(slug))
        {
            f.Error("slug", $"'{slug}' staat niet in de lijst methoden in {Vocabularies.FileName}; de bestandsnaam van een aanbodpagina is de sleutel van de methode");
        }
        var title = f.String("titel", required: true);
        var summary = f.String("samenvatting", required: true);
        var typeText = f.String("soort", required: true);
        OfferType? type = typeText switch
        {
            null => null,
            "behandeling" => OfferType.Treatment,
            "ondersteuning" => OfferType.Support,
            _ => null,
        };
        if (typeText is not null && type is null)
        {
            f.Error("soort", $"onbekende waarde '{typeText}'; kies 'behandeling' of 'ondersteuning'");
        }
        var targetGroups = f.Keys("doelgroepen", context.Vocabularies.TargetGroups, required: true);
        var firstChoice = f.Bool("eerste-keus");
        var guideline = f.String("richtlijn", required: firstChoice);
        var lastReviewed = f.Date("laatst-beoordeeld", required: true, context.Today);
        var body = Body(context, file, required: true);
        if (title is null || summary is null || type is null || lastReviewed is null)
        {
            return null;
        }
        return new Offer
        {
            Slug = slug,
            SourceFile = file.RelativePath,
            Title = title,
            Summary = summary,
            Type = type.Value,
            TargetGroups = targetGroups,
            FirstChoice = firstChoice,
            Guideline = guideline,
            LastReviewed = lastReviewed.Value,
            Body = body,
        };
    }

    private static InfoPage? ParseInfoPage(LoadContext context, ParsedFile file)
    {
        var f = file.Fields;
        var slug = Slug(context, file);
        var title = f.String("titel", required: true);
        var summary = f.String("samenvatting", required: true);
        var order = f.Int("volgorde", required: false, 0, 1000) ?? 100;
        var related = new List<PageLink>();
        foreach (var (value, node) in f.StringList("gerelateerd", required: false))
        {
            var link = PageLink.TryParse(value);
            if (link is null)
            {
                f.Error(node, "gerelateerd", $"'{value}' is geen pagina; schrijf bijvoorbeeld informatie/wat-is-trauma of aanbod/emdr");
            }
            else if (!OnDisk(context, file, link))
            {
                f.Error(node, "gerelateerd", $"pagina '{value}' bestaat niet");
            }
            else
            {
                related.Add(link);
                file.Links.Add(new PageLinkAt(file.RelativePath, f.LineOf(node), "gerelateerd", value, link));
            }
        }
        var lastReviewed = f.Date("laatst-beoordeeld", required: true, context.Today);
        var body = Body(context, file, required: true);
        if (title is null || summary is null || lastReviewed is null)
        {
            return null;
        }
        return new InfoPage
        {
            Slug = slug,
            SourceFile = file.RelativePath,
            Title = title,
            Summary = summary,
            Order = order,
            Related = related,
            LastReviewed = lastReviewed.Value,
            Body = body,
        };
    }

    /// <summary><c>zoekwoorden.yml</c> is optional: without it search works, just knows fewer words.</summary>
    private static SearchWords LoadSearchWords(ContentFiles files, Vocabularies vocabularies, List<ContentIssue> issues, HashSet<string> served, ContentLoadCache? cache)
    {
        if (!files.Files.TryGetValue(SearchWords.FileName, out var file))
        {
            return SearchWords.Empty;
        }
        var before = issues.Count;
        var searchWords = Cached(cache, file, dependsOn: vocabularies, issues, fileIssues => LoadSearchWords(file, vocabularies, fileIssues));
        if (issues.Count == before)
        {
            served.Add(SearchWords.FileName);
        }
        return searchWords;
    }

    private static SearchWords LoadSearchWords(ContentFile file, Vocabularies vocabularies, List<ContentIssue> fileIssues)
    {
        var text = Text(file, fileIssues);
        var mapping = text is null ? null : ParseMapping(text, 0, text.Length, SearchWords.FileName, 0, "bestand", "moet een blok met velden zijn ('naam: waarde')", fileIssues);
        if (mapping is null)
        {
            return SearchWords.Empty;
        }
        var f = new YamlFields(mapping, SearchWords.FileName, 0, fileIssues);

        var synonyms = new List<IReadOnlyList<string>>();
        var groups = f.Find("synoniemen");
        if (groups is YamlList sequence)
        {
            for (var i = 0; i < sequence.Items.Count; i++)
            {
                var words = sequence.Items[i] is YamlList group
                    ? group.Items.OfType<YamlText>().Select(w => w.Value.Trim()).Where(w => w.Length > 0).ToList()
                    : [];
                if (words.Count < 2)
                {
                    f.Error(sequence.Items[i], $"synoniemen[{i + 1}]", "een groep is een lijst van minstens twee woorden, bijvoorbeeld [ptss, posttraumatische stress]");
                }
                else
                {
                    synonyms.Add(words);
                }
            }
        }
        else if (groups is not null)
        {
            f.Error(groups, "synoniemen", "moet een lijst van groepen zijn; begin elke groep met '- ['");
        }

        var places = FreeStringMap(f, "plaatsen", (_, municipality) => vocabularies.Municipalities.Contains(municipality)
            ? null : $"onbekende gemeente '{municipality}'; kies uit gemeenten in {Vocabularies.FileName}");

        var parts = f.StringList("samenstellingen", required: false).Select(p => p.Value.ToLowerInvariant()).ToList();
        var general = f.StringList("algemene-woorden", required: false).Select(p => p.Value.ToLowerInvariant()).ToList();
        var stems = FreeStringMap(f, "stamuitzonderingen", (_, stem) => stem.Length == 0 ? "schrijf 'woord: stam'" : null);
        var languageNames = FreeStringMap(f, "taalnamen", (_, key) => vocabularies.Languages.Contains(key)
            ? null : $"onbekende taal '{key}'; kies uit talen in {Vocabularies.FileName}");
        var intents = new Dictionary<string, SearchIntent>(StringComparer.Ordinal);
        // A route intent while vocabulaires.yml has no (optional) verwijsroutes list is kept but not used:
        // the same search words serve a region whose content does not say how to refer yet.
        foreach (var (phrase, value) in FreeStringMap(f, "bedoelingen", (_, value) => ParseIntent(value, vocabularies) is null && !AwaitsRoutes(value, vocabularies)
            ? $"onbekende bedoeling '{value}'; schrijf wachttijd, online, zonder-aanmeldstop, financiering: <sleutel uit financiering> of verwijsroute: <sleutel uit verwijsroutes>" : null))
        {
            if (ParseIntent(value, vocabularies) is { } intent)
            {
                intents[phrase] = intent;
            }
        }
        f.RejectUnknownFields();
        return fileIssues.Count > 0 ? SearchWords.Empty : new SearchWords(synonyms, places, parts)
        {
            GeneralWords = general,
            StemExceptions = stems,
            LanguageNames = languageNames,
            Intents = intents,
        };
    }

    /// <summary>
    /// A block of "word: value" lines (keys folded to lower case), each value checked: the check returns
    /// an error message for a wrong value (also an empty one), or null.
    /// </summary>
    private static Dictionary<string, string> FreeStringMap(YamlFields f, string field, Func<string, string, string?> check)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var map = f.Map(field, required: false);
        if (map is null)
        {
            return result;
        }
        foreach (var (keyNode, valueNode) in map.FreeEntries())
        {
            var key = (keyNode as YamlText)?.Value.Trim().ToLowerInvariant() ?? "";
            var value = (valueNode as YamlText)?.Value.Trim() ?? "";
            var error = key.Length == 0 ? "een regel is 'woord: waarde'" : check(key, value);
            if (error is not null)
            {
                f.Error(valueNode, $"{field}.{key}", error);
            }
            else
            {
                result[key] = value;
            }
        }
        return result;
    }

    private static bool AwaitsRoutes(string value, Vocabularies vocabularies) =>
        vocabularies.ReferralRoutes.Entries.Count == 0 && value.StartsWith("verwijsroute:", StringComparison.Ordinal);

    /// <summary>"wachttijd", "online", "zonder-aanmeldstop", "financiering: gratis" or "verwijsroute: zelf-aanmelden" as an intent; null when it is none of these.</summary>
    private static SearchIntent? ParseIntent(string value, Vocabularies vocabularies)
    {
        switch (value)
        {
            case SearchIntent.WaitingTimeOrder:
                return new SearchIntent(SearchIntent.WaitingTimeOrder, "");
            case "online":
                return new SearchIntent(Search.FacetNames.Online, Search.SearchParameters.Yes);
            case "zonder-aanmeldstop":
                return new SearchIntent(Search.FacetNames.NoReferralStop, Search.SearchParameters.Yes);
        }
        var parts = value.Split(':', 2, StringSplitOptions.TrimEntries);
        return parts switch
        {
            ["financiering", var key] when vocabularies.Funding.Contains(key) => new SearchIntent(Search.FacetNames.Funding, key),
            ["verwijsroute", var key] when vocabularies.ReferralRoutes.Contains(key) => new SearchIntent(Search.FacetNames.ReferralRoute, key),
            _ => null,
        };
    }

    /// <summary><c>vocabulaires.yml</c>; the same instance as the last load when its text is the same.</summary>
    private static Vocabularies LoadVocabularies(ContentFiles files, List<ContentIssue> issues, ContentLoadCache? cache)
    {
        if (!files.Files.TryGetValue(Vocabularies.FileName, out var file))
        {
            issues.Add(new ContentIssue(Vocabularies.FileName, 0, "bestand", "ontbreekt; zonder de lijsten kan geen enkele behandelaar geladen worden"));
            return Vocabularies.Empty;
        }
        return Cached(cache, file, dependsOn: null, issues, fileIssues => LoadVocabularies(file, fileIssues));
    }

    /// <summary>A top file's result: from the cache when its text (and what it depends on) is the same as last time.</summary>
    private static T Cached<T>(ContentLoadCache? cache, ContentFile file, object? dependsOn, List<ContentIssue> issues, Func<List<ContentIssue>, T> load)
        where T : class
    {
        if (cache is not null && file.Text is not null && cache.TopFiles.TryGetValue(file.RelativePath, out var known) &&
            string.Equals(known.Text, file.Text, StringComparison.Ordinal) && ReferenceEquals(known.DependsOn, dependsOn))
        {
            issues.AddRange(known.Issues);
            return (T)known.Result;
        }
        var fileIssues = new List<ContentIssue>();
        var result = load(fileIssues);
        issues.AddRange(fileIssues);
        if (cache is not null && file.Text is not null)
        {
            cache.TopFiles[file.RelativePath] = (file.Text, dependsOn, result, fileIssues);
        }
        return result;
    }

    private static Vocabularies LoadVocabularies(ContentFile file, List<ContentIssue> issues)
    {
        var text = Text(file, issues);
        var vocabularyRoot = text is null ? null : ParseMapping(text, 0, text.Length, Vocabularies.FileName, 0, "bestand",
            "moet een blok met lijsten zijn (doelgroepen:, methoden:, …)", issues);
        if (vocabularyRoot is null)
        {
            return Vocabularies.Empty;
        }

        var fields = new YamlFields(vocabularyRoot, Vocabularies.FileName, 0, issues);
        Vocabulary Read(string name, bool required = true)
        {
            var map = fields.Map(name, required);
            if (map is null)
            {
                return new Vocabulary(name, []);
            }
            var entries = new List<KeyValuePair<string, string>>();
            foreach (var (key, value) in map.FreeEntries())
            {
                var k = (key as YamlText)?.Value ?? "";
                var label = (value as YamlText)?.Value.Trim();
                if (!YamlFields.IsSlug(k))
                {
                    fields.Error(key, $"{name}.{k}", "sleutel mag alleen kleine letters, cijfers en streepjes bevatten");
                }
                else if (string.IsNullOrEmpty(label))
                {
                    fields.Error(value, $"{name}.{k}", "naam ontbreekt; schrijf 'sleutel: Naam zoals op de site'");
                }
                else
                {
                    entries.Add(new(k, label));
                }
            }
            return new Vocabulary(name, entries);
        }
        var vocabularies = new Vocabularies(
            Read("doelgroepen"), Read("methoden"), Read("themas"), Read("gemeenten"),
            Read("financiering"), Read("talen"), Read("disciplines"))
        {
            ReferralRoutes = Read("verwijsroutes", required: false),
        };
        vocabularies = vocabularies with { Neighbours = ReadNeighbours(fields, vocabularies.Municipalities) };
        fields.RejectUnknownFields();
        return vocabularies;
    }

    /// <summary>
    /// <c>buurgemeenten</c> (optional): per municipality the municipalities that border it, all keys of
    /// <c>gemeenten</c>. Bordering goes both ways, so a line missing on one side is reported there.
    /// </summary>
    private static Dictionary<string, IReadOnlyList<string>> ReadNeighbours(YamlFields fields, Vocabulary municipalities)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var map = fields.Map("buurgemeenten", required: false);
        if (map is null)
        {
            return result;
        }
        var lines = new Dictionary<string, YamlValue>(StringComparer.Ordinal);
        foreach (var (keyNode, _) in map.FreeEntries().ToList())
        {
            var key = (keyNode as YamlText)?.Value ?? "";
            var neighbours = map.Keys(key, municipalities, required: true);
            if (!municipalities.Contains(key))
            {
                map.Error(keyNode, key, $"onbekende gemeente '{key}'; kies uit gemeenten in {Vocabularies.FileName}");
            }
            else
            {
                if (neighbours.Contains(key))
                {
                    map.Error(keyNode, key, $"een gemeente is niet haar eigen buurgemeente; haal '{key}' weg uit de lijst");
                }
                result[key] = [.. neighbours.Where(n => n != key)];
                lines[key] = keyNode;
            }
        }
        foreach (var (key, neighbours) in result)
        {
            foreach (var other in neighbours.Where(o => !result.TryGetValue(o, out var back) || !back.Contains(key)))
            {
                map.Error(lines[key], key, $"'{other}' grenst aan '{key}', maar bij '{other}' staat '{key}' niet; zet ze bij allebei");
            }
        }
        return result;
    }

    [GeneratedRegex(@"^[1-9][0-9]{3} ?[A-Za-z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex PostcodePattern();

    [GeneratedRegex(@"^\+?[0-9][0-9 \-]{8,14}[0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();
}
