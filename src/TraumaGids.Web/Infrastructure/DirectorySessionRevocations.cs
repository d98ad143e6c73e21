using System.Globalization;

namespace TraumaGids.Web.Infrastructure;

/// <summary>
/// Revoked sessions as empty-ish files in a directory shared by all replicas (by default
/// <c>revoked-sessions</c> under <c>DataProtection:KeysPath</c>): one file per session, named by its
/// random id, with its expiry as the file time. Expired entries are removed at each sign-out.
/// When the directory cannot be read, sessions are refused (fail closed) and the error is logged.
/// </summary>
public sealed class DirectorySessionRevocations : ISessionRevocations
{
    private readonly DirectoryInfo _directory;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public DirectorySessionRevocations(string directory, TimeProvider time, ILogger<DirectorySessionRevocations> logger)
    {
        _directory = Directory.CreateDirectory(directory);
        _time = time;
        _logger = logger;
    }

    public Task RevokeAsync(string sessionId, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var path = PathOf(sessionId) ?? throw new ArgumentException("Not a session id", nameof(sessionId));
        _directory.Create();
        File.WriteAllText(path, until.ToString("o", CultureInfo.InvariantCulture));
        File.SetLastWriteTimeUtc(path, until.UtcDateTime);
        RemoveExpired();
        return Task.CompletedTask;
    }

    public Task<bool> IsRevokedAsync(string sessionId, CancellationToken cancellationToken)
    {
        var path = PathOf(sessionId);
        _directory.Refresh();
        if (path is null || !_directory.Exists)
        {
            _logger.LogError("Session revocation list {Directory} cannot be read: signed-in sessions are refused until it can", _directory.FullName);
            return Task.FromResult(true);
        }
        return Task.FromResult(File.Exists(path));
    }

    private void RemoveExpired()
    {
        var now = _time.GetUtcNow().UtcDateTime;
        foreach (var file in _directory.EnumerateFiles("*.revoked"))
        {
            try
            {
                if (file.LastWriteTimeUtc < now)
                {
                    file.Delete();
                }
            }
            catch (IOException)
            {
                // Another replica removed it first.
            }
        }
    }

    /// <summary>Session ids are hex (<see cref="SessionCookieEvents"/>); anything else is no file name.</summary>
    private string? PathOf(string sessionId) =>
        sessionId.Length is > 0 and <= 64 && sessionId.All(char.IsAsciiHexDigit)
            ? Path.Combine(_directory.FullName, sessionId + ".revoked")
            : null;
}
