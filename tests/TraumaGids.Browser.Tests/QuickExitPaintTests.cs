using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Playwright;

namespace TraumaGids.Browser.Tests;

/// <summary>
/// After a quick exit, Back must not show the earlier TraumaGids page, not even for a moment before a
/// script sends the visitor away again (issue 15, item 5). Chromium's screencast sends a frame for every
/// paint; the test looks for the site's colours (the header and the "Snel weg" button) in each frame.
/// </summary>
[Collection(BrowserCollectionDefinition.Name)]
public sealed class QuickExitPaintTests(BrowserFixture browser)
{
    /// <summary>The header (--tg-color-primary) and the quick exit (--tg-color-exit): on every TraumaGids page.</summary>
    private static readonly (int R, int G, int B)[] SiteColours = [(0x0b, 0x5d, 0x73), (0xa3, 0x18, 0x0d)];

    /// <summary>Painted on the neutral site at the end: once a frame shows it, every earlier frame has arrived.</summary>
    private static readonly (int R, int G, int B) Marker = (0x00, 0xff, 0x00);

    [Fact]
    public async Task Back_after_a_quick_exit_paints_nothing_of_the_site()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await page.GotoAsync("/informatie");
        Assert.True(Frames.Contains(await page.ScreenshotAsync(), SiteColours), "the colours to look for are on the page");
        await page.Keyboard.PressAsync("Shift");
        await page.Keyboard.PressAsync("Shift");
        await page.Keyboard.PressAsync("Shift");
        await Assertions.Expect(page).ToHaveURLAsync(BrowserFixture.NeutralSite);

        await using var frames = await Frames.StartAsync(page);
        await page.GoBackAsync();
        await Assertions.Expect(page).ToHaveURLAsync(BrowserFixture.NeutralSite);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Het weer");
        await page.EvaluateAsync("document.body.insertAdjacentHTML('beforeend', '<div id=\"klaar\" style=\"position:fixed;inset:0;background:#00ff00\"></div>')");
        await frames.UntilAsync(Marker);

        Assert.DoesNotContain(frames.All, frame => Frames.Contains(frame, SiteColours));
        await page.Context.CloseAsync();
    }

    /// <summary>Every frame Chromium paints, as PNG files, from a CDP screencast.</summary>
    private sealed class Frames : IAsyncDisposable
    {
        private readonly ICDPSession _session;
        private readonly ConcurrentQueue<byte[]> _frames = new();
        private readonly List<TaskCompletionSource> _waiters = [];

        private Frames(ICDPSession session) => _session = session;

        public IReadOnlyList<byte[]> All => [.. _frames];

        public static async Task<Frames> StartAsync(IPage page)
        {
            var session = await page.Context.NewCDPSessionAsync(page);
            var frames = new Frames(session);
            session.Event("Page.screencastFrame").OnEvent += (_, data) =>
            {
                var frame = data!.Value;
                frames._frames.Enqueue(Convert.FromBase64String(frame.GetProperty("data").GetString()!));
                lock (frames._waiters)
                {
                    frames._waiters.ForEach(w => w.TrySetResult());
                    frames._waiters.Clear();
                }
                _ = session.SendAsync("Page.screencastFrameAck", new() { ["sessionId"] = frame.GetProperty("sessionId").GetInt32() });
            };
            await session.SendAsync("Page.startScreencast", new() { ["format"] = "png", ["everyNthFrame"] = 1 });
            return frames;
        }

        /// <summary>Waits for the frames (events, no polling) until one shows the colour.</summary>
        public async Task UntilAsync((int R, int G, int B) colour)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            while (true)
            {
                // Registered before looking, so a frame arriving in between is not missed.
                var next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                lock (_waiters)
                {
                    _waiters.Add(next);
                }
                if (_frames.Any(f => Contains(f, [colour])))
                {
                    return;
                }
                try
                {
                    await next.Task.WaitAsync(timeout.Token);
                }
                catch (TaskCanceledException)
                {
                    throw new TimeoutException($"No frame with the marker within 15 s; {_frames.Count} frames arrived");
                }
            }
        }

        /// <summary>Whether some pixels (a 4-pixel grid) are within a small distance of one of the colours.</summary>
        public static bool Contains(byte[] png, (int R, int G, int B)[] colours)
        {
            var image = Png.Read(png);
            for (var y = 0; y < image.Height; y += 4)
            {
                for (var x = 0; x < image.Width; x += 4)
                {
                    var (r, g, b) = image[x, y];
                    if (colours.Any(c => Math.Abs(c.R - r) + Math.Abs(c.G - g) + Math.Abs(c.B - b) < 24))
                    {
                        return true;
                    }
                }
            }
            return false;
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                await _session.SendAsync("Page.stopScreencast");
                await _session.DetachAsync();
            }
            catch (PlaywrightException)
            {
                // The page may already be closed.
            }
        }
    }
}
