namespace TraumaGids.Testing;

/// <summary>Paths in the repository, found from the test assembly's folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The example content every test runs against (read-only: tests that change content copy it first).</summary>
    public static string Content => Path.Combine(Root, "content");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TraumaGids.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("TraumaGids.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Copies a directory tree, e.g. the example content into a temp folder a test may break.</summary>
    public static void CopyDirectory(string source, string target)
    {
        foreach (var dir in Directory.EnumerateDirectories(source, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(target, Path.GetRelativePath(source, dir)));
        }
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(target, Path.GetRelativePath(source, file)), overwrite: true);
        }
    }
}
