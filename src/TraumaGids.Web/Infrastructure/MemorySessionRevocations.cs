using System.Collections.Concurrent;

namespace TraumaGids.Web.Infrastructure;

/// <summary>Revoked sessions kept in this instance: for a single replica without a shared key directory.</summary>
public sealed class MemorySessionRevocations(TimeProvider time) : ISessionRevocations
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _revoked = new(StringComparer.Ordinal);

    public Task RevokeAsync(string sessionId, DateTimeOffset until, CancellationToken cancellationToken)
    {
        _revoked[sessionId] = until;
        var now = time.GetUtcNow();
        foreach (var (id, expires) in _revoked)
        {
            if (expires < now)
            {
                _revoked.TryRemove(id, out _);
            }
        }
        return Task.CompletedTask;
    }

    public Task<bool> IsRevokedAsync(string sessionId, CancellationToken cancellationToken) =>
        Task.FromResult(_revoked.ContainsKey(sessionId));
}
