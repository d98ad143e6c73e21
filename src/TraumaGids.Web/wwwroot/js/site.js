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

  // Autocomplete: an ARIA combobox on search boxes marked data-suggest. Without this script the box is a
  // plain search field. Suggestions come from this site only and are neither cached nor logged.
  Array.prototype.forEach.call(document.querySelectorAll('input[data-suggest]'), function (input) {
    var list = document.createElement('ul');
    var status = document.createElement('p');
    var options = [];
    var active = -1;
    var timer = null;
    var latest = 0;
    list.id = input.id + '-suggesties';
    list.className = 'suggest';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', 'Suggesties');
    list.hidden = true;
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);
    input.parentNode.classList.add('suggest-host');
    input.parentNode.appendChild(list);
    input.parentNode.appendChild(status);

    function close() {
      list.hidden = true;
      active = -1;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
    }
    function highlight(index) {
      active = index;
      options.forEach(function (option, i) { option.setAttribute('aria-selected', i === index ? 'true' : 'false'); });
      if (index >= 0) {
        input.setAttribute('aria-activedescendant', options[index].id);
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }
    function choose(option) {
      if (option.dataset.path) {
        window.location.href = option.dataset.path;
      } else {
        input.value = option.dataset.text;
        close();
        input.form.submit();
      }
    }
    function render(items) {
      list.textContent = '';
      options = items.map(function (item, i) {
        var option = document.createElement('li');
        var kind = document.createElement('span');
        option.id = list.id + '-' + i;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.dataset.text = item.text;
        if (item.path) {
          option.dataset.path = item.path;
        }
        option.textContent = item.text + ' ';
        kind.className = 'suggest__kind';
        kind.textContent = item.kind;
        option.appendChild(kind);
        option.addEventListener('mousedown', function (event) { event.preventDefault(); choose(option); });
        list.appendChild(option);
        return option;
      });
      active = -1;
      list.hidden = options.length === 0;
      input.setAttribute('aria-expanded', options.length ? 'true' : 'false');
      status.textContent = options.length ? options.length + ' suggesties. Kies met pijltje omlaag.' : '';
    }
    input.addEventListener('input', function () {
      window.clearTimeout(timer);
      var value = input.value.trim();
      if (value.length < 2) {
        render([]);
        return;
      }
      timer = window.setTimeout(function () {
        var request = ++latest;
        fetch('/zoeken/suggesties?q=' + encodeURIComponent(value), { credentials: 'omit', headers: { Accept: 'application/json' } })
          .then(function (response) { return response.ok ? response.json() : []; })
          .then(function (items) { if (request === latest) { render(items); } })
          .catch(function () { render([]); });
      }, 150);
    });
    input.addEventListener('keydown', function (event) {
      if (list.hidden) {
        return;
      }
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        // Down from the box goes to the first suggestion; past the last (or up from the first) back to the box.
        var next = active + (event.key === 'ArrowDown' ? 1 : -1);
        highlight(next >= options.length ? -1 : next < -1 ? options.length - 1 : next);
      } else if (event.key === 'Enter' && active >= 0) {
        event.preventDefault();
        choose(options[active]);
      } else if (event.key === 'Escape') {
        close();
      }
    });
    input.addEventListener('blur', close);
  });

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
  var left = 'traumagids-weg';
  var navigation = window.performance && performance.getEntriesByType ? performance.getEntriesByType('navigation')[0] : null;

  function remember() {
    try { window.sessionStorage.setItem(left, '1'); } catch (e) { /* storage off: the exit still works */ }
  }
  function hasLeft() {
    try { return window.sessionStorage.getItem(left) === '1'; } catch (e) { return false; }
  }
  function forget() {
    try { window.sessionStorage.removeItem(left); } catch (e) { /* nothing to forget */ }
  }

  // Leave at once: blank the page first (so nothing stays visible while the next site loads),
  // then replace this page in the history, so Back does not return to it.
  function leave(event) {
    if (event) {
      event.preventDefault();
    }
    remember();
    document.title = 'Nieuw tabblad';
    document.documentElement.classList.add('leaving');
    document.body.hidden = true;
    window.location.replace(target);
  }

  // After leaving, Back (or Forward) into any TraumaGids page of this tab shows nothing and leaves
  // again; a page opened anew (a link, a typed address) is shown as usual.
  function guard(restored) {
    if (document.documentElement.classList.contains('leaving') && !restored) {
      return; // js/snel-weg.js is already leaving
    }
    if (hasLeft() && (restored || (navigation && navigation.type === 'back_forward'))) {
      leave();
      return;
    }
    if (!restored) {
      forget();
    }
  }
  guard(false);
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) {
      guard(true);
    }
  });

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
})();
