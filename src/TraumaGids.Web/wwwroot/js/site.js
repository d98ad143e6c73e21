// TraumaGids: progressive enhancement only; every page works without this script.
(function () {
  'use strict';

  var exit = document.querySelector('[data-snel-weg]');
  if (!exit) {
    return;
  }
  var target = exit.getAttribute('href');
  var hint = document.querySelector('[data-snel-weg-hint]');
  var leaving = false;

  // Leave at once: blank the page first (so nothing stays visible while the next site loads),
  // then replace this page in the history, so Back does not return to it.
  function leave(event) {
    if (event) {
      event.preventDefault();
    }
    leaving = true;
    document.title = 'Nieuw tabblad';
    document.documentElement.classList.add('leaving');
    document.body.hidden = true;
    window.location.replace(target);
  }

  exit.addEventListener('click', leave);

  // Shift pressed three times in a row (within 5 seconds, no other key in between) also leaves.
  var presses = 0;
  var timer = null;
  function showHint(text) {
    if (!hint) {
      return;
    }
    hint.textContent = text;
    hint.hidden = text === '';
  }
  function reset() {
    presses = 0;
    showHint('');
  }
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Shift') {
      if (presses > 0) {
        reset();
      }
      return;
    }
    if (event.repeat) {
      return;
    }
    presses += 1;
    window.clearTimeout(timer);
    if (presses >= 3) {
      showHint('');
      leave();
      return;
    }
    showHint('Shift nog ' + (3 - presses) + ' keer: dan verlaat je deze site.');
    timer = window.setTimeout(reset, 5000);
  });

  // A page restored from the back-forward cache after leaving shows nothing and leaves again.
  window.addEventListener('pageshow', function (event) {
    if (event.persisted && leaving) {
      document.body.hidden = true;
      window.location.replace(target);
    }
  });
})();
