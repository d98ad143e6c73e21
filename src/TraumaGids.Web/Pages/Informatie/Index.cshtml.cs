using Microsoft.AspNetCore.Mvc.RazorPages;
using TraumaGids.Core.Content;
using TraumaGids.Web.Infrastructure;

namespace TraumaGids.Web.Pages.Informatie;

public sealed class IndexModel(ContentStore store) : PageModel
{
    public IReadOnlyList<InfoPage> Pages => store.Content.InfoPages;

    public void OnGet()
    {
    }
}
