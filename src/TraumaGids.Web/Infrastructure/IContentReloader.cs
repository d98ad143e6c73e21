namespace TraumaGids.Web.Infrastructure;

/// <summary>
/// For code that writes content files (the practitioners' own updates): reload now instead of waiting for
/// the file watcher. Implemented by <see cref="ContentStore"/>, registered as a singleton.
/// </summary>
public interface IContentReloader
{
    /// <summary>
    /// Reads the content directory again and swaps in the new content. The returned task completes when
    /// the site serves what was on disk when it was called (at once when nothing changed); a file that is
    /// now broken is then served from its last good version (see <see cref="ContentStore.StaleFiles"/>).
    /// </summary>
    Task RequestReloadAsync(CancellationToken cancellationToken = default);
}
