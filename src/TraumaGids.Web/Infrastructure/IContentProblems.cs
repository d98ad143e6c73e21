using TraumaGids.Core.Content;

namespace TraumaGids.Web.Infrastructure;

/// <summary>The content problems the editor overview shows, by file.</summary>
public interface IContentProblems
{
    IReadOnlyList<FileProblems> Current { get; }
}

/// <summary>
/// The problems of the current content snapshot: files served from their last good version (an edit
/// broke them) with their problems, and files that never loaded.
/// </summary>
public sealed class LiveContentProblems(ContentStore store) : IContentProblems
{
    public IReadOnlyList<FileProblems> Current
    {
        get
        {
            var snapshot = store.Snapshot;
            var stale = snapshot.StaleFiles.Select(s => new FileProblems(s.File, s.Problems, ServedFromLastGood: true)).ToList();
            var staleFiles = stale.Select(s => s.File).ToHashSet(StringComparer.Ordinal);
            return [.. stale, .. EditorOverview.ProblemsOf(snapshot.Content).Where(p => !staleFiles.Contains(p.File))];
        }
    }
}
