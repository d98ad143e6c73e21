namespace TraumaGids.Web.Infrastructure;

/// <summary>
/// Sessions ended by sign-out (or the quick exit) before their cookie expired. A copy of the cookie
/// stays cryptographically valid until then, so every replica checks this list on every signed-in
/// request (ASVS 5.0 V7: logout invalidates the session on the server). Shared the way the
/// data-protection keys are: a directory all replicas mount, or Redis (README).
/// </summary>
public interface ISessionRevocations
{
    /// <summary>Refuses the session from now on; the entry may be forgotten after <paramref name="until"/>, when the cookie has expired anyway.</summary>
    Task RevokeAsync(string sessionId, DateTimeOffset until, CancellationToken cancellationToken);

    Task<bool> IsRevokedAsync(string sessionId, CancellationToken cancellationToken);
}
