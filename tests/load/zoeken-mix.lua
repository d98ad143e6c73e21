-- wrk script: /zoeken with a mix of queries as residents and referrers type them, round robin.
local paths = {
  "/zoeken?q=emdr",
  "/zoeken?q=mijn+kind+slaapt+slecht+na+ruzie+thuis",
  "/zoeken?q=emdr+kind+hilversum+arabisch",
  "/zoeken?q=traumateraphie",
  "/zoeken?q=tf-cbt+huizen",
  "/zoeken?q=kind+van+9+gooise+meren",
  "/zoeken?q=huiselijk+geweld",
  "/zoeken?q=ptss",
  "/zoeken?q=lotgenotencontakt",
  "/zoeken?q=psycholoog+turks",
  "/behandelaars?methode=emdr&methode=tf-cbt&gemeente=hilversum&leeftijd=9&zonder-aanmeldstop=ja&sorteer=wachttijd",
  "/behandelaars?pagina=3",
  "/zoeken?q=angst&taal=ar&taal=tr",
  "/zoeken?q=jongeren+seksueel+geweld&financiering=jeugdwet",
  "/zoeken?q=wat+is+trauma",
  "/zoeken?q=online+therapie+volwassenen&online=ja",
}
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
