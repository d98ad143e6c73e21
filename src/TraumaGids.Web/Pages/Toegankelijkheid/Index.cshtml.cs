using Microsoft.AspNetCore.Mvc.RazorPages;

namespace TraumaGids.Web.Pages.Toegankelijkheid;

public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
