# TraumaGids: multi-stage build. The content directory is baked into the image and checked at build time.
# docker build -t traumagids . && docker run --rm -p 8080:8080 traumagids

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ src/
# ReadyToRun: the app and its libraries (Lucene.Net above all) are compiled ahead of time, so start-up
# does not wait for the JIT (start-up to first response 2.4-2.7 s -> 1.6-1.8 s, docs/performance.md).
# With ReadyToRun the web project also switches quick JIT off (TraumaGids.Web.csproj, round 10).
ARG TARGETARCH=amd64
RUN dotnet publish src/TraumaGids.Web/TraumaGids.Web.csproj --configuration Release --arch $TARGETARCH --self-contained false \
    /p:PublishReadyToRun=true /p:UseAppHost=false --output /app/publish
# Refuse to build an image with broken content: one line per problem, non-zero exit. The same run keeps
# the content's search index (Search:IndexCache), so a new container's first start opens it instead of
# writing it (the key covers the code and the exact content: with other content it is simply not used).
COPY content/ content/
RUN dotnet run --project src/TraumaGids.ContentCheck/TraumaGids.ContentCheck.csproj --configuration Release -- content --zoekindex /src/zoekindex

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
WORKDIR /app
ENV ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_HTTP_PORTS=8080 \
    Content__Path=/app/content
# A 16 MB gen-0 budget. Where a VM does not report its CPU cache (as on the 2-core test machine), the
# GC falls back to about 2 MB and collects every few search pages: /zoeken 2,760 -> 3,770 requests/s
# for 19 MB more memory (docs/performance.md). Only the environment variable sets it: the GC does not
# read this knob from runtimeconfig.json. tests/load/zoeken.sh reads it from this line.
ENV DOTNET_GCgen0size=0x1000000
COPY --from=build /app/publish ./
COPY --from=build /src/content ./content
# Search:IndexCache: the start-up search index is kept here between starts (README), the one made above
# to begin with; writable by the app's user. Mount a volume on it to keep later ones when the container is
# replaced, or to share it between replicas.
COPY --from=build /src/zoekindex/ ./zoekindex/
RUN chown -R $APP_UID /app/zoekindex
# The image's built-in non-root user (uid 1654).
USER $APP_UID
EXPOSE 8080
ENTRYPOINT ["dotnet", "TraumaGids.Web.dll"]
