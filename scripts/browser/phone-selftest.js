// At a phone's width (390 pixels): does any figure or text reach past the column, and how small is the
// smallest figure text on screen? Writes "fits smallest=N.Npx (text)" or "WIDE …" into body[data-phone].
window.addEventListener("load", function () {
  // Headless windows are at least ~485 pixels wide; lay the page out in 390 (a phone) instead.
  document.documentElement.style.width = "390px";
  document.documentElement.style.overflowX = "visible";
  var wide = [], smallest = Infinity, where = "";
  var width = 390;
  document.querySelectorAll("figure svg, .cell-figure svg, .scrub svg").forEach(function (svg) {
    var box = svg.getBoundingClientRect();
    if (box.width === 0) return;
    if (box.right > width + 1) wide.push(Math.round(box.right));
    var scale = svg.getScreenCTM() ? svg.getScreenCTM().a : 1;
    svg.querySelectorAll("text").forEach(function (text) {
      if (!text.textContent.trim()) return;
      var size = parseFloat(getComputedStyle(text).fontSize) * scale;
      if (size < smallest) { smallest = size; where = text.textContent.replace(/\s+/g, " ").slice(0, 20); }
    });
  });
  var overflow = false;
  document.querySelectorAll("main *").forEach(function (element) {
    if (element.closest("pre, .scrub-controls, table, math")) return;  // code, tables and display math scroll in their own box
    if (!overflow && element.getBoundingClientRect().right > width + 1) {
      overflow = element.tagName + "." + (element.getAttribute("class") || "") + ": "
        + (element.textContent || "").replace(/\s+/g, " ").slice(0, 30);
    }
  });
  document.body.setAttribute("data-phone", (overflow || wide.length ? "WIDE " + wide.join(",") + " " + (overflow || "") : "fits")
    + " smallest=" + (smallest === Infinity ? "-" : smallest.toFixed(1)) + "px (" + where + ")");
});
