using Microsoft.AspNetCore.Mvc.RazorPages;
using TraumaGids.Core.Content;
using TraumaGids.Web.Infrastructure;

namespace TraumaGids.Web.Pages.Aanbod;

public sealed class IndexModel(ContentStore store) : PageModel
{
    public ContentSet Data => store.Content;

    public void OnGet()
    {
    }
}
