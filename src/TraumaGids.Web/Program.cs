using TraumaGids.Web.Infrastructure;
using TraumaGids.Web.OpenData;
using TraumaGids.Web.Sitemap;

var builder = WebApplication.CreateBuilder(args);

builder.AddStructuredLogging();
builder.AddSiteOptions();
builder.AddHardening();
builder.AddContent();
builder.AddProfessionalSignIn();
builder.AddProfileUpdates();
builder.AddWebUi();

var app = builder.Build();

app.UseTraumaGidsPipeline();
app.MapTraumaGidsEndpoints();
app.MapOpenData();
app.MapSitemap();
app.MapProfessionalSignIn();

app.Run();

/// <summary>Entry point, public for WebApplicationFactory in the tests.</summary>
public partial class Program;
