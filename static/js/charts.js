/* Draws every Plotly figure of the dashboard.
 *
 * A figure arrives as JSON in a <script type="application/json"> tag (Django's json_script)
 * next to an element <div data-plotly="<id of that tag>">. htmx.onLoad runs for the page and
 * for every fragment htmx swaps in, so charts inside partials draw with no inline script (the
 * content security policy allows scripts from our own host only).
 */
(function () {
  "use strict";

  // plotly.js fetches <topojsonURL>world_110m.json for geo maps: point it at our static folder.
  function topojsonURL() {
    var file = document.body.dataset.topojsonUrl || "";
    return file.slice(0, file.lastIndexOf("/") + 1);
  }

  // A point whose customdata is a local address ("/deals/?country=JP") is a link.
  function followLink(event) {
    var point = event && event.points && event.points[0];
    if (!point) return;
    var target = Array.isArray(point.customdata) ? point.customdata[0] : point.customdata;
    // Only paths on our own host: "//elsewhere.example" would leave it.
    if (typeof target === "string" && /^\/(?!\/)/.test(target)) {
      window.location.assign(target);
    }
  }

  function draw(element) {
    var source = document.getElementById(element.dataset.plotly);
    if (!source) return;
    var figure = JSON.parse(source.textContent);
    var config = Object.assign(
      { responsive: true, displaylogo: false, topojsonURL: topojsonURL() },
      figure.config || {}
    );
    Plotly.react(element, figure.data, figure.layout || {}, config).then(function () {
      if (!element.dataset.plotlyLinked) {
        element.on("plotly_click", followLink);
        element.dataset.plotlyLinked = "true";
      }
      element.dataset.plotlyDrawn = "true";
      element.dispatchEvent(new CustomEvent("chart:drawn", { bubbles: true }));
    });
  }

  htmx.onLoad(function (root) {
    if (root.matches && root.matches("[data-plotly]")) draw(root);
    if (root.querySelectorAll) root.querySelectorAll("[data-plotly]").forEach(draw);
  });
})();
