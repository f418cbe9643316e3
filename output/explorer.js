// Sliders under explorable figures: every value is computed when the page is built and embedded
// in data attributes; this only shows the one the reader picks. Without scripts the block stays
// hidden and the page is complete without it.
document.querySelectorAll(".explorer").forEach(function (box) {
  var xs = JSON.parse(box.dataset.x);
  var values = JSON.parse(box.dataset.values);
  var slider = box.querySelector("input");
  var label = box.querySelector("output");
  var markers = box.closest(".experiment").querySelectorAll(".explorer-marker");
  function show(index) {
    label.textContent = xs[index];
    box.querySelectorAll("[data-cell]").forEach(function (cell) {
      cell.textContent = values[cell.dataset.cell][index];
    });
    markers.forEach(function (marker) {
      var x = JSON.parse(marker.dataset.px)[index];
      marker.setAttribute("x1", x);
      marker.setAttribute("x2", x);
      marker.setAttribute("visibility", "visible");
    });
  }
  slider.addEventListener("input", function () { show(Number(slider.value)); });
  box.hidden = false;
  show(Number(slider.value));
});
