// Controls over an experiment's grid of runs. Every run was made, and every figure, number and
// verdict rendered, when the page was built; the grid file next to the page holds them. This
// script only swaps them in. Without scripts the controls stay hidden and the page shows the
// directive's own run.
(function () {
  var grids = {};
  var waiting = {};

  // Called by each grid file once its <script> element has loaded.
  window.courseGridLoaded = function (id, grid) {
    grids[id] = grid;
    (waiting[id] || []).forEach(function (then) { then(grid); });
    delete waiting[id];
  };

  function withGrid(box, then) {
    var id = box.dataset.id;
    if (grids[id]) { then(grids[id]); return; }
    if (waiting[id]) { waiting[id].push(then); return; }
    waiting[id] = [then];
    var script = document.createElement("script");
    script.src = box.dataset.grid;
    script.onerror = function () {
      box.querySelector(".explore-status").textContent = "The runs file " + box.dataset.grid + " could not be loaded.";
    };
    document.head.appendChild(script);
  }

  document.querySelectorAll(".explore").forEach(function (box) {
    var block = box.closest(".experiment");
    var sizes = JSON.parse(box.dataset.sizes);
    var controls = Array.prototype.slice.call(box.querySelectorAll("[data-axis]"));
    var status = box.querySelector(".explore-status");
    var originalParts = {};
    block.querySelectorAll("[data-part]").forEach(function (part) {
      originalParts[part.dataset.part] = part.outerHTML;
    });
    var originalRefs = {};
    var marked = [];

    function point() {
      return controls.reduce(function (index, control) {
        return index * sizes[Number(control.dataset.axis)] + Number(control.value);
      }, 0);
    }

    function refsFor(key) {
      return Array.prototype.filter.call(document.querySelectorAll(".ref[data-ref]"), function (span) {
        return span.dataset.ref === key;
      });
    }

    function show(grid, index) {
      var at = grid.points[index];
      Object.keys(originalParts).forEach(function (name) {
        var current = block.querySelector('[data-part="' + name + '"]');
        var html = at.parts[name] || originalParts[name];
        if (current && current.outerHTML !== html) { current.outerHTML = html; }
      });
      block.querySelectorAll(".plot-setting").forEach(function (span) { span.textContent = at.setting; });
      var moved = [];
      Object.keys(at.refs).forEach(function (key) {
        refsFor(key).forEach(function (span) {
          if (!(key in originalRefs)) { originalRefs[key] = span.textContent; }
          span.textContent = at.refs[key];
          var changed = at.refs[key] !== originalRefs[key];
          span.classList.toggle("changed", changed);
          if (changed) { moved.push(span.closest("p, li, td") || span); }
        });
      });
      marked.forEach(function (element) { element.classList.remove("numbers-moved"); });
      marked = moved;
      marked.forEach(function (element) { element.classList.add("numbers-moved"); });
      box.querySelectorAll("[data-claim]").forEach(function (item) {
        var verdict = at.claims[Number(item.dataset.claim)];
        item.querySelector(".verdict").textContent = verdict.text;
        item.classList.toggle("does-not-hold", !verdict.holds);
      });
      var summary = box.querySelector(".claims-summary");
      if (summary) { summary.textContent = at.summary; }
      box.querySelectorAll(".claim-map td[data-point]").forEach(function (cell) {
        var current = Number(cell.dataset.point) === index;
        cell.classList.toggle("current", current);
        if (current) {
          cell.setAttribute("aria-current", "true");
          var table = cell.closest("table");
          table.scrollLeft = Math.max(0, cell.offsetLeft - table.clientWidth / 2);
        } else {
          cell.removeAttribute("aria-current");
        }
      });
      status.textContent = at.status;
    }

    controls.forEach(function (control) {
      control.addEventListener("input", function () {
        if (control.dataset.labels) {
          var label = JSON.parse(control.dataset.labels)[Number(control.value)];
          control.setAttribute("aria-valuetext", label);
          control.nextElementSibling.textContent = label;
        }
        var index = point();
        withGrid(box, function (grid) { show(grid, index); });
      });
    });
    box.hidden = false;
  });
})();
