// TraumaGids shortlist pages: progressive enhancement only; the pages work without this script.
(function () {
  'use strict';

  // Shortlist: "Kopieer" buttons (data-copy names the field to copy) and "Afdrukken" (data-print). They
  // are hidden in the HTML, so without this script nobody sees a button that does nothing; the text
  // can still be selected and copied by hand, and the page printed from the browser.
  var copyStatus = document.querySelector('[data-copy-status]');
  Array.prototype.forEach.call(document.querySelectorAll('button[data-copy]'), function (button) {
    var field = document.getElementById(button.getAttribute('data-copy'));
    if (!field) {
      return;
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      function done(ok) {
        if (copyStatus) {
          copyStatus.textContent = ok ? 'Gekopieerd.' : 'Kopiëren lukte niet. Selecteer de tekst en kopieer hem zelf.';
        }
      }
      field.focus();
      field.select();
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(field.value).then(function () { done(true); }, function () { done(document.execCommand('copy')); });
      } else {
        done(document.execCommand('copy'));
      }
    });
  });
  Array.prototype.forEach.call(document.querySelectorAll('button[data-print]'), function (button) {
    button.hidden = false;
    button.addEventListener('click', function () { window.print(); });
  });
})();
