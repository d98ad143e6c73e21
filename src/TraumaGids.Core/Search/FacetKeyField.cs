using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;

namespace TraumaGids.Core.Search;

/// <summary>
/// A facet key indexed as one untokenised term, exactly as Lucene's <see cref="StringField"/> (not
/// stored) indexes it, but with one token stream per thread instead of one per value. A
/// <see cref="StringField"/> makes its own token stream, with its attribute maps, the first time it is
/// indexed: at 10,000 practitioners with some twenty facet values each that was a fifth of what writing
/// the index allocated (docs/performance.md, round 10). Lucene consumes a field's stream completely before
/// it asks the next field for one, so one stream per writing thread serves them all.
/// </summary>
internal sealed class FacetKeyField : Field
{
    [ThreadStatic]
    private static SingleToken? t_stream;

    public FacetKeyField(string name, string value)
        : base(name, value, StringField.TYPE_NOT_STORED)
    {
    }

    public override TokenStream GetTokenStream(Analyzer analyzer)
    {
        var stream = t_stream ??= new SingleToken();
        stream.Value = GetStringValue(System.Globalization.CultureInfo.InvariantCulture);
        return stream;
    }

    /// <summary>The value as one token, as Lucene's own stream for a <see cref="StringField"/> gives it.</summary>
    private sealed class SingleToken : TokenStream
    {
        private readonly ICharTermAttribute _term;
        private readonly IOffsetAttribute _offset;
        private bool _used;

        public SingleToken()
        {
            _term = AddAttribute<ICharTermAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
        }

        public string Value { get; set; } = "";

        public override bool IncrementToken()
        {
            if (_used)
            {
                return false;
            }
            ClearAttributes();
            _term.Append(Value);
            _offset.SetOffset(0, Value.Length);
            _used = true;
            return true;
        }

        public override void End()
        {
            base.End();
            _offset.SetOffset(Value.Length, Value.Length);
        }

        public override void Reset() => _used = false;
    }
}
