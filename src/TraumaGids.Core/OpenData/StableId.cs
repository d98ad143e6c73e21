using System.Security.Cryptography;
using System.Text;

namespace TraumaGids.Core.OpenData;

/// <summary>
/// Name-based UUIDs (version 5, RFC 9562 section 5.5): the same name always gives the same id, so an
/// importer that stores our ids keeps them across restarts, content edits and other hosts. The names
/// are made from slugs and vocabulary keys (<c>behandelaar:anna-de-vries</c>), never from anything a
/// visitor sends.
/// </summary>
public static class StableId
{
    /// <summary>TraumaGids' own namespace, chosen once at random. Changing it changes every published id.</summary>
    public static readonly Guid Namespace = new("d3965c52-41bc-4e46-9d4d-04e1fabf4606");

    /// <summary>The id of a name in TraumaGids' namespace.</summary>
    public static Guid For(string name) => V5(Namespace, name);

    /// <summary>RFC 9562 UUIDv5: SHA-1 over the namespace (network byte order) and the UTF-8 name, with version and variant bits set.</summary>
    public static Guid V5(Guid nameSpace, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var input = new byte[16 + Encoding.UTF8.GetByteCount(name)];
        nameSpace.TryWriteBytes(input, bigEndian: true, out _);
        Encoding.UTF8.GetBytes(name, input.AsSpan(16));
        // SHA-1 is what version 5 is defined with; it names, it does not protect anything.
#pragma warning disable CA5350
        Span<byte> hash = stackalloc byte[SHA1.HashSizeInBytes];
        SHA1.HashData(input, hash);
#pragma warning restore CA5350
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
