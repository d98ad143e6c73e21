using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace TraumaGids.Core.Search;

/// <summary>
/// Synonym groups as stem sequences. A query term gets the other members of its groups (for snippets
/// and the list of alternatives); the index gets one concept term per group, so a search matches a
/// whole group with one term per field instead of one clause per member and field.
/// </summary>
internal sealed class SynonymMap
{
    private readonly List<List<IReadOnlyList<string>>> _groups;
    private readonly string[] _concepts;
    private readonly float[] _weights;

    public SynonymMap(IEnumerable<IReadOnlyList<string>> groups, Analyzer query)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(query);
        _groups = [.. groups
            .Select(g => g.Select(member => (IReadOnlyList<string>)[.. DutchAnalysis.Terms(query, IndexFields.Body.Name, member).Select(t => t.Term)])
                .Where(stems => stems.Count > 0)
                .DistinctBy(stems => string.Join(' ', stems))
                .ToList())
            .Where(g => g.Count > 1)];
        // '#' never survives the tokenizer, so no typed or indexed word can be a concept term.
        _concepts = [.. _groups.Select((_, i) => "#" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))];
        _weights = [.. _groups.Select(g => (float)g.Average(m => m.Count))];

        // Every word of every member is a slot; a stem may fill several slots (in several members).
        Slots = new CharArrayDictionary<int[]>(DutchAnalysis.Version, 16, ignoreCase: false);
        var members = new List<(int Group, int FirstSlot, int Length)>();
        var slotCount = 0;
        for (var g = 0; g < _groups.Count; g++)
        {
            foreach (var member in _groups[g])
            {
                for (var w = 0; w < member.Count; w++)
                {
                    Slots[member[w]] = [.. (Slots.TryGetValue(member[w], out var known) ? known : []).Append(slotCount + w)];
                }
                members.Add((g, slotCount, member.Count));
                slotCount += member.Count;
            }
        }
        Members = [.. members];
        SlotCount = slotCount;
        // A phrase member also gets a term of its own, once however many groups it is in.
        var phraseTerms = new HashSet<string>(StringComparer.Ordinal);
        PhraseTerms = [.. _groups.SelectMany(g => g).Select(m => m.Count > 1 && phraseTerms.Add(PhraseTerm(m)) ? PhraseTerm(m) : null)];
        SlotMember = new int[slotCount];
        for (var m = 0; m < Members.Length; m++)
        {
            Array.Fill(SlotMember, m, Members[m].FirstSlot, Members[m].Length);
        }
    }

    /// <summary>For each stem in some member: its slots (one per member word it is).</summary>
    internal CharArrayDictionary<int[]> Slots { get; }

    /// <summary>Every member of every group: its group and its slots (<c>FirstSlot</c> up to <c>Length</c> of them).</summary>
    internal (int Group, int FirstSlot, int Length)[] Members { get; }

    internal int SlotCount { get; }

    /// <summary>For each member: the term for its words close together, or null (one word, or a phrase already listed).</summary>
    internal string?[] PhraseTerms { get; }

    /// <summary>
    /// The index term for a phrase member's words standing close together: a known phrase as one term,
    /// much cheaper to search than its words with their positions.
    /// </summary>
    public static string PhraseTerm(IEnumerable<string> stems) => "#" + string.Join(' ', stems);

    /// <summary>For each slot: its member (index into <see cref="Members"/>).</summary>
    internal int[] SlotMember { get; }

    public int GroupCount => _groups.Count;

    /// <summary>Every stem of every member, and every concept term: the terms the synonyms can make a search use.</summary>
    public IEnumerable<string> Terms => _groups.SelectMany(g => g.SelectMany(m => m)).Concat(_concepts).Distinct(StringComparer.Ordinal);

    public bool IsEmpty => _groups.Count == 0;

    /// <summary>
    /// How much a group's concept term weighs against one typed word: the mean number of words of its
    /// members. A member used to be scored word by word ("geweld thuis": two terms), the concept is
    /// one term; this keeps a group of phrases from counting for less than a single word.
    /// </summary>
    public float Weight(int group) => _weights[group];

    /// <summary>The index term that stands for a group wherever one of its members occurs in a field.</summary>
    public string Concept(int group) => _concepts[group];

    /// <summary>
    /// Where a one-word group member occurs in the query, that term gets the other members as synonyms
    /// and the group; where a phrase member occurs, the phrase is returned with the other members as its
    /// alternatives and the group.
    /// </summary>
    public List<(int Start, int Length, List<IReadOnlyList<string>> Alternatives, int Group)> Expand(IReadOnlyList<QueryTerm> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var phrases = new List<(int Start, int Length, List<IReadOnlyList<string>> Alternatives, int Group)>();
        // Every member of every group is tried for every search: skip those whose first word was not typed.
        var typed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            typed.Add(term.Stem);
        }
        for (var g = 0; g < _groups.Count; g++)
        {
            var group = _groups[g];
            foreach (var member in group)
            {
                if (!typed.Contains(member[0]))
                {
                    continue;
                }
                for (var i = 0; i + member.Count <= terms.Count; i++)
                {
                    if (!StandsAt(member, terms, i))
                    {
                        continue;
                    }
                    var others = group.Where(o => !ReferenceEquals(o, member)).ToList();
                    if (member.Count == 1)
                    {
                        terms[i].Synonyms.AddRange(others.Where(o => !terms[i].Synonyms.Any(s => s.SequenceEqual(o))));
                        if (!terms[i].Groups.Contains(g))
                        {
                            terms[i].Groups.Add(g);
                        }
                    }
                    else
                    {
                        phrases.Add((i, member.Count, others, g));
                    }
                }
            }
        }
        return phrases;
    }

    private static bool StandsAt(IReadOnlyList<string> member, IReadOnlyList<QueryTerm> terms, int at)
    {
        for (var k = 0; k < member.Count; k++)
        {
            if (!string.Equals(terms[at + k].Stem, member[k], StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }
}

/// <summary>
/// The last step of the index chain: at the end of a field, the concept term of each synonym group one
/// of whose members occurs in it, as often as the member that occurs most. A phrase member occurs
/// where all its words stand close together, in any order, with at most <see cref="Slop"/> other
/// words between them ("geweld in huis", "ruzie bij ons thuis"), not anywhere in the field. So the
/// concept term scores a field about as the best member would on its own. Concept terms take no
/// position of their own: they change neither phrases nor the field's length norm.
/// </summary>
internal sealed class SynonymConceptFilter : TokenFilter
{
    /// <summary>How many other words may stand between the words of a phrase member.</summary>
    public const int Slop = 2;

    /// <summary>More occurrences hardly change a score (it grows with the square root).</summary>
    private const int MaxFrequency = 32;

    private readonly SynonymMap _map;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private readonly int[] _lastSeen;
    private readonly int[] _occurrences;
    private readonly int[] _frequency;
    private readonly Queue<string> _pending = new();
    private bool _anySeen;
    private bool _ended;
    private int _at;

    public SynonymConceptFilter(TokenStream input, SynonymMap map)
        : base(input)
    {
        _map = map;
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
        _lastSeen = new int[map.SlotCount];
        _occurrences = new int[map.Members.Length];
        _frequency = new int[map.GroupCount];
        Array.Fill(_lastSeen, int.MinValue / 2);
    }

    public override bool IncrementToken()
    {
        if (!_ended)
        {
            if (m_input.IncrementToken())
            {
                _at += _position.PositionIncrement;
                if (_map.Slots.TryGetValue(_term.Buffer, 0, _term.Length, out var slots))
                {
                    foreach (var slot in slots)
                    {
                        Seen(slot);
                    }
                    _anySeen = true;
                }
                return true;
            }
            _ended = true;
            if (_anySeen)
            {
                Conclude();
            }
        }
        if (_pending.Count == 0)
        {
            return false;
        }
        // After the last word, at its position (no increment). Offsets are not indexed, so none are set.
        ClearAttributes();
        _term.SetEmpty().Append(_pending.Dequeue());
        _position.PositionIncrement = 0;
        return true;
    }

    /// <summary>A word of a member at the current position: the member occurs if its other words are near.</summary>
    private void Seen(int slot)
    {
        _lastSeen[slot] = _at;
        var member = _map.SlotMember[slot];
        var (_, first, length) = _map.Members[member];
        var earliest = _at - (length - 1) - Slop;
        for (var other = first; other < first + length; other++)
        {
            if (_lastSeen[other] < earliest)
            {
                return;
            }
        }
        _occurrences[member]++;
    }

    private void Conclude()
    {
        for (var member = 0; member < _occurrences.Length; member++)
        {
            var group = _map.Members[member].Group;
            var frequency = Math.Min(_occurrences[member], MaxFrequency);
            _frequency[group] = Math.Max(_frequency[group], frequency);
            if (_map.PhraseTerms[member] is { } phrase)
            {
                for (var i = 0; i < frequency; i++)
                {
                    _pending.Enqueue(phrase);
                }
            }
        }
        for (var group = 0; group < _frequency.Length; group++)
        {
            for (var i = 0; i < _frequency[group]; i++)
            {
                _pending.Enqueue(_map.Concept(group));
            }
        }
    }

    public override void Reset()
    {
        base.Reset();
        _pending.Clear();
        if (_anySeen)
        {
            Array.Fill(_lastSeen, int.MinValue / 2);
            Array.Clear(_occurrences);
            Array.Clear(_frequency);
        }
        _anySeen = false;
        _ended = false;
        _at = 0;
    }
}
