using TraumaGids.Core.OpenData;

namespace TraumaGids.Core.Tests.OpenData;

public sealed class StableIdTests
{
    private static readonly Guid DnsNamespace = new("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

    [Fact]
    public void V5_matches_the_rfc_9562_example()
    {
        // RFC 9562, appendix A.4: UUIDv5 of "www.example.com" in the DNS namespace.
        Assert.Equal(new Guid("2ed6657d-e927-568b-95e1-2665a8aea6a2"), StableId.V5(DnsNamespace, "www.example.com"));
    }

    [Fact]
    public void V5_handles_names_outside_ascii_as_utf8()
    {
        // Computed independently with Python: uuid.uuid5(uuid.NAMESPACE_DNS, "Oekraïens")
        Assert.Equal(new Guid("d8fbedf7-0e6e-5876-8c7d-ff4de85849c9"), StableId.V5(DnsNamespace, "Oekraïens"));
    }

    [Fact]
    public void Ids_carry_version_5_and_the_rfc_variant()
    {
        var text = StableId.For("behandelaar:anna-de-vries").ToString();

        Assert.Equal('5', text[14]);
        Assert.Contains(text[19], "89ab");
    }

    [Fact]
    public void Same_name_same_id_other_name_other_id()
    {
        Assert.Equal(StableId.For("behandelaar:anna"), StableId.For("behandelaar:anna"));
        Assert.NotEqual(StableId.For("behandelaar:anna"), StableId.For("behandelaar:anne"));
        Assert.NotEqual(StableId.For("behandelaar:anna"), StableId.V5(DnsNamespace, "behandelaar:anna"));
    }

    [Fact]
    public void Published_ids_do_not_change()
    {
        // Importers store these: a change of namespace or name scheme would break every link they keep.
        Assert.Equal(new Guid("3c1d25e1-2aa5-5b89-b057-ce833f5a3cf8"), StableId.For("behandelaar:ahmet-kaya"));
    }
}
