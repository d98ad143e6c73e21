using Microsoft.AspNetCore.Mvc.RazorPages;

namespace TraumaGids.Web.Pages.Privacy;

public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
