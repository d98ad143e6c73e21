namespace TraumaGids.Web.Infrastructure;

/// <summary>
/// Why a request was refused, when the status code alone does not say it well enough. Middleware sets it
/// on the request; the error page (re-executed for the status code) shows its title and text.
/// </summary>
public sealed record ErrorReason(string Title, string Text)
{
    public static readonly ErrorReason HttpsRequired = new(
        "Alleen via een beveiligde verbinding",
        "Deze pagina werkt alleen via een beveiligde verbinding. Open de site met https:// voor het adres (met een slotje in de adresbalk). Lukt dat niet? Meld het aan de beheerder van de site.");

    public static readonly ErrorReason SignInUnavailable = new(
        "Inloggen lukt nu niet",
        "Het inlogsysteem van je organisatie reageert nu niet. Probeer het over een paar minuten opnieuw. De rest van de site werkt gewoon.");

    /// <summary>Tells the error page why; kept for the re-executed request (same request, same features).</summary>
    public void SetOn(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Features.Set(this);
    }

    public static ErrorReason? Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Features.Get<ErrorReason>();
    }
}
