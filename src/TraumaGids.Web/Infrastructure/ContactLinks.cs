namespace TraumaGids.Web.Infrastructure;

/// <summary>Links for the contact details in content.</summary>
public static class ContactLinks
{
    /// <summary>A <c>tel:</c> address from a phone number as written ("035 012 3456" -> "tel:0350123456").</summary>
    public static string Tel(string phone)
    {
        ArgumentNullException.ThrowIfNull(phone);
        return "tel:" + string.Concat(phone.Where(c => char.IsDigit(c) || c == '+'));
    }
}
