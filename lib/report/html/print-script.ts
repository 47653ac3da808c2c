// report.html on paper: the folded parts (plan details, more findings) are
// opened for printing and closed again after, so the printout has everything
// the screen hides behind a click.

export const PRINT_SCRIPT = `
(function () {
  'use strict';
  var opened = [];
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('details:not([open])').forEach(function (d) { d.open = true; opened.push(d); });
  });
  window.addEventListener('afterprint', function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
  });
})();
`;
