using Lucene.Net.Store;

namespace TraumaGids.Core.Search;

/// <summary>
/// An in-memory index directory whose buffers live on the pinned object heap. An index is written once
/// and then read for as long as its snapshot is served, but Lucene's <see cref="RAMDirectory"/> keeps it
/// in 1 KB arrays on the ordinary heap: 100 MB of them at 10,000 practitioners, which every young
/// collection during a reload has to copy and promote while searches wait. Arrays on the pinned object
/// heap are never copied or promoted; they are freed by full collections only. Same files, same bytes.
/// </summary>
internal sealed class LongLivedRAMDirectory : RAMDirectory
{
    protected override RAMFile NewRAMFile() => new PinnedFile(this);

    private sealed class PinnedFile(RAMDirectory directory) : RAMFile(directory)
    {
        protected override byte[] NewBuffer(int size) => GC.AllocateArray<byte>(size, pinned: true);
    }
}
