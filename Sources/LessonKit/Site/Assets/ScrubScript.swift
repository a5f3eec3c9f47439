/// The script of scrubbable figures (LessonRuntime's `ScrubbableFigure`): reads each figure's frame data,
/// reveals its controls and draws the chosen frame into the player's SVG.
///
/// Slider, step buttons and play/pause are ordinary form controls (Tab reaches them; arrow keys, Home
/// and End move the slider, and the arrow keys also step while a button has focus). Nothing plays until
/// the reader presses Play, and with `prefers-reduced-motion` it plays at two frames a second.
/// Image-grid frames swap a PNG (`<image>`) and the images' labels (`<g data-labels>`, tab-separated).
/// Coordinates are two base64url characters each (see `CoordinateCoder`); a layer's data `~` repeats the
/// previous frame's. It logs nothing.
enum ScrubScript {
    static let javaScript = #"""
    "use strict";
    (() => {
      const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
      const digit = new Map([...alphabet].map((c, i) => [c, i]));
      const round = (v) => Math.round(v * 10) / 10;

      function decode(text, box) {
        const points = [];
        for (let i = 0; i + 3 < text.length; i += 4) {
          const qx = digit.get(text[i]) * 64 + digit.get(text[i + 1]);
          const qy = digit.get(text[i + 2]) * 64 + digit.get(text[i + 3]);
          points.push(qx === 4095 || qy === 4095 ? null
            : [box[0] - box[2] / 2 + qx / 4094 * 2 * box[2], box[1] - box[3] / 2 + qy / 4094 * 2 * box[3]]);
        }
        return points;
      }

      function polylines(lines) {
        let d = "";
        for (const line of lines) {
          let drawing = false;
          for (const p of line) {
            if (!p) { drawing = false; continue; }
            d += (drawing ? " " : "M") + round(p[0]) + " " + round(p[1]);
            drawing = true;
          }
        }
        return d;
      }

      function arrows(points, width) {
        let d = "";
        for (let i = 0; i + 1 < points.length; i += 2) {
          const a = points[i], b = points[i + 1];
          if (!a || !b) continue;
          const dx = b[0] - a[0], dy = b[1] - a[1], length = Math.hypot(dx, dy);
          if (length < 0.5) continue;
          const head = Math.min(3 + 2 * width, length * 0.4), ux = dx / length, uy = dy / length;
          const c = 0.883, s = 0.469;
          const left = [b[0] - head * (ux * c - uy * s), b[1] - head * (uy * c + ux * s)];
          const right = [b[0] - head * (ux * c + uy * s), b[1] - head * (uy * c - ux * s)];
          d += "M" + round(a[0]) + " " + round(a[1]) + "L" + round(b[0]) + " " + round(b[1]);
          d += "M" + round(left[0]) + " " + round(left[1]) + "L" + round(b[0]) + " " + round(b[1]) +
            " " + round(right[0]) + " " + round(right[1]);
        }
        return d;
      }

      function drawLayer(element, data, box) {
        if (element.tagName === "image") {
          if (data) element.setAttribute("href", data); else element.removeAttribute("href");
          return;
        }
        if (element.hasAttribute("data-labels")) {
          const labels = data.split("\t");
          [...element.children].forEach((text, i) => { text.textContent = labels[i] || ""; });
          return;
        }
        const points = decode(data, box);
        if (element.tagName === "g") {
          const r = element.getAttribute("data-r") || "2";
          const circles = element.children;
          let used = 0;
          for (const p of points) {
            if (!p) continue;
            let circle = circles[used];
            if (!circle) {
              circle = document.createElementNS(element.namespaceURI, "circle");
              circle.setAttribute("r", r);
              element.appendChild(circle);
            }
            circle.setAttribute("cx", round(p[0]));
            circle.setAttribute("cy", round(p[1]));
            circle.removeAttribute("display");
            used++;
          }
          for (let i = used; i < circles.length; i++) circles[i].setAttribute("display", "none");
          return;
        }
        const rows = Number(element.getAttribute("data-rows")), cols = Number(element.getAttribute("data-cols"));
        let d;
        if (rows > 0 && cols > 0) {
          const node = (r, c) => points[r * cols + c] || null;
          const lines = [];
          for (let r = 0; r < rows; r++) lines.push(Array.from({ length: cols }, (_, c) => node(r, c)));
          for (let c = 0; c < cols; c++) lines.push(Array.from({ length: rows }, (_, r) => node(r, c)));
          d = polylines(lines);
        } else if (element.hasAttribute("data-w")) {
          d = arrows(points, Number(element.getAttribute("data-w")));
        } else {
          d = polylines([points]);
        }
        element.setAttribute("d", d);
      }

      function setUp(figure) {
        const source = figure.querySelector("script.scrub-data");
        const controls = figure.querySelector(".scrub-controls");
        if (!source || !controls) return;
        let data;
        try { data = JSON.parse(source.textContent); } catch (error) { return; }
        if (!data.frames || data.frames.length === 0) return;
        const svg = figure.querySelector(".scrub-player svg");
        const layers = [...svg.querySelectorAll("[data-layer]")];
        const cursor = svg.querySelector("[data-cursor]");
        const title = svg.querySelector("[data-frame-label]");
        const slider = controls.querySelector(".scrub-slider");
        const label = controls.querySelector(".scrub-label");
        const play = controls.querySelector(".scrub-play");
        const last = data.frames.length - 1;
        const reduced = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
        let current = -1, timer = null;

        function show(index) {
          index = Math.max(0, Math.min(last, index));
          if (index === current) return;
          current = index;
          const frame = data.frames[index];
          layers.forEach((element) => {
            const layer = Number(element.getAttribute("data-layer"));
            let source = index;
            while (source > 0 && data.frames[source].layers[layer] === "~") source--;
            const layerData = data.frames[source].layers[layer];
            drawLayer(element, layerData && layerData !== "~" ? layerData : "", data.box);
          });
          if (cursor && data.cursor && frame.cursor != null) {
            cursor.setAttribute("d", "M" + frame.cursor + " " + data.cursor[0] + "V" + data.cursor[1]);
          }
          if (title) title.textContent = frame.label;
          slider.value = String(index);
          slider.setAttribute("aria-valuetext", frame.label);
          label.textContent = frame.label;
          figure.setAttribute("data-frame", String(index));
        }

        function stop() {
          if (timer !== null) clearInterval(timer);
          timer = null;
          play.textContent = "Play";
          play.setAttribute("aria-pressed", "false");
        }

        function start() {
          if (current >= last) show(0);
          play.textContent = "Pause";
          play.setAttribute("aria-pressed", "true");
          timer = setInterval(() => {
            if (current >= last) { stop(); return; }
            show(current + 1);
          }, reduced ? 500 : 125);
        }

        slider.addEventListener("input", () => { stop(); show(Number(slider.value)); });
        play.addEventListener("click", () => (timer === null ? start() : stop()));
        controls.querySelector(".scrub-prev").addEventListener("click", () => { stop(); show(current - 1); });
        controls.querySelector(".scrub-next").addEventListener("click", () => { stop(); show(current + 1); });
        controls.addEventListener("keydown", (event) => {
          if (event.target === slider) return;
          const moves = { ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1 };
          if (event.key in moves) { stop(); show(current + moves[event.key]); event.preventDefault(); }
          else if (event.key === "Home") { stop(); show(0); event.preventDefault(); }
          else if (event.key === "End") { stop(); show(last); event.preventDefault(); }
        });
        show(Number(slider.value));
        controls.hidden = false;
        figure.classList.add("scrub-ready");
      }

      document.querySelectorAll(".scrub").forEach(setUp);
    })();
    """#
}
