using Microsoft.AspNetCore.Mvc.RazorPages;
using TraumaGids.Core.Content;
using TraumaGids.Web.Infrastructure;

namespace TraumaGids.Web.Pages;

public sealed class IndexModel(ContentStore store) : PageModel
{
    public ContentSet Data { get; } = store.Content;

    public void OnGet()
    {
    }
}
