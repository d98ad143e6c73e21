// TraumaGids: the quick exit's guard. Loaded in <head> without defer, so it runs before anything of the
// page is painted: after a quick exit, Back (or Forward) into a TraumaGids page of this tab shows nothing
// and leaves again at once. site.js does the rest of the quick exit (the button, Shift three times).
(function () {
  'use strict';
  var root = document.documentElement;
  var left = false;
  try { left = window.sessionStorage.getItem('traumagids-weg') === '1'; } catch (e) { /* storage off: nothing remembered */ }

  function hide() {
    root.classList.add('leaving');
  }
  function leave() {
    hide();
    document.title = 'Nieuw tabblad';
    window.location.replace(root.getAttribute('data-snel-weg-naar') || 'about:blank');
  }

  var navigation = window.performance && performance.getEntriesByType ? performance.getEntriesByType('navigation')[0] : null;
  if (left && navigation && navigation.type === 'back_forward') {
    leave();
    return;
  }
  // A page kept in the back-forward cache is shown again as it was left: keep it hidden there, and
  // show it only when it comes back without a quick exit in between.
  window.addEventListener('pagehide', function (event) {
    if (event.persisted) {
      hide();
    }
  });
  window.addEventListener('pageshow', function (event) {
    if (!event.persisted) {
      return;
    }
    var gone = false;
    try { gone = window.sessionStorage.getItem('traumagids-weg') === '1'; } catch (e) { /* as above */ }
    if (gone) {
      leave();
    } else {
      root.classList.remove('leaving');
    }
  });
})();
