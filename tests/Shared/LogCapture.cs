using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace TraumaGids.Testing;

/// <summary>
/// A Serilog sink that keeps every event the site logs, rendered with all its properties, so a test
/// can assert what was (and what was never) written to the log.
/// </summary>
internal sealed class LogCapture : ILogEventSink
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => [.. _lines];

    /// <summary>Every event: level, rendered message, all properties and any exception.</summary>
    public string All => string.Join('\n', _lines);

    /// <summary>Waits (up to 5 s) until a line containing the text has been logged; fails otherwise.</summary>
    public async Task WaitForAsync(string text)
    {
        for (var waited = 0; waited < 5_000; waited += 20)
        {
            if (_lines.Any(l => l.Contains(text, StringComparison.Ordinal)))
            {
                return;
            }
            await Task.Delay(20);
        }
        throw new TimeoutException($"No log line containing '{text}' within 5 s. Log:\n{All}");
    }

    public void Emit(LogEvent logEvent)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        writer.Write($"[{logEvent.Level}] ");
        logEvent.RenderMessage(writer, System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (name, value) in logEvent.Properties)
        {
            writer.Write($" {name}=");
            value.Render(writer, formatProvider: System.Globalization.CultureInfo.InvariantCulture);
        }
        if (logEvent.Exception is not null)
        {
            writer.Write(" " + logEvent.Exception);
        }
        _lines.Enqueue(writer.ToString());
    }
}
