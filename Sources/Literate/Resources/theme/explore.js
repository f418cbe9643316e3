// Shows other runs of an experiment in place. Every figure, number and verdict of another run
// was rendered by the build (the grid file next to the page holds an explored experiment's
// runs; under `course serve` a rerun's come from the server): this script only swaps them in.
// Without scripts the controls stay hidden and the page shows the directive's own run.
(function () {
  // The page as built, per experiment block, recorded before the first swap.
  var originals = {};

  function refsOf(id) {
    return Array.prototype.filter.call(document.querySelectorAll(".ref[data-ref]"), function (span) {
      return span.dataset.ref.indexOf(id + ".") === 0;
    });
  }

  function original(block) {
    var id = block.id;
    if (originals[id]) { return originals[id]; }
    var parts = {};
    block.querySelectorAll("[data-part]").forEach(function (part) { parts[part.dataset.part] = part.outerHTML; });
    var refs = {};
    refsOf(id).forEach(function (span) { refs[span.dataset.ref] = span.textContent; });
    var claims = [];
    block.querySelectorAll("[data-claim]").forEach(function (item) {
      claims[Number(item.dataset.claim)] = {
        holds: !item.classList.contains("does-not-hold"), text: item.querySelector(".verdict").textContent
      };
    });
    var summary = block.querySelector(".claims-summary");
    var setting = block.querySelector(".plot-setting");
    originals[id] = {
      parts: parts, refs: refs, marked: [],
      built: {
        parts: {}, refs: refs, claims: claims, summary: summary ? summary.textContent : "",
        setting: setting ? setting.textContent : ""
      }
    };
    return originals[id];
  }

  // Swaps in one run `at` (a point object) into experiment `block` and the prose that quotes it;
  // a part or reference the run does not carry goes back to the page's own.
  function show(block, at) {
    var page = original(block);
    Object.keys(page.parts).forEach(function (name) {
      var current = block.querySelector('[data-part="' + name + '"]');
      var html = at.parts[name] || page.parts[name];
      if (current && current.outerHTML !== html) { current.outerHTML = html; }
    });
    block.querySelectorAll(".plot-setting").forEach(function (span) { span.textContent = at.setting; });
    var moved = [];
    refsOf(block.id).forEach(function (span) {
      var key = span.dataset.ref;
      var text = key in at.refs ? at.refs[key] : page.refs[key];
      span.textContent = text;
      var changed = text !== page.refs[key];
      span.classList.toggle("changed", changed);
      if (changed) { moved.push(span.closest("p, li, td") || span); }
    });
    page.marked.forEach(function (element) { element.classList.remove("numbers-moved"); });
    page.marked = moved;
    moved.forEach(function (element) { element.classList.add("numbers-moved"); });
    block.querySelectorAll("[data-claim]").forEach(function (item) {
      var verdict = at.claims[Number(item.dataset.claim)];
      if (!verdict) { return; }
      item.querySelector(".verdict").textContent = verdict.text;
      item.classList.toggle("does-not-hold", !verdict.holds);
    });
    block.querySelectorAll(".claims-summary").forEach(function (summary) { summary.textContent = at.summary; });
  }

  // Puts experiment `block` and its prose back as built.
  function restore(block) { show(block, original(block).built); }

  window.courseRuns = { show: show, restore: restore };

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

    function point() {
      return controls.reduce(function (index, control) {
        return index * sizes[Number(control.dataset.axis)] + Number(control.value);
      }, 0);
    }

    function markCurrent(index) {
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
    }

    controls.forEach(function (control) {
      control.addEventListener("input", function () {
        if (control.dataset.labels) {
          var label = JSON.parse(control.dataset.labels)[Number(control.value)];
          control.setAttribute("aria-valuetext", label);
          control.nextElementSibling.textContent = label;
        }
        var index = point();
        withGrid(box, function (grid) {
          show(block, grid.points[index]);
          markCurrent(index);
          status.textContent = grid.points[index].status;
        });
      });
    });
    box.hidden = false;
  });
})();
