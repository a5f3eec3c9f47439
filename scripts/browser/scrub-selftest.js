// Exercises every scrubbable figure of the page once the page has loaded (scrub.js runs deferred):
// moves the slider, steps with the keyboard, presses Play, and checks each time that the drawn frame
// changed as it should. Writes "ok N" or the problems into body[data-scrub]. With a "#shot-first",
// "#shot-middle" or "#shot-last" address it only shows that frame of the first figure, alone at the
// top of the page, for screenshots.
(function () {
  function drawing(svg) {
    return Array.prototype.map.call(svg.querySelectorAll("[data-layer]"), function (element) {
      if (element.hasAttribute("data-labels")) {
        return Array.prototype.map.call(element.children, function (c) { return c.textContent; }).join(" ");
      }
      if (element.tagName === "g") {
        return Array.prototype.map.call(element.children, function (c) {
          return c.getAttribute("display") === "none" ? "" : c.getAttribute("cx") + "," + c.getAttribute("cy");
        }).join(" ");
      }
      return element.getAttribute("d") || element.getAttribute("href") || "";
    }).join("|");
  }
  function key(target, name) {
    target.dispatchEvent(new KeyboardEvent("keydown", { key: name, bubbles: true, cancelable: true }));
  }
  function slide(slider, value) {
    slider.value = String(value);
    slider.dispatchEvent(new Event("input", { bubbles: true }));
  }

  window.addEventListener("load", function () {
    var figures = document.querySelectorAll(".scrub");
    var shot = (location.hash.match(/^#shot-(first|middle|last)$/) || [])[1];
    if (shot) {
      var figure = figures[0], slider = figure && figure.querySelector(".scrub-slider");
      if (!slider) return;
      var last = Number(slider.max);
      slide(slider, { first: 0, middle: Math.floor(last / 2), last: last }[shot]);
      // Headless screenshots show the top of the page, so the figure (with its caption) goes first
      // and everything else is hidden.
      var holder = figure.closest("figure") || figure;
      Array.prototype.forEach.call(document.body.children, function (child) { child.style.display = "none"; });
      document.body.prepend(holder);
      holder.style.margin = "1rem";
      return;
    }
    if (figures.length === 0) { document.body.setAttribute("data-scrub", "none"); return; }
    var problems = [], pending = figures.length;
    function done() {
      pending -= 1;
      if (pending === 0) document.body.setAttribute("data-scrub", problems.length ? problems.join("; ") : "ok " + figures.length);
    }
    Array.prototype.forEach.call(figures, function (figure, index) {
      function fail(text) { problems.push("figure " + (index + 1) + ": " + text); }
      var svg = figure.querySelector(".scrub-player svg");
      var slider = figure.querySelector(".scrub-slider"), play = figure.querySelector(".scrub-play");
      var next = figure.querySelector(".scrub-next"), previous = figure.querySelector(".scrub-prev");
      var label = figure.querySelector(".scrub-label");
      if (!figure.classList.contains("scrub-ready") || !svg || !slider || !play || !next || !previous) {
        fail("the player was not set up"); done(); return;
      }
      var frame = function () { return Number(figure.getAttribute("data-frame")); };
      var last = Number(slider.max), middle = Math.floor(last / 2);
      [previous, play, next, slider].forEach(function (control) {
        if (control.tabIndex < 0 || control.offsetParent === null) fail("a control cannot be reached with Tab");
        if (!(control.getAttribute("aria-label") || control.textContent.trim())) fail("a control has no name");
      });
      if (getComputedStyle(figure.querySelector(".scrub-stills")).display !== "none") fail("the stills show beside the player");

      slide(slider, 0);
      var first = drawing(svg);
      if (frame() !== 0) fail("the slider did not choose frame 0");
      slide(slider, middle);
      if (frame() !== middle || drawing(svg) === first) fail("moving the slider did not change the drawn frame");
      if (label.textContent !== slider.getAttribute("aria-valuetext")) fail("the label and the slider's value text differ");

      next.focus();
      var atMiddle = drawing(svg);
      key(next, "ArrowRight");
      if (frame() !== middle + 1) fail("ArrowRight on a button did not step forward");
      if (drawing(svg) === atMiddle) fail("stepping with ArrowRight did not change the drawn frame");
      key(next, "ArrowLeft");
      if (frame() !== middle) fail("ArrowLeft on a button did not step back");
      key(previous, "Home");
      if (frame() !== 0) fail("Home did not go to the first frame");
      key(previous, "End");
      if (frame() !== last) fail("End did not go to the last frame");
      previous.click();
      if (frame() !== last - 1) fail("the previous-frame button did not step back");

      slide(slider, 0);
      var before = drawing(svg);
      play.click();
      if (play.getAttribute("aria-pressed") !== "true") fail("Play did not start playing");
      setTimeout(function () {
        if (!(frame() > 0) || drawing(svg) === before) fail("playing did not change the drawn frame");
        play.click();
        var stopped = frame();
        setTimeout(function () {
          if (frame() !== stopped || play.getAttribute("aria-pressed") !== "false") fail("Pause did not stop playing");
          done();
        }, 500);
      }, 1000);
    });
  });
})();
