using System.Runtime.InteropServices;

namespace TraumaGids.Core.Content;

/// <summary>
/// Runs background work on a thread of its own at a lower scheduling priority, so that requests keep
/// the cores while a reload builds a new snapshot. .NET ignores <see cref="Thread.Priority"/> on Linux;
/// there the thread's nice value is raised (any process may lower its own threads' priority). Elsewhere,
/// or when that fails, the work runs at normal priority.
/// </summary>
internal static class LowPriority
{
    /// <summary>The nice value of the thread: 0 is normal, 19 the lowest.</summary>
    private const int Nice = 10;

    public static Task<T> Run<T>(Func<T> work)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            Lower();
            try
            {
                done.SetResult(work());
            }
            catch (Exception ex)
            {
                done.SetException(ex);
            }
        })
        {
            IsBackground = true,
            Name = "TraumaGids reload",
        };
        thread.Start();
        return done.Task;
    }

    private static void Lower()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }
        try
        {
            // PRIO_PROCESS with a thread id sets that thread's nice value on Linux.
            _ = SetPriority(0, GetThreadId(), Nice);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // No libc with these functions: normal priority.
        }
    }

    [DllImport("libc", EntryPoint = "setpriority")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int SetPriority(int which, int who, int priority);

    [DllImport("libc", EntryPoint = "gettid")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int GetThreadId();
}
