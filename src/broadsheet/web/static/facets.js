// Load a search's facet counts after its results: they count every match, which takes longer.
"use strict";
(function () {
  const slot = document.querySelector("[data-facets]");
  if (!slot) return;
  fetch(slot.dataset.facets, { headers: { Accept: "text/html" }, credentials: "same-origin" })
    .then((r) => (r.ok ? r.text() : Promise.reject(r.status)))
    .then((html) => {
      // The fragment is rendered by this server with every stored text escaped.
      document.getElementById("facet-counts").innerHTML = html;
    })
    .catch(() => { slot.firstChild.textContent = "Counts are not available. "; });
})();
