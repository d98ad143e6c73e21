using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using TraumaGids.Core.Content;
using TraumaGids.Core.OpenData;

namespace TraumaGids.Web.OpenData;

/// <summary>
/// The HSDS mapping of the loaded content, made once per content set and public address (links are
/// absolute, so each host name the site answers on has its own). Keyed weakly by the content set: when
/// content is loaded anew, the old mapping goes with the old set.
/// </summary>
internal sealed class HsdsDirectoryCache
{
    /// <summary>AllowedHosts names a handful of hosts; beyond this many the mapping is made per request instead of kept.</summary>
    private const int MaxAddresses = 8;

    private readonly ConditionalWeakTable<ContentSet, ConcurrentDictionary<Uri, Lazy<HsdsDirectory>>> _cache = [];

    public HsdsDirectory For(ContentSet content, Uri siteBase)
    {
        var byAddress = _cache.GetValue(content, _ => new ConcurrentDictionary<Uri, Lazy<HsdsDirectory>>());
        if (byAddress.TryGetValue(siteBase, out var known))
        {
            return known.Value;
        }
        if (byAddress.Count >= MaxAddresses)
        {
            return HsdsDirectory.Build(content, siteBase);
        }
        return byAddress.GetOrAdd(siteBase, address => new Lazy<HsdsDirectory>(() => HsdsDirectory.Build(content, address))).Value;
    }
}
