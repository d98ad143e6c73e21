namespace TraumaGids.Web.Infrastructure;

/// <summary>
/// Marks a page that can show what was entered when its form was over the field or value limits (but
/// within the byte limit): instead of the bare 413 page, <see cref="FormLimitMiddleware"/> hands it the
/// form cut to the limits and sets <see cref="CutForm"/>, and the page shows the entries again with a
/// 413 status. A body over the byte limit is never read, so nothing of it is kept.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class KeepsCutFormAttribute : Attribute
{
}

/// <summary>Set on a request whose form was cut to the limits (see <see cref="KeepsCutFormAttribute"/>).</summary>
public sealed class CutForm
{
    public static bool On(HttpContext context) => context?.Features.Get<CutForm>() is not null;
}
