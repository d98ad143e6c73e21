// TraumaGids: progressive enhancement only; every page works without this script.
(function () {
  'use strict';

  // Screening: type the points (0, 1, 3, 5) or the first letter of an answer to choose it and go to
  // the next question, so a paper form can be copied with the keyboard alone.
  var screening = document.querySelector('form[data-screening]');
  if (screening) {
    var items = Array.prototype.slice.call(screening.querySelectorAll('fieldset[data-item]'));
    screening.addEventListener('keydown', function (event) {
      var input = event.target;
      if (!input || input.type !== 'radio' || event.ctrlKey || event.metaKey || event.altKey) {
        return;
      }
      var fieldset = input.closest('fieldset[data-item]');
      if (!fieldset) {
        return;
      }
      var key = (event.key || '').toLowerCase();
      var option = fieldset.querySelector('input[data-weight="' + key + '"]') || fieldset.querySelector('input[data-letter="' + key + '"]');
      if (!option) {
        return;
      }
      event.preventDefault();
      option.checked = true;
      var next = items[items.indexOf(fieldset) + 1];
      if (next) {
        (next.querySelector('input:checked') || next.querySelector('input')).focus();
      } else {
        screening.querySelector('button[type="submit"]').focus();
      }
    });
  }

  // The print button for the case file exists only where printing can be started from the page.
  var print = document.querySelector('[data-print]');
  if (print && window.print) {
    print.hidden = false;
    print.addEventListener('click', function () { window.print(); });
  }

  // Move focus to an error summary or result, so keyboard and screen-reader users start there.
  var focusTarget = document.querySelector('[data-focus]');
  if (focusTarget) {
    focusTarget.focus();
  }

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
