using TraumaGids.Core.Content;

namespace TraumaGids.Web.Infrastructure;

/// <summary>
/// The content problems the editor overview shows, by file. SEAM for live content (issue 16 item 1):
/// the reloading store knows which files are served from their last good version; it registers its
/// own implementation and the overview shows the flag without further change.
/// </summary>
public interface IContentProblems
{
    IReadOnlyList<FileProblems> Current { get; }
}

/// <summary>Until content reloads live: the problems found when the content was loaded.</summary>
public sealed class LoadedContentProblems(ContentStore store) : IContentProblems
{
    public IReadOnlyList<FileProblems> Current => EditorOverview.ProblemsOf(store.Content);
}
