using TraumaGids.Core.Content;

namespace TraumaGids.Core.Tests.Content;

/// <summary>A reload runs on a thread of its own at a lower priority, so searches keep the cores.</summary>
public sealed class LowPriorityTests
{
    [Fact]
    public async Task Work_runs_on_a_thread_of_its_own_with_a_higher_nice_value_on_linux()
    {
        var caller = Environment.CurrentManagedThreadId;

        var (thread, nice) = await LowPriority.Run(() => (Environment.CurrentManagedThreadId, OperatingSystem.IsLinux() ? NiceOfThisThread() : 10));

        Assert.NotEqual(caller, thread);
        // 10, or more when the whole process already runs at a lower priority.
        Assert.True(nice >= 10, $"nice {nice}");
    }

    [Fact]
    public async Task An_exception_in_the_work_reaches_the_caller()
    {
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => LowPriority.Run<int>(() => throw new InvalidOperationException("kapot")));

        Assert.Equal("kapot", ex.Message);
    }

    /// <summary>Field 19 of /proc/thread-self/stat (after the command name in parentheses).</summary>
    private static int NiceOfThisThread()
    {
        var stat = File.ReadAllText("/proc/thread-self/stat");
        return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[16], System.Globalization.CultureInfo.InvariantCulture);
    }
}
