using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using TraumaGids.Core.Content;

namespace TraumaGids.Core.Tests.Search.Evaluation;

/// <summary>
/// The plain baseline every figure is reported beside: Lucene's <see cref="DutchAnalyzer"/> over all
/// fields of an item (name, organisation, every vocabulary label, places, summary, text), any typed
/// word in any field, Lucene's default (classic TF-IDF) scoring. No synonyms, no typo matching, no
/// query understanding: what a developer gets from the library in an afternoon.
/// </summary>
public sealed class PlainLuceneBaseline : ISearchSystem
{
    private static readonly string[] Fields = ["title", "tags", "summary", "body"];
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly RAMDirectory _directory = new();
    private readonly DutchAnalyzer _analyzer = new(Version);
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public PlainLuceneBaseline(ContentSet content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var v = content.Vocabularies;
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(Version, _analyzer)))
        {
            foreach (var p in content.Practitioners)
            {
                string[] tags = [v.Disciplines.Label(p.Discipline), .. p.Methods.Select(v.Methods.Label), .. p.Themes.Select(v.Themes.Label),
                    .. p.TargetGroups.Select(v.TargetGroups.Label), .. p.Municipalities.Select(v.Municipalities.Label),
                    .. p.Locations.Select(l => l.Place), .. p.Languages.Select(v.Languages.Label), .. p.Funding.Select(v.Funding.Label)];
                writer.AddDocument(Document("behandelaars/" + p.Slug, p.Name + " " + p.Organisation, string.Join(" · ", tags), p.Summary, p.Body.PlainText));
            }
            foreach (var o in content.Offers)
            {
                writer.AddDocument(Document("aanbod/" + o.Slug, o.Title, string.Join(" · ", o.TargetGroups.Select(v.TargetGroups.Label)), o.Summary, o.Body.PlainText));
            }
            foreach (var page in content.InfoPages)
            {
                writer.AddDocument(Document("informatie/" + page.Slug, page.Title, "", page.Summary, page.Body.PlainText));
            }
            writer.Commit();
        }
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
    }

    public string Name => "plain Lucene DutchAnalyzer, any word";

    private static Document Document(string path, string title, string tags, string? summary, string body) =>
    [
        new StringField("path", path, Field.Store.YES),
        new TextField("title", title, Field.Store.NO),
        new TextField("tags", tags, Field.Store.NO),
        new TextField("summary", summary ?? "", Field.Store.NO),
        new TextField("body", body, Field.Store.NO),
    ];

    public Ranking Search(string text)
    {
        var query = new BooleanQuery();
        foreach (var field in Fields)
        {
            using var stream = _analyzer.GetTokenStream(field, text);
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                query.Add(new TermQuery(new Term(field, term.ToString())), Occur.SHOULD);
            }
            stream.End();
        }
        if (query.Clauses.Count == 0)
        {
            return new Ranking([], 0);
        }
        var top = _searcher.Search(query, RankingMetrics.Depth);
        return new Ranking([.. top.ScoreDocs.Select(d => _searcher.Doc(d.Doc).Get("path", System.Globalization.CultureInfo.InvariantCulture))], top.TotalHits);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }
}
